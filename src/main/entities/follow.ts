import type { Article, Entity } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { retargetMentions } from './note-mentions';
import type { CorrectionRecorder } from './snapshot';

/** Mentions and quotes of the `from` entities in every article now belong to `to`, under its name. */
export function followInArticles(data: NotebookData, rec: CorrectionRecorder, from: ReadonlySet<string>, to: Entity): void {
  for (const article of data.articles) {
    const touches = article.mentions.some((m) => from.has(m.entityId)) || article.quotes.some((q) => q.speakerEntityId && from.has(q.speakerEntityId));
    if (!touches) continue;
    rec.article(article);
    for (const m of article.mentions) if (from.has(m.entityId)) m.entityId = to.id;
    for (const q of article.quotes) {
      if (q.speakerEntityId && from.has(q.speakerEntityId)) Object.assign(q, { speakerEntityId: to.id, speaker: to.name });
    }
  }
}

/** Mention chips in every note (trashed ones too, so a restored note is right) follow the correction. */
export function followInNotes(data: NotebookData, rec: CorrectionRecorder, from: ReadonlySet<string>, to: Entity): void {
  for (const note of data.notes) {
    const updated = retargetMentions(note.content, from, to);
    if (updated === null) continue;
    rec.note(note.id, note.content);
    note.content = updated;
  }
}

/**
 * After a merge two names of one entity may cover the same words ("Asian NATO" and its "NATO"):
 * the entity keeps one mention there, the longest, so no sentence is listed or counted twice.
 */
export function dropDoubledMentions(article: Article, entityId: string, rec: CorrectionRecorder): void {
  const own = article.mentions.filter((m) => m.entityId === entityId).sort((a, b) => a.start - b.start || b.end - a.end);
  const doubled = new Set<(typeof own)[number]>();
  let kept: (typeof own)[number] | undefined;
  for (const m of own) {
    if (kept && m.start < kept.end) {
      // Overlapping spans: the longer stands for both.
      if (m.end - m.start > kept.end - kept.start) {
        doubled.add(kept);
        kept = m;
      } else doubled.add(m);
    } else kept = m;
  }
  if (doubled.size === 0) return;
  rec.article(article);
  article.mentions = article.mentions.filter((m) => !doubled.has(m));
}
