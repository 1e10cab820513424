import type { SearchSnippet } from '../../shared/model';
import { escapeRegExp } from '../../shared/regexp';

const RADIUS = 90;

/** The words around the first match, with every matching word marked; plain segments, never HTML. */
export function snippetOf(text: string, terms: string[], phrases: string[]): SearchSnippet {
  const wanted = [...phrases, ...terms].filter(Boolean).map((t) => t.toLocaleLowerCase());
  if (wanted.length === 0 || !text) return [{ text: text.slice(0, RADIUS * 2) }];
  const lower = text.toLocaleLowerCase();
  // Matches start at a word's beginning (prefix search finds "sanction" in "sanctions").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})[\\p{L}\\p{N}]*`, 'gu');
  const first = pattern.exec(lower);
  const start = first ? Math.max(0, first.index - RADIUS) : 0;
  const end = Math.min(text.length, (first?.index ?? 0) + RADIUS * 2);
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const window = text.slice(from, end).replace(/\s+/g, ' ');
  const windowLower = window.toLocaleLowerCase();
  const segments: SearchSnippet = [];
  if (from > 0) segments.push({ text: '…' });
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(windowLower); m; m = pattern.exec(windowLower)) {
    if (m.index > at) segments.push({ text: window.slice(at, m.index) });
    segments.push({ text: window.slice(m.index, m.index + m[0].length), mark: true });
    at = m.index + m[0].length;
  }
  if (at < window.length) segments.push({ text: window.slice(at) });
  if (end < text.length) segments.push({ text: '…' });
  return segments;
}

/** Where in the text the first match starts, so the window can open the article there. */
export function firstMatch(text: string, terms: string[], phrases: string[]): number | undefined {
  const lower = text.toLocaleLowerCase();
  let best: number | undefined;
  for (const t of [...phrases, ...terms]) {
    const i = lower.indexOf(t.toLocaleLowerCase());
    if (i >= 0 && (best === undefined || i < best)) best = i;
  }
  return best;
}
