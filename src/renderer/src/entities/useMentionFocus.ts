import { type RefObject, useEffect } from 'react';
import { paneScroller, scrollWithin } from '../lib/scroll-within';

/** The highlight name (CSS Custom Highlight API): styled by ::highlight(entity-focus) in entities.css. */
const HIGHLIGHT = 'entity-focus';

/** A DOM range over article offsets [start, end), found in the reader's paragraphs (each knows its start). */
function rangeAt(body: HTMLElement, start: number, end: number): Range | null {
  const paragraph = [...body.querySelectorAll<HTMLElement>('p[data-start]')].filter((p) => Number(p.dataset.start) <= start).at(-1);
  if (!paragraph) return null;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = Number(paragraph.dataset.start);
  let begun = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!begun && start < at + length) {
      range.setStart(node, start - at);
      begun = true;
    }
    if (begun && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}

/** Scrolls the reader to a mention opened from an entity card and lights it up until another is opened. */
export function useMentionFocus(body: RefObject<HTMLElement | null>, focus: { start: number; end: number } | null | undefined): void {
  useEffect(() => {
    const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (!focus || !body.current) return;
    const range = rangeAt(body.current, focus.start, focus.end);
    if (!range) return;
    const at = range.startContainer.parentElement;
    const scroller = paneScroller(at);
    if (at && scroller) scrollWithin(scroller, at);
    if (highlights && typeof Highlight !== 'undefined') highlights.set(HIGHLIGHT, new Highlight(range));
    return () => {
      highlights?.delete(HIGHLIGHT);
    };
  }, [body, focus]);
}
