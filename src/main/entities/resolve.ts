import { DossierError } from '../../shared/errors';
import type { Entity } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { sameName } from './rules';

/**
 * The id an entity has now: a merged-away id leads, through the merge rules that recorded it, to
 * the entity it was merged into (so a note mention made before the merge still finds its entity).
 */
export function resolveEntityId(data: NotebookData, id: string): string {
  let current = id;
  for (let hops = 0; hops < 32; hops++) {
    if (data.entities.some((e) => e.id === current)) return current;
    const merged = data.rules.findLast((r) => r.kind === 'alias' && r.fromId === current);
    if (merged?.kind !== 'alias' || !merged.intoId) return current;
    current = merged.intoId;
  }
  return current;
}

export function findEntity(data: NotebookData, id: string): Entity | undefined {
  const resolved = resolveEntityId(data, id);
  return data.entities.find((e) => e.id === resolved);
}

export function requireEntity(data: NotebookData, id: string): Entity {
  const entity = typeof id === 'string' ? findEntity(data, id) : undefined;
  if (!entity) throw new DossierError('not-found', 'That entity is no longer in the notebook: it may have been deleted. Refresh the entity list and choose it again.');
  return entity;
}

/** An entity named by the user (CLI): its id, else its name, else one of its aliases. */
export function entityByNameOrId(data: NotebookData, text: string): Entity {
  const byId = findEntity(data, text);
  if (byId) return byId;
  const byName = data.entities.filter((e) => sameName(e.name, text));
  const found = byName.length ? byName : data.entities.filter((e) => e.aliases.some((a) => sameName(a, text)));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    throw new DossierError('not-found', `No entity is named “${text}”. See the names with: dossier list entities`);
  }
  const choices = found.map((e) => `${e.id} (${e.type} ${e.name})`).join(', ');
  throw new DossierError('invalid-input', `“${text}” names ${found.length} entities: ${choices}. Give the id instead.`);
}
