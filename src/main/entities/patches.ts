import { createHash } from 'node:crypto';

/**
 * The difference a correction made to a list or a note, as little as undo needs to reverse it:
 * a correction changes a few mentions of an entity, so its undo record should cost about that much.
 */

/** Items as they were: changed in place, or removed (put back at their old index). Or, failing that, the whole list. */
export type ListPatch<T> = { changed: Array<[number, T]>; removed: Array<[number, T]> } | { all: T[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What turns `after` back into `before`, when after is before with items changed in place or removed. */
export function listPatch<T>(before: readonly T[], after: readonly T[]): ListPatch<T> {
  const changed: Array<[number, T]> = [];
  const removed: Array<[number, T]> = [];
  if (before.length === after.length) {
    before.forEach((item, i) => {
      if (!same(item, after[i])) changed.push([i, item]);
    });
    return { changed, removed };
  }
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    if (j < after.length && same(before[i], after[j])) j++;
    else removed.push([i, before[i]]);
  }
  const patch = j === after.length && after.length < before.length ? { changed, removed } : null;
  // Kept only if it rebuilds the old list exactly; otherwise the whole list is kept.
  return patch && same(undoListPatch([...after], patch), before) ? patch : { all: [...before] };
}

export function undoListPatch<T>(current: T[], patch: ListPatch<T>): T[] {
  if ('all' in patch) return patch.all;
  const list = [...current];
  for (const [i, item] of patch.changed) list[i] = item;
  // Lowest index first, so each goes back where it was among the others.
  for (const [i, item] of [...patch.removed].sort((a, b) => a[0] - b[0])) list.splice(i, 0, item);
  return list;
}

export const isEmptyPatch = <T>(patch: ListPatch<T>) => !('all' in patch) && patch.changed.length === 0 && patch.removed.length === 0;

/**
 * A note's content before a correction retargeted its mention chips: the chips' old fields by their
 * place in the tree, and a fingerprint of the content after, so undo leaves a note edited since alone.
 * When the two states differ in shape (not only in chips), the whole old content is kept instead.
 */
export interface NotePatch {
  id: string;
  /** sha256 of the content the correction left. */
  afterHash: string;
  /** Chips' old fields (a field they lacked as null), each with the places in the tree of the chips that had them. */
  chips?: Array<{ fields: Record<string, unknown>; at: number[] }>;
  /** The whole content before: when chips alone cannot describe the change. */
  before?: string;
}

const CHIP_FIELDS = ['entityId', 'entityType', 'name', 'text'] as const;

export const contentHash = (content: string) => createHash('sha256').update(content).digest('base64');

/** Every object of a serialised state in document order, walked with a stack (a note may be deep). */
function objectsOf(state: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const stack: unknown[] = [state];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node)) found.push(node as Record<string, unknown>);
    const children = Array.isArray(node) ? node : Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

function parse(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

export function notePatch(id: string, before: string, after: string): NotePatch {
  const patch: NotePatch = { id, afterHash: contentHash(after) };
  const [old, now] = [objectsOf(parse(before)), objectsOf(parse(after))];
  if (old.length > 0 && old.length === now.length) {
    // A rename changes every chip of the entity the same way: the old fields are kept once, with where they were.
    const groups = new Map<string, { fields: Record<string, unknown>; at: number[] }>();
    old.forEach((node, i) => {
      if (node.type !== 'mention' || CHIP_FIELDS.every((key) => node[key] === now[i][key])) return;
      const fields = Object.fromEntries(CHIP_FIELDS.map((key) => [key, node[key] ?? null]));
      const key = JSON.stringify(fields);
      const group = groups.get(key) ?? { fields, at: [] };
      group.at.push(i);
      groups.set(key, group);
    });
    const chips = [...groups.values()];
    // Kept only if the chips rebuild the old content exactly; otherwise the whole of it is kept.
    if (undoNotePatch(after, { ...patch, chips }) === before) return { ...patch, chips };
  }
  return { ...patch, before };
}

/** The note's content before the correction, or null when it was edited since (or cannot be rebuilt). */
export function undoNotePatch(current: string, patch: NotePatch & { after?: string }): string | null {
  const unchanged = patch.after !== undefined ? current === patch.after : contentHash(current) === patch.afterHash;
  if (!unchanged) return null;
  if (patch.before !== undefined) return patch.before;
  const state = parse(current);
  const nodes = objectsOf(state);
  for (const { fields, at } of patch.chips ?? []) {
    for (const i of at) {
      const node = nodes[i];
      if (!node) return null;
      for (const [key, value] of Object.entries(fields)) {
        if (value === null) delete node[key];
        else node[key] = value;
      }
    }
  }
  return JSON.stringify(state);
}
