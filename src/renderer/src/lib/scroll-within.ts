/**
 * Scrolls one pane so `target` is in view (centred, or just enough with 'nearest'), never the window
 * or another pane as scrollIntoView may.
 */
export function scrollWithin(scroller: HTMLElement, target: Element, block: 'center' | 'nearest' = 'center'): void {
  const pane = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const top = box.top - pane.top + scroller.scrollTop;
  if (block === 'center') {
    scroller.scrollTop = top - (scroller.clientHeight - box.height) / 2;
    return;
  }
  if (box.top < pane.top) scroller.scrollTop = top - 8;
  else if (box.bottom > pane.bottom) scroller.scrollTop = top + box.height - scroller.clientHeight + 8;
}

/** The scrolling pane an element sits in. */
export function paneScroller(el: Element | null): HTMLElement | null {
  return el?.closest<HTMLElement>('.editor-scroll, .library-scroll, .entities-scroll') ?? null;
}
