import type { EntityType } from '../../../shared/extraction';
import { type EntitySort, type ListedEntity, TYPE_ORDER } from './types';

/** One line of the virtualised list: a type heading or an entity. */
export type Row = { kind: 'head'; type: EntityType; count: number } | { kind: 'entity'; type: EntityType; entity: ListedEntity };

export const HEAD_HEIGHT = 34;
export const ROW_HEIGHT = 46;
export const rowHeight = (row: Row) => (row.kind === 'head' ? HEAD_HEIGHT : ROW_HEIGHT);
/** The key the keyboard knows an entity row by; headings take no focus. */
export const entityKey = (row: Row): string | null => (row.kind === 'entity' ? row.entity.id : null);

/** Lower-cased names and aliases, built once per list so each keystroke is one pass of `includes`. */
export function searchIndex(entities: ListedEntity[]): string[] {
  return entities.map((e) => [e.name, ...e.aliases].join('\u0000').toLowerCase());
}

const SORTS: Record<EntitySort, (a: ListedEntity, b: ListedEntity) => number> = {
  mentions: (a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
  lastSeen: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || b.mentionCount - a.mentionCount,
};

/** Filter by text and type, sort, and group by type with a heading row each. */
export function entityRows(entities: ListedEntity[], index: string[], text: string, types: ReadonlySet<EntityType>, sort: EntitySort): Row[] {
  const q = text.trim().toLowerCase();
  const byType = new Map<EntityType, ListedEntity[]>(TYPE_ORDER.map((t) => [t, []]));
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (!types.has(e.type) || (q && !index[i].includes(q))) continue;
    byType.get(e.type)?.push(e);
  }
  const rows: Row[] = [];
  for (const type of TYPE_ORDER) {
    const items = byType.get(type) ?? [];
    if (items.length === 0) continue;
    items.sort(SORTS[sort]);
    rows.push({ kind: 'head', type, count: items.length });
    for (const entity of items) rows.push({ kind: 'entity', type, entity });
  }
  return rows;
}
