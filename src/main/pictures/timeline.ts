import type { Article, DatePrecision, Entity, PictureEntity, Timeline, TimelineEvent, TimelineOptions } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { articlesInScope, entitiesById, evidence, sortedMentions } from './scope';
import { articleSentences, SentenceCursor } from './sentences';

const ISO = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PRECISION: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };
export const TIMELINE_LIMIT = 2000;

/** A calendar date the text pinned down, or null ("last week", a range, a malformed value). */
export function calendarDate(entity: Entity | undefined): string | null {
  if (entity?.type !== 'DATE' || !entity.iso) return null;
  return ISO.test(entity.iso) ? entity.iso : null;
}

const order = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
// Plain comparisons: a locale-aware one is slow over tens of thousands of statements sharing a day.
export const byDate = (a: TimelineEvent, b: TimelineEvent) =>
  order(a.iso, b.iso) || order(a.publishedAt, b.publishedAt) || order(a.articleTitle, b.articleTitle) || a.dateStart - b.dateStart || order(a.articleId, b.articleId);

/**
 * Every dated statement in scope: each sentence holding a date the extractor resolved to the calendar,
 * with the people, organisations, places and terms named in it. A date the text left vague is counted
 * as unresolved and left off, never put on a wrong day. One pass over each article's mentions.
 */
/** One dated statement: the sentence (from–to) of `article`, the date it names, and who else it names. */
export function dateStatement(article: Article, from: number, to: number, d: { iso: string; start: number; end: number }, cast: PictureEntity[]): TimelineEvent {
  return {
    ...evidence(article, from, to),
    id: `${article.id}:${d.start}`,
    iso: d.iso,
    precision: PRECISION[d.iso.length],
    dateText: article.text.slice(d.start, d.end),
    dateStart: d.start,
    dateEnd: d.end,
    entities: cast,
  };
}

export function getTimeline(data: NotebookData, options: TimelineOptions = {}): Timeline {
  const entities = entitiesById(data);
  // Each date entity's calendar value, worked out once rather than at every mention.
  const calendar = new Map<string, string | null>();
  for (const e of data.entities) if (e.type === 'DATE') calendar.set(e.id, calendarDate(e));
  const events: TimelineEvent[] = [];
  let unresolved = 0;
  for (const article of articlesInScope(data, options.articleId)) {
    const mentions = sortedMentions(article);
    let dated = false;
    for (const m of mentions) {
      const iso = calendar.get(m.entityId);
      if (iso) dated = true;
      else if (iso === null) unresolved++;
    }
    if (!dated) continue;
    const spans = articleSentences(article);
    const cursor = new SentenceCursor(spans);
    // Mentions grouped by sentence, in order: dates become events, the others their cast.
    let sentence = -1;
    let dates: Array<{ iso: string; start: number; end: number }> = [];
    let cast: PictureEntity[] = [];
    const flush = () => {
      if (sentence >= 0 && dates.length) {
        if (!options.entityId || cast.some((e) => e.id === options.entityId)) {
          const from = spans[sentence * 2];
          const to = spans[sentence * 2 + 1];
          const seen = new Set<string>();
          for (const d of dates) {
            if (seen.has(d.iso)) continue; // the same day twice in one sentence is one statement
            seen.add(d.iso);
            events.push(dateStatement(article, from, to, d, cast));
          }
        }
      }
      dates = [];
      cast = [];
    };
    for (const m of mentions) {
      const at = cursor.find(m.start);
      if (at !== sentence) {
        flush();
        sentence = at;
      }
      if (at < 0) continue;
      const entity = entities.get(m.entityId);
      if (!entity) continue;
      const iso = calendar.get(entity.id);
      if (iso) dates.push({ iso, start: m.start, end: m.end });
      else if (entity.type !== 'DATE' && !cast.some((e) => e.id === entity.id)) cast.push({ id: entity.id, name: entity.name, type: entity.type });
    }
    flush();
  }
  events.sort(byDate);
  const limit = Math.max(1, options.limit ?? TIMELINE_LIMIT);
  return { events: events.length > limit ? events.slice(-limit) : events, total: events.length, unresolved };
}
