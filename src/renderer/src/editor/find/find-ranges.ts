/** Every case-insensitive occurrence of `query` in the text under `root`, as DOM ranges in order. */
export function findRanges(root: HTMLElement, query: string): Range[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  const ranges: Range[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLocaleLowerCase();
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      const range = root.ownerDocument.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Paints matches with the CSS Custom Highlight API: no change to the note or its DOM. */
export function paintMatches(ranges: Range[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set('find-match', new Highlight(...ranges));
  const active = ranges[current];
  if (active) CSS.highlights.set('find-current', new Highlight(active));
  else CSS.highlights.delete('find-current');
}

export function clearMatches(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete('find-match');
  CSS.highlights.delete('find-current');
}
