import type { Span } from '../../shared/extraction';

// A short phrase in quotation marks inside a sentence: a coined or contested concept
// ("Asian NATO"). Double quotes only — single quotes are too often apostrophes.
const QUOTED = /(?:“([^”\n]{2,60})”|"([^"\n]{2,60})")/g;
const MAX_WORDS = 5;

/** Quoted key terms: at most five words, starting with a letter, not a clause of reported speech. */
export function findQuotedTerms(text: string): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2];
    const trimmed = inner.trim().replace(/[.,;:!?]+$/, '');
    if (!/^\p{L}/u.test(trimmed) || trimmed.split(/\s+/).length > MAX_WORDS) continue;
    // Speech ends in punctuation inside the marks ("…,” he said); a term sits in running text.
    if (/[.,!?]\s*$/.test(inner)) continue;
    const start = m.index + 1 + inner.indexOf(trimmed);
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}
