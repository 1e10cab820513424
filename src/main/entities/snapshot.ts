import { randomUUID } from 'node:crypto';
import type { Article, Correction, Entity, StoredMention, StoredQuote } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { forgetEntityIndex } from './merge';
import { isEmptyPatch, type ListPatch, type NotePatch, listPatch, notePatch, undoListPatch, undoNotePatch } from './patches';

/**
 * What one correction changed, as it was before: undo puts it back exactly. Only the change is kept
 * (the entities touched, the mentions and quotes that moved, the chips retargeted in notes), so a
 * correction on a large notebook stays a small record; and only the last MAX_UNDO are kept at all.
 */
export interface CorrectionSnapshot {
  /** Entities as they were, with their place in the list. */
  entities: Array<{ index: number; entity: Entity }>;
  /** Entities the correction made (a split alias): undo removes them. */
  created: string[];
  /** Articles whose mentions or quotes changed. Notebooks from before patches hold the whole lists. */
  articles: Array<{ id: string; mentionPatch?: ListPatch<StoredMention>; quotePatch?: ListPatch<StoredQuote>; mentions?: StoredMention[]; quotes?: StoredQuote[] }>;
  /** Notes whose chips changed. Notebooks from before patches hold the whole contents, before and after. */
  notes: Array<NotePatch & { after?: string }>;
  /** How many rules there were; undo drops the ones this correction added. */
  rules: number;
  /** This record's size in JSON characters, counted against MAX_UNDO_SIZE. */
  size?: number;
}

/** Corrections that can be undone, newest kept: older ones are forgotten (their rules stay). */
export const MAX_UNDO = 50;
/** All undo records together, in JSON characters; the newest is kept whatever its size. */
export const MAX_UNDO_SIZE = 4 * 1024 * 1024;

const copy = <T>(value: T): T => structuredClone(value);

/** Records what a correction is about to change, then files the difference with its label. */
export class CorrectionRecorder {
  private readonly snapshot: CorrectionSnapshot;
  private readonly seenEntities = new Set<string>();
  private readonly articlesBefore = new Map<Article, { mentions: StoredMention[]; quotes: StoredQuote[] }>();
  private readonly noteBefore = new Map<string, string>();

  constructor(private readonly data: NotebookData) {
    this.snapshot = { entities: [], created: [], articles: [], notes: [], rules: data.rules.length };
  }

  /** Call before changing or removing the entity. */
  entity(entity: Entity): void {
    if (this.seenEntities.has(entity.id)) return;
    this.seenEntities.add(entity.id);
    this.snapshot.entities.push({ index: this.data.entities.indexOf(entity), entity: copy(entity) });
  }

  created(entity: Entity): void {
    this.seenEntities.add(entity.id);
    this.snapshot.created.push(entity.id);
  }

  /** Call before changing the article's mentions or quotes. */
  article(article: Article): void {
    if (!this.articlesBefore.has(article)) this.articlesBefore.set(article, { mentions: copy(article.mentions), quotes: copy(article.quotes) });
  }

  note(id: string, before: string): void {
    if (!this.noteBefore.has(id)) this.noteBefore.set(id, before);
  }

  commit(kind: Correction['kind'], label: string): Correction {
    for (const [article, before] of this.articlesBefore) {
      const mentionPatch = listPatch(before.mentions, article.mentions);
      const quotePatch = listPatch(before.quotes, article.quotes);
      if (isEmptyPatch(mentionPatch) && isEmptyPatch(quotePatch)) continue;
      this.snapshot.articles.push({ id: article.id, ...(isEmptyPatch(mentionPatch) ? {} : { mentionPatch }), ...(isEmptyPatch(quotePatch) ? {} : { quotePatch }) });
    }
    for (const [id, before] of this.noteBefore) {
      const after = this.data.notes.find((n) => n.id === id)?.content ?? before;
      if (after !== before) this.snapshot.notes.push(notePatch(id, before, after));
    }
    this.snapshot.size = JSON.stringify(this.snapshot).length;
    const correction: Correction = { id: randomUUID(), kind, at: new Date().toISOString(), label };
    this.data.corrections.push({ ...correction, undo: this.snapshot });
    forgetOldest(this.data);
    forgetEntityIndex(this.data.entities); // names changed: the import index is rebuilt on next use
    return correction;
  }
}

/** Keeps the last MAX_UNDO corrections, and of those only as many as fit in MAX_UNDO_SIZE. */
function forgetOldest(data: NotebookData): void {
  const sizeOf = (record: NotebookData['corrections'][number]) => (record.undo.size ??= JSON.stringify(record.undo).length);
  let total = data.corrections.reduce((sum, record) => sum + sizeOf(record), 0);
  while (data.corrections.length > 1 && (data.corrections.length > MAX_UNDO || total > MAX_UNDO_SIZE)) {
    total -= sizeOf(data.corrections.shift()!);
  }
}

/** Puts back what the snapshot recorded. */
export function restoreSnapshot(data: NotebookData, snapshot: CorrectionSnapshot): void {
  forgetEntityIndex(data.entities);
  const created = new Set(snapshot.created);
  const before = new Map(snapshot.entities.map((s) => [s.entity.id, s]));
  data.entities = data.entities.filter((e) => !created.has(e.id) && !before.has(e.id));
  // Back into their old places, lowest first, so each index means what it meant.
  for (const { index, entity } of [...snapshot.entities].sort((a, b) => a.index - b.index)) {
    data.entities.splice(index < 0 ? data.entities.length : Math.min(index, data.entities.length), 0, entity);
  }
  for (const saved of snapshot.articles) {
    const article = data.articles.find((a) => a.id === saved.id);
    if (!article) continue;
    article.mentions = saved.mentions ?? (saved.mentionPatch ? undoListPatch(article.mentions, saved.mentionPatch) : article.mentions);
    article.quotes = saved.quotes ?? (saved.quotePatch ? undoListPatch(article.quotes, saved.quotePatch) : article.quotes);
  }
  for (const saved of snapshot.notes) {
    const note = data.notes.find((n) => n.id === saved.id);
    const restored = note ? undoNotePatch(note.content, saved) : null;
    if (note && restored !== null) note.content = restored;
  }
  data.rules.splice(snapshot.rules);
}
