/** The sentence around [start, end) of `text`: keyword in context for the entity card. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  const stop = /[.!?。！？\n]/;
  let from = start;
  // Walk back to the previous sentence end, but not past a cap: a text without full stops is one long "sentence".
  while (from > 0 && start - from < 400 && !stop.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 400 && !stop.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  // Closing quotation marks belong to the sentence they end.
  while (to < text.length && /[”"’')]/.test(text[to])) to++;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), offset: from + lead };
}
