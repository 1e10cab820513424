import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

interface Props<T> {
  items: T[];
  height: (item: T) => number;
  /** The scrolling element the list sits at the top of. */
  scroller: RefObject<HTMLElement | null>;
  /** Renders a slice (kept in order, so runs can be grouped into lists); called again for the pinned row. */
  render: (visible: T[], firstIndex: number) => ReactNode;
  overscan?: number;
  /** A row kept rendered even when scrolled out of view: the one with the keyboard focus, which would otherwise be lost. */
  pinned?: number;
}

/** Each row's top, and the list's height at the end: a prefix sum of the rows' heights. */
export function rowOffsets<T>(items: readonly T[], height: (item: T) => number): Float64Array {
  const out = new Float64Array(items.length + 1);
  for (let i = 0; i < items.length; i++) out[i + 1] = out[i] + height(items[i]);
  return out;
}

/** Scrolls the list's pane just enough that row `index` is in view. */
export function scrollRowIntoView(scroller: HTMLElement, list: HTMLElement | null, offsets: Float64Array, index: number): void {
  const listTop = list ? list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop : 0;
  const top = listTop + offsets[index];
  const bottom = listTop + offsets[index + 1];
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
}

/**
 * Renders only the rows in view (plus a margin), so ten thousand rows scroll and filter like ten.
 * Heights are known per row kind, so offsets are a prefix sum and the window a binary search.
 */
export function VirtualList<T>({ items, height, scroller, render, overscan = 8, pinned }: Props<T>) {
  const [view, setView] = useState({ top: 0, height: 800, listTop: 0 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Where the list starts inside the pane (a heading or a form may sit above it).
    const update = () => {
      const list = el.querySelector<HTMLElement>(':scope > .vlist, :scope > * > .vlist');
      const listTop = list ? list.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop : 0;
      setView({ top: el.scrollTop - listTop, height: el.clientHeight, listTop });
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller]);

  const offsets = useMemo(() => rowOffsets(items, height), [items, height]);
  const first = Math.max(0, lastAtOrBefore(offsets, Math.max(0, view.top)) - overscan);
  let last = first;
  while (last < items.length && offsets[last] < view.top + view.height) last++;
  last = Math.min(items.length, last + overscan);
  // A focused row that moves between the visible slice and the pinned slot is mounted anew, and the
  // browser drops the focus to the page: put it back on the list's tab stop, so it is never lost.
  const list = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    // Focus landing anywhere else (Tab, a click, F6, a pane putting it back on a control of its own) is let go;
    // focus going nowhere is not. Watched on the whole document: focus that left the list for the page and was
    // then put elsewhere must not be pulled back into the list by a later render.
    const onIn = (event: FocusEvent) => {
      hadFocus.current = event.target instanceof Node && el.contains(event.target);
    };
    document.addEventListener('focusin', onIn);
    return () => document.removeEventListener('focusin', onIn);
  }, []);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!hadFocus.current || (active && active !== document.body)) return;
    list.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
  });

  const pin = pinned !== undefined && pinned >= 0 && pinned < items.length && (pinned < first || pinned >= last) ? pinned : null;

  return (
    <div
      ref={list}
      className="vlist"
      style={{ height: offsets[items.length], position: 'relative' }}
    >
      <div style={{ transform: `translateY(${offsets[first]}px)` }}>{render(items.slice(first, last), first)}</div>
      {pin !== null && <div style={{ position: 'absolute', left: 0, right: 0, top: offsets[pin] }}>{render([items[pin]], pin)}</div>}
    </div>
  );
}

function lastAtOrBefore(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
