import type { ExtractedEntity, ExtractedQuote } from '../../shared/extraction';

// First, deliberately simple quote finder: text between double quotes, speaker left unresolved.
export function findQuotes(text: string, _entities: ExtractedEntity[]): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  for (const m of text.matchAll(/[“"]([^”"]{1,2000})[”"]/g)) {
    const start = m.index ?? 0;
    const inner = m[1];
    quotes.push({ start, end: start + m[0].length, text: inner, speaker: null, speakerStart: -1, speakerEnd: -1, fragment: inner.split(/\s+/).length < 4 });
  }
  return quotes;
}
