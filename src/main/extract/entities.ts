import type { ExtractedEntity, ExtractedMention, ExtractOptions, Span } from '../../shared/extraction';
import { joinMentions } from './aliases';
import { findDates } from './dates';
import { correctNames } from './nameRules';
import { type NameMention, namesFromSpans } from './names';
import { tagText } from './ner/tagger';
import { findQuotedTerms } from './terms';
import { normalizeName } from './variants';

const LONE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// "Russia Today", "USA Today": a Capitalised day word right after a Capitalised word is part of a name.
const partOfName = (text: string, d: { start: number; text: string }) =>
  /^(?:Today|Tomorrow|Yesterday|Tonight)$/.test(d.text) && /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, d.start - 30), d.start));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * People, organisations, places, key terms and dates in one article, each mention with its exact
 * span and joined to an entity. Names come from the learned tagger; dates from chrono; terms from
 * quotation marks and capitalised agreement-like phrases.
 */
export function findEntities(text: string, options: ExtractOptions = {}): { mentions: ExtractedMention[]; entities: ExtractedEntity[] } {
  const tagged = tagText(text);
  const names = correctNames(text, namesFromSpans(text, tagged.spans, tagged.sentences), tagged.sentences, tagged.cues, tagged.cued);
  // A quoted term that is exactly a name stays a name; otherwise the term is kept beside any names inside it.
  for (const term of findQuotedTerms(text)) {
    if (names.some((n) => n.start === term.start && n.end === term.end)) continue;
    if (names.some((n) => n.type === 'TERM' && overlaps(n, term))) continue;
    // Written out in NameMention's field order: one object layout for every name keeps the hot loops over them monomorphic.
    names.push({ start: term.start, end: term.end, type: 'TERM', text: term.text });
  }
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined = joinMentions(text, names);

  // Built by push, not map(), so it is a packed array in every tier (see readDocument in ner/scorer.ts).
  const ranges: Span[] = [];
  for (const s of tagged.sentences) ranges.push({ start: s[0].start, end: s[s.length - 1].end });
  const dates = findDates(text, ranges, options.publishedAt, tagged.sentenceCues).filter((d) => !names.some((n: NameMention) => overlaps(n, d)) && !partOfName(text, d));
  // A weekday the clause gives no tense for ("flies to Seoul on Thursday") is the day the article's other "Thursday"s
  // are, where they are all one day.
  const weekdayIsos = new Map<string, Set<string>>();
  for (const d of dates) {
    if (!d.iso || !LONE_WEEKDAY.test(d.text)) continue;
    const day = d.text.toLowerCase();
    weekdayIsos.set(day, (weekdayIsos.get(day) ?? new Set()).add(d.iso));
  }
  const dateEntities = new Map<string, ExtractedEntity>();
  for (const d of dates) {
    if (!d.iso && weekdayIsos.size) {
      const isos = weekdayIsos.get(d.text.toLowerCase());
      if (isos?.size === 1) d.iso = [...isos][0];
    }
    const key = `DATE:${d.iso ?? normalizeName(d.text)}`;
    joined.mentions.push({ start: d.start, end: d.end, type: 'DATE', text: d.text, key });
    const entity = dateEntities.get(key) ?? { key, type: 'DATE', name: d.text, aliases: [], mentions: [], roles: [], ...(d.iso ? { iso: d.iso } : {}) };
    if (entity.mentions.length && entity.name !== d.text && !entity.aliases.includes(d.text)) entity.aliases.push(d.text);
    entity.mentions.push({ start: d.start, end: d.end });
    dateEntities.set(key, entity);
  }
  joined.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: joined.mentions, entities: [...joined.entities, ...dateEntities.values()] };
}
