import type { Entity, PictureEntity, Timeline, TimelineEvent, TimelineOptions } from '../../shared/model';
import type { NamedSentence } from './article-digest';
import type { PictureIndex } from './picture-index';
import { byDate, calendarDate, dateStatement, TIMELINE_LIMIT } from './timeline';

/** The dated statements of one sentence: one a distinct calendar date in it, with who else it names. */
function statements(s: NamedSentence, entities: Map<string, Entity>, calendar: Map<string, string | null>, out: TimelineEvent[], options: TimelineOptions, wanted?: Set<string>): void {
  const dates: Array<{ iso: string; start: number; end: number }> = [];
  const cast: PictureEntity[] = [];
  for (const m of s.mentions) {
    const entity = entities.get(m.entityId);
    if (!entity) continue;
    const iso = calendar.get(entity.id);
    if (iso) dates.push({ iso, start: m.start, end: m.end });
    else if (entity.type !== 'DATE' && !cast.some((e) => e.id === entity.id)) cast.push({ id: entity.id, name: entity.name, type: entity.type });
  }
  if (dates.length === 0 || (options.entityId && !cast.some((e) => e.id === options.entityId))) return;
  const article = s.article;
  const seen = new Set<string>();
  for (const d of dates) {
    if (seen.has(d.iso) || (wanted && !wanted.has(d.iso))) continue; // the same day twice in one sentence is one statement
    seen.add(d.iso);
    out.push(dateStatement(article, s.start, s.end, d, cast));
  }
}

/**
 * The timeline read from the index. Dates are grouped by their calendar value and taken from the
 * latest back until the limit is reached, so only the statements shown are put together; the others
 * are counted from the index. Filtering by an entity reads only the articles that name it.
 */
export function timelineFromIndex(index: PictureIndex, options: TimelineOptions = {}): Timeline {
  const { entities, dates } = index.lookup();
  const limit = Math.max(1, options.limit ?? TIMELINE_LIMIT);
  const calendar = new Map<string, string | null>();
  const byIso = new Map<string, string[]>();
  let unresolved = 0;
  for (const entity of dates) {
    const id = entity.id;
    const mentions = index.mentions.get(id);
    if (!mentions) continue;
    const iso = calendarDate(entity);
    calendar.set(id, iso);
    if (!iso) unresolved += mentions;
    else if (index.sentencesOf.has(id)) byIso.set(iso, [...(byIso.get(iso) ?? []), id]);
  }

  const events: TimelineEvent[] = [];
  // Each sentence once, even when it holds several of the dates read.
  const read = (sentences: Iterable<NamedSentence>, wanted?: Set<string>) => {
    for (const s of sentences) statements(s, entities, calendar, events, options, wanted);
  };
  let total: number;
  if (options.entityId) {
    read(index.sentencesOf.get(options.entityId) ?? []);
    total = events.length;
  } else {
    // The latest days first, whole days at a time, until there are enough to show.
    const days = [...byIso.keys()].sort().reverse();
    const wanted = new Set<string>();
    const sentences = new Set<NamedSentence>();
    let counted = 0;
    let rest = 0;
    for (const iso of days) {
      const ids = byIso.get(iso) ?? [];
      const count = ids.reduce((n, id) => n + (index.sentencesOf.get(id)?.size ?? 0), 0);
      if (counted >= limit) {
        rest += count;
        continue;
      }
      counted += count;
      wanted.add(iso);
      for (const id of ids) for (const s of index.sentencesOf.get(id) ?? []) sentences.add(s);
    }
    read(sentences, wanted);
    total = events.length + rest;
  }
  events.sort(byDate);
  return { events: events.length > limit ? events.slice(-limit) : events, total, unresolved };
}
