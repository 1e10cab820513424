/** A search box's text: "quoted phrases" must appear as written; the other words match by prefix and fuzzily. */
export interface ParsedQuery {
  words: string[];
  phrases: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    const clean = phrase.trim().replace(/\s+/g, ' ');
    if (clean) phrases.push(clean);
    return ' ';
  });
  const words = rest
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
  return { words, phrases };
}
