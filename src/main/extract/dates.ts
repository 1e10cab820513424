// English only: loading every locale chrono has would double what the extractor costs to load.
import type * as chrono from 'chrono-node/en';
import { dateParser } from './dateParser';
import type { Span } from '../../shared/extraction';
import { ALL_CUES, CUE } from './cues';

/** A date the text names, with ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) where the text allows. */
export interface FoundDate extends Span {
  text: string;
  iso?: string;
}

export const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A month's name or its short form alone, with a full stop or not, in any case ("Aug", "SEP", "March."). */
export const MONTH_NAME = new RegExp(`^(?:${MONTH})\\.?$`, 'i');
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** A month's or a day's name written in full and capitalised: first names too (April, June, May), but no person's before a name. */
export const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Cheap test run before chrono, which is far slower than the tagger: most sentences name no date.
// "may" and "march" are mostly a verb in running text: only as written for the month ("May", "MARCH")
// or before a day ("may 5") do they send a sentence to chrono.
const MONTH_NOT_VERB = MONTH.replace('|may|', '|').replace('mar(?:ch)?', 'mar');
const CUE_PATTERN = new RegExp(`\\b(?:${MONTH_NOT_VERB}|${WEEKDAY}|today|yesterday|tomorrow)\\b|\\d{4}-\\d\\d-\\d\\d|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'i');
const VERB_MONTH = /\b(?:May|MAY|March|MARCH)\b|\b(?:may|march)\s+\d/;
const NAMED = new RegExp(`\\b(?:${MONTH})\\b|\\d{4}-\\d\\d|\\d/\\d|\\b(?:today|yesterday|tomorrow)\\b`, 'i');
// A bare year chrono ignores ("in 2019", "since 1945"); only after a word that makes it a time. A second year joined
// to it is one too ("in 2022 and 2023", "between 2019 and 2021", "from 2010 to 2015").
const YEAR =
  /\b(?:in|since|by|from|until|till|to|before|after|during|of|year|early|late|mid|between)\s+((?:1[89]|20)\d\d)s?(?:(?:,? and|,? or| to| through| until|\s*[–-])\s*((?:1[89]|20)\d\d)s?)?\b(?!\s*(?:percent|%|people|troops|km|miles|tonnes|votes))/gi;
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
// A life's or a reign's years in brackets after a name, as reference works give them: "(1922–1998)", "(born 1961)",
// "(b. 1961)", "(c. 1450 – 1520)". One year alone in brackets may be a count ("(1500)"), so it needs "born".
const LIFESPAN = /\((?:(?:born|b\.) ((?:1\d|20)\d\d)|(?:c\. ?|ca\. ?)?((?:1\d|20)\d\d) ?[–-] ?(?:c\. ?)?((?:1\d|20)\d\d))\)/g;
const LEAD = /^(?:on|at|in|from|by|since|until)\s+/i;
// A lone lower-case word is a date only when it names a day, a month or the weekend; chrono also reads
// "now", "sat" and "sun" (the verb and the star) and "lasts" as dates.
const LONE_WORD = /^\p{Ll}+$/u;
const LONE_DATE_WORD = new RegExp(`^(?:today|tomorrow|yesterday|tonight|weekend|${WEEKDAY}|${MONTH})$`);
// "three days after", "a week earlier", "the hours before": a stretch of time from some other event, which
// chrono counts from the article's date instead. Unless the phrase also names a month or a year, it dates nothing.
const FROM_ANOTHER_EVENT = /\b(?:after|before|later|earlier)$/i;
const ISSUE_NUMBER = /^\d{1,3},?\s+/;
const NUMBERED_BEFORE = /\b(?:No|Nos|Vol|Issue|Number|Edition|Report|Paper|Brief)\.?\s+$|#\s*$/;
const CLOCK_SPAN = /\b(?:second|minute|hour)s?\b/i;
const DAY_WORD = new RegExp(`\\b(?:today|tonight|yesterday|tomorrow|day|week|month|year|${WEEKDAY})s?\\b|\\d`, 'i');

// "last week", "next month", "this year", "two days ago" (not "the past year", a stretch of time): a time counted
// from the article's own date, which a sentence may name with no other word of date (so chrono, run only on
// sentences with such a word, never sees it). As running text writes it, capitalised at a sentence's start: no
// case-blind flag, which doubles the cost.
const COUNT = '[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\\d{1,2}';
const RELATIVE = new RegExp(`\\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+(week|month|year|weekend)|(${COUNT})\\s+(day|week|month|year)s?\\s+ago)\\b`, 'g');
const RELATIVE_UNIT = /week|month|year|ago/;
const NUMBER_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** ISO for a time counted from the publication day, as far as its unit allows (a week has no ISO here); none without the day. */
function relativeIso(m: RegExpExecArray, anchor: Date | undefined): string | undefined {
  if (!anchor) return undefined;
  const unit = (m[1] ?? m[3]).toLowerCase();
  let by = 0;
  if (m[1]) {
    const word = m[0].slice(0, m[0].indexOf(' ')).toLowerCase();
    by = word === 'last' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
  } else {
    const n = m[2].toLowerCase();
    by = -(/^\d/.test(n) ? Number(n) : Math.max(1, NUMBER_WORDS.indexOf(n === 'an' ? 'a' : n)));
  }
  const d = new Date(anchor);
  if (unit === 'year') return String(d.getFullYear() + by);
  if (unit === 'month') {
    d.setDate(1);
    d.setMonth(d.getMonth() + by);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
  }
  if (unit === 'day') {
    d.setDate(d.getDate() + by);
    return isoDay(d);
  }
  return undefined;
}

/**
 * Whether a sentence may name a date chrono reads, by its tokens' cues (cues.ts) where they are at hand: the same answer
 * as the patterns' over the sentence, which are run only where the cues cannot tell.
 */
function mayNameDate(sentence: string, cues: number): boolean {
  if (cues === ALL_CUES || cues & CUE.DATE_UNSURE) return CUE_PATTERN.test(sentence) || VERB_MONTH.test(sentence);
  if (cues & (CUE.DATE_WORD | CUE.ISO_DAY | CUE.MONTH_VERB_CAPITALISED)) return true;
  return (cues & CUE.MONTH_VERB) !== 0 && VERB_MONTH.test(sentence);
}

/** Whether the sentence holds what `pattern` finds: its cue says so where the tokens' cues are at hand (the same answer), else the pattern. */
function holds(cues: number, cue: number, pattern: RegExp, sentence: string): boolean {
  return cues === ALL_CUES ? pattern.test(sentence) : (cues & cue) !== 0;
}

/**
 * Finds dates in the given sentence ranges; `publishedAt` anchors dates that name no year. `cues` holds each range's
 * tokens' cues ORed (cues.ts), where the tagger gave them: they spare the patterns that look for a date's words.
 */
export function findDates(text: string, ranges: Span[], publishedAt?: string, cues?: readonly number[]): FoundDate[] {
  const anchor = anchorDate(publishedAt);
  const found: FoundDate[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const { start, end } = ranges[k];
    const sentence = text.slice(start, end);
    const has = cues?.[k] ?? ALL_CUES;
    if (mayNameDate(sentence, has)) {
      for (const r of dateParser.parse(sentence, anchor ?? new Date(2000, 0, 1))) {
        const c = r.start;
        if (!c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year') && !c.isCertain('day')) continue;
        let s = start + r.index;
        let phrase = r.text.trimEnd();
        // chrono reads a bracket or comma after the date into it ("on Sunday)", "end of November,").
        while (/[,;:]$/.test(phrase) || (/[)\]]$/.test(phrase) && !/[([]/.test(phrase))) phrase = phrase.slice(0, -1).trimEnd();
        const lead = LEAD.exec(phrase);
        if (lead) {
          s += lead[0].length;
          phrase = phrase.slice(lead[0].length);
        }
        // "Policy Brief No. 14, June 2025", "Vol. 3, May 2024": the number is the issue's, not a day.
        const numbered = ISSUE_NUMBER.exec(phrase);
        if (numbered && NUMBERED_BEFORE.test(text.slice(Math.max(0, s - 12), s))) {
          const rest = dateParser.parse(phrase.slice(numbered[0].length), anchor ?? new Date(2000, 0, 1))[0];
          if (rest?.index !== 0) continue;
          s += numbered[0].length;
          phrase = rest.text.trimEnd();
          found.push({ start: s, end: s + phrase.length, text: phrase, iso: isoOf(rest, anchor, NAMED.test(phrase)) });
          continue;
        }
        if (LONE_WORD.test(phrase) && !LONE_DATE_WORD.test(phrase)) continue;
        const named = NAMED.test(phrase);
        if (!named && !/\d{4}/.test(phrase) && FROM_ANOTHER_EVENT.test(phrase)) continue;
        // "for a second straight quarter", "within the hour": a span of seconds, minutes or hours names no day.
        if (!named && CLOCK_SPAN.test(phrase) && !DAY_WORD.test(phrase)) continue;
        found.push({ start: s, end: s + phrase.length, text: phrase, iso: isoOf(r, anchor, named) ?? weekdayIso(r, anchor, sentence.slice(0, r.index), sentence.slice(r.index + r.text.length)) });
      }
    }
    RELATIVE.lastIndex = 0;
    // A test for the unit first: it halves what the whole pattern costs over sentences that have none.
    for (let m = holds(has, CUE.TIME_UNIT, RELATIVE_UNIT, sentence) ? RELATIVE.exec(sentence) : null; m !== null; m = RELATIVE.exec(sentence)) {
      const s = start + m.index;
      if (found.some((d) => d.start < s + m![0].length && s < d.end)) continue;
      found.push({ start: s, end: s + m[0].length, text: m[0], iso: relativeIso(m, anchor) });
    }
    YEAR.lastIndex = 0;
    // A test for a year's digits first: most sentences have none, and the whole pattern is case-blind.
    for (let m = holds(has, CUE.YEAR_DIGITS, YEAR_DIGITS, sentence) ? YEAR.exec(sentence) : null; m !== null; m = YEAR.exec(sentence)) {
      const s = start + m.index + m[0].indexOf(m[1]);
      addYear(found, s, m[1]);
      if (m[2]) addYear(found, start + m.index + m[0].lastIndexOf(m[2]), m[2]);
    }
  }
  // Over the whole text: a sentence may end at "c." inside the brackets.
  if (ranges.length && text.includes('(')) {
    const from = ranges[0].start;
    const to = ranges[ranges.length - 1].end;
    LIFESPAN.lastIndex = from;
    for (let m = LIFESPAN.exec(text); m !== null && m.index < to; m = LIFESPAN.exec(text)) {
      const first = m[1] ?? m[2];
      addYear(found, m.index + m[0].indexOf(first), first);
      if (m[3]) addYear(found, m.index + m[0].lastIndexOf(m[3]), m[3]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A year at `start`, unless a date found already covers it. */
function addYear(found: FoundDate[], start: number, year: string): void {
  if (!found.some((d) => d.start <= start && start < d.end)) found.push({ start, end: start + 4, text: year, iso: year });
}

/** Noon local time on the publication day, so chrono's "yesterday" never slips across midnight. */
function anchorDate(publishedAt?: string): Date | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(publishedAt ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
}

// What the clause before a lone weekday (or, where none stands before it, the one after) says of its time: a verb in the past ("said on Tuesday", "met on Monday"), or one
// looking ahead ("will vote on Friday", "is due to land on Sunday", "to be played on Sunday"). Only the last clause
// counts: "said it would vote on Friday" looks ahead from "would".
const CLAUSE_BREAK = /[,;:(—–]|\b(?:and|but|that|which|who|when|while|after|before)\b/gi;
const AHEAD = /\b(?:will|'ll|’ll|would|shall|(?:is|are|was|were) (?:due|set|scheduled|expected|to)|to be|plans? to|planned to|next)\b/i;
const PAST = /\b(?:said|told|was|were|had|did|met|won|lost|held|made|took|gave|came|went|left|began|fell|rose|spoke|wrote|withdrew|struck|sent|saw|got|ran|stood|led|brought|sought|caught|fought|flew|drew|broke|chose|\p{Ll}+ed)\b/iu;

/**
 * ISO for a lone weekday, where the article's date and the clause's tense say which: the last such day on or before
 * the publication day for a verb in the past, the next on or after it for one looking ahead (news names the days of
 * the week around it so). A weekday in the present ("flies to Seoul on Thursday") stays without one.
 */
function weekdayIso(r: chrono.ParsedResult, anchor: Date | undefined, before: string, after: string): string | undefined {
  const c = r.start;
  if (!anchor || !c.isCertain('weekday') || c.isCertain('day') || c.isCertain('month') || !/^(?:on\s+)?\p{L}+day\W*$/iu.test(r.text.trim())) return undefined;
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  const clause = before.slice(from);
  let ahead: boolean;
  if (/\p{L}/u.test(clause)) {
    ahead = AHEAD.test(clause);
    if (!ahead && !PAST.test(clause)) return undefined;
  } else {
    // "On Monday, the ministry said it would appeal", "The ministry, on Monday, said …": nothing of the clause before
    // the day, so the first verb with a tense in the clause after its comma says its time ("said", not the "would" it
    // reports). Not a day that is the sentence's subject ("Tuesday marks four weeks since …") or a possessive ("Monday's").
    if (!/[,—–]\s*$/.test(r.text) && !/^\s*[,—–]/.test(after)) return undefined;
    const rest = after.replace(/^[\s,;:—–-]+/, '');
    CLAUSE_BREAK.lastIndex = 0;
    const end = CLAUSE_BREAK.exec(rest);
    const next = rest.slice(0, end ? end.index : rest.length);
    const a = AHEAD.exec(next)?.index ?? -1;
    const p = PAST.exec(next)?.index ?? -1;
    if (a < 0 && p < 0) return undefined;
    ahead = a >= 0 && (p < 0 || a < p);
  }
  const d = new Date(anchor);
  const gap = ((c.get('weekday') ?? 0) - d.getDay() + 7) % 7;
  d.setDate(d.getDate() + (ahead ? gap : gap === 0 ? 0 : gap - 7));
  return isoDay(d);
}

function isoOf(r: chrono.ParsedResult, anchor: Date | undefined, named: boolean): string | undefined {
  const c = r.start;
  // A weekday alone ("on Thursday") could be last week or next: weekdayIso reads the clause's tense.
  if (!named) return undefined;
  const relative = /\b(?:today|yesterday|tomorrow)\b/i.test(r.text);
  let y: string;
  if (c.isCertain('year') && !relative) y = String(c.get('year'));
  else if (!anchor) return undefined;
  // "October 2nd" means October 2nd of the year the article was published.
  else y = String(relative ? c.get('year') : anchor.getFullYear());
  if (!c.isCertain('month')) return c.isCertain('year') ? y : undefined;
  const ym = `${y}-${pad(c.get('month') ?? 1)}`;
  if (!c.isCertain('day')) return ym;
  return `${ym}-${pad(c.get('day') ?? 1)}`;
}
