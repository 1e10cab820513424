import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useState } from 'react';
import { scrollRowIntoView } from './VirtualList';

interface Options<T> {
  rows: readonly T[];
  /** The row's key if the keyboard can land on it (an item), else null (a heading). */
  keyOf: (row: T) => string | null;
  offsets: Float64Array;
  scroller: RefObject<HTMLElement | null>;
  list: RefObject<HTMLElement | null>;
  /** Where the tab stop starts and returns to when it changes (the open item). */
  current?: string | null;
}

/**
 * One tab stop for a whole (virtualised) list, as WAI-ARIA's roving tabindex: Tab lands on the
 * current row, the arrow keys, Home/End and PageUp/PageDown move along it, Tab leaves it.
 * Rows carry data-roving-key; the tab-stop row is `pinned` so scrolling never unmounts it.
 */
export function useRovingList<T>({ rows, keyOf, offsets, scroller, list, current }: Options<T>) {
  const [active, setActive] = useState<string | null>(current ?? null);
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  useEffect(() => {
    if (current) setActive(current);
  }, [current]);

  const focusable = useMemo(() => rows.flatMap((row, index) => (keyOf(row) === null ? [] : [index])), [rows, keyOf]);
  const activeIndex = useMemo(() => {
    const at = active === null ? -1 : rows.findIndex((row) => keyOf(row) === active);
    return at >= 0 ? at : (focusable[0] ?? -1);
  }, [rows, keyOf, active, focusable]);
  const stop = activeIndex >= 0 ? keyOf(rows[activeIndex]) : null;

  useEffect(() => {
    if (!focusKey) return;
    const el = [...(list.current?.querySelectorAll<HTMLElement>('[data-roving-key]') ?? [])].find((e) => e.dataset.rovingKey === focusKey.key);
    el?.focus({ preventScroll: true });
    // moveTo scrolled to where the row's offset said it would be; the row as drawn decides, should the rows or their
    // heights have changed since (a list still loading when End was pressed).
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [focusKey, list]);

  // The rows changed under the focus (a list still loading when End was pressed, another article's list arriving): the
  // focused row stays the tab stop (it is pinned, so drawn), and stays in view where the new rows put it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new offsets are the signal; the focus is read as it is then
  useEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.dataset.rovingKey && list.current?.contains(focused)) focused.scrollIntoView?.({ block: 'nearest' });
  }, [offsets]);

  const moveTo = useCallback(
    (index: number) => {
      const key = keyOf(rows[index]);
      if (key === null) return;
      setActive(key);
      if (scroller.current) scrollRowIntoView(scroller.current, list.current, offsets, index);
      setFocusKey({ key });
    },
    [rows, keyOf, offsets, scroller, list],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || focusable.length === 0) return;
      const at = Math.max(0, focusable.indexOf(activeIndex));
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / 56) - 1);
      const target: Record<string, number> = {
        ArrowDown: Math.min(focusable.length - 1, at + 1),
        ArrowUp: Math.max(0, at - 1),
        Home: 0,
        End: focusable.length - 1,
        PageDown: Math.min(focusable.length - 1, at + page),
        PageUp: Math.max(0, at - page),
      };
      if (!(event.key in target)) return;
      event.preventDefault();
      moveTo(focusable[target[event.key]]);
    },
    [focusable, activeIndex, scroller, moveTo],
  );

  return {
    /** The key of the row that is the list's tab stop. */
    stop,
    /** The tab stop's index, for VirtualList's `pinned`. */
    pinned: activeIndex,
    onKeyDown,
    /** A row took the focus (a click, say): it becomes the tab stop. */
    onFocus: (key: string) => setActive(key),
    /** Focus the tab-stop row (from the search box's down arrow, say). */
    focusStop: () => activeIndex >= 0 && moveTo(activeIndex),
  };
}
