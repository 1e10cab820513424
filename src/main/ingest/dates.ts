// English only, as extraction's dates: every locale chrono has costs 75 ms more to load.
import * as chrono from 'chrono-node/en';

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/**
 * A publication date as the notebook stores it: YYYY-MM-DD, or undefined when the value does not
 * name a full date (a day without a year would anchor later dates to the wrong year).
 */
export function toIsoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const iso = ISO_PREFIX.exec(trimmed);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = chrono.strict.parse(trimmed)[0];
  if (!parsed?.start.isCertain('year') || !parsed.start.isCertain('day')) return undefined;
  return validDay(parsed.start.get('year')!, parsed.start.get('month')!, parsed.start.get('day')!);
}

/** Whether a whole line is a date and nothing else ("Published: 2 October 2024" counts). */
export function dateLine(line: string): string | undefined {
  const text = line.replace(/^\s*(?:published|posted|updated|date|dated|first published)\s*(?:on|:)?\s*/i, '').trim();
  if (!text || text.length > 60) return undefined;
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return ISO_PREFIX.test(text) ? toIsoDate(text) : undefined;
  // The date must be most of the line; "Talks resume on 2 October 2024" is a sentence, not a date line.
  const rest = (text.slice(0, parsed.index) + text.slice(parsed.index + parsed.text.length)).replace(/[\s,.|·–—-]+/g, '');
  if (rest.length > 6) return undefined;
  return toIsoDate(parsed.text);
}

/**
 * A line naming where and when, as a printed article's dateline does: "The Washington Post,
 * October 9, 2016" or "9 October 2016 | Ellery Courier". The outlet is a short run of capitalised
 * words; a sentence that mentions a date ("The vote took place on 5 March 2024") is not one.
 */
export function sourceDateLine(line: string): { source: string; publishedAt: string } | undefined {
  const text = line.trim();
  if (!text || text.length > 100) return undefined;
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return undefined;
  const publishedAt = toIsoDate(parsed.text);
  if (!publishedAt) return undefined;
  const before = text.slice(0, parsed.index).replace(/[\s,|·–—-]+$/, '');
  const after = text.slice(parsed.index + parsed.text.length).replace(/^[\s,.|·–—-]+/, '').replace(/[\s.]+$/, '');
  // The date stands at one end of the line, the outlet at the other, a separator between them.
  const source = before && !after ? before : after && !before ? after : undefined;
  if (!source || !outletName(source)) return undefined;
  return { source, publishedAt };
}

const OUTLET_MINOR = /^(?:of|the|and|&|de|la|le|du|der|die|des|for|on|in)$/i;

/** A short name in title case: every word capitalised (or a joining word), no sentence inside. */
function outletName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.!?;:]$/.test(text) || /\d/.test(text)) return false;
  return words.every((w, i) => /^["“‘(]?\p{Lu}/u.test(w) || (i > 0 && OUTLET_MINOR.test(w)));
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** PDF dates look like "D:20241002093000+09'00'". */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match?.[2] || !match[3]) return undefined;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}
