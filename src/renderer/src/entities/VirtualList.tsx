import { type ReactNode, type RefObject, useEffect, useMemo, useState } from 'react';

interface Props<T> {
  items: T[];
  height: (item: T) => number;
  /** The scrolling element the list sits at the top of. */
  scroller: RefObject<HTMLElement | null>;
  /** Renders the visible slice (kept in order, so runs can be grouped into lists). */
  render: (visible: T[], firstIndex: number) => ReactNode;
  overscan?: number;
}

/**
 * Renders only the rows in view (plus a margin), so ten thousand entities scroll and filter like
 * ten. Heights are known per row kind, so offsets are a prefix sum and the window a binary search.
 */
export function VirtualList<T>({ items, height, scroller, render, overscan = 8 }: Props<T>) {
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller]);

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i] + height(items[i]);
    return out;
  }, [items, height]);

  const first = Math.max(0, lastAtOrBefore(offsets, view.top) - overscan);
  let last = first;
  while (last < items.length && offsets[last] < view.top + view.height) last++;
  last = Math.min(items.length, last + overscan);

  return (
    <div className="vlist" style={{ height: offsets[items.length], position: 'relative' }}>
      <div style={{ transform: `translateY(${offsets[first]}px)` }}>{render(items.slice(first, last), first)}</div>
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
