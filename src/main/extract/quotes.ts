import type { ExtractedEntity, ExtractedQuote } from '../../shared/extraction';
import { findQuotedSpans } from './quotes/spans';

export function findQuotes(text: string, _entities: ExtractedEntity[]): ExtractedQuote[] {
  return findQuotedSpans(text).map((s) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.innerStart, s.innerEnd),
    speaker: null,
    speakerStart: -1,
    speakerEnd: -1,
    fragment: false,
  }));
}
