import { randomUUID } from 'node:crypto';
import type { Article, Correction, Entity, StoredMention, StoredQuote } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { forgetEntityIndex } from './merge';

/**
 * Everything one correction changed, as it was before: undo puts these back exactly. Only what was
 * touched is kept, so a correction on a large notebook stays a small record.
 */
export interface CorrectionSnapshot {
  /** Entities as they were, with their place in the list. */
  entities: Array<{ index: number; entity: Entity }>;
  /** Entities the correction made (a split alias): undo removes them. */
  created: string[];
  articles: Array<{ id: string; mentions: StoredMention[]; quotes: StoredQuote[] }>;
  /** Note contents before and after, so undo leaves alone a note edited since. */
  notes: Array<{ id: string; before: string; after: string }>;
  /** How many rules there were; undo drops the ones this correction added. */
  rules: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Records what a correction is about to change, then files it with its label. */
export class CorrectionRecorder {
  private readonly snapshot: CorrectionSnapshot;
  private readonly seenEntities = new Set<string>();
  private readonly seenArticles = new Set<string>();
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
    if (this.seenArticles.has(article.id)) return;
    this.seenArticles.add(article.id);
    this.snapshot.articles.push({ id: article.id, mentions: copy(article.mentions), quotes: copy(article.quotes) });
  }

  note(id: string, before: string): void {
    if (!this.noteBefore.has(id)) this.noteBefore.set(id, before);
  }

  commit(kind: Correction['kind'], label: string): Correction {
    for (const [id, before] of this.noteBefore) {
      const after = this.data.notes.find((n) => n.id === id)?.content ?? before;
      if (after !== before) this.snapshot.notes.push({ id, before, after });
    }
    const correction: Correction = { id: randomUUID(), kind, at: new Date().toISOString(), label };
    this.data.corrections.push({ ...correction, undo: this.snapshot });
    forgetEntityIndex(this.data.entities); // names changed: the import index is rebuilt on next use
    return correction;
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
    if (article) Object.assign(article, { mentions: saved.mentions, quotes: saved.quotes });
  }
  for (const saved of snapshot.notes) {
    const note = data.notes.find((n) => n.id === saved.id);
    if (note && note.content === saved.after) note.content = saved.before;
  }
  data.rules.splice(snapshot.rules);
}
