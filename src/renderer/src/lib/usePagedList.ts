import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * A long list shown a page at a time: how many items to show, a ref for the "Show more" button at its
 * end (the list grows as that button is scrolled into view, or clicked), and `showMore` for its click.
 * A change to any of `resetOn` starts again at the first page.
 */
export function usePagedList(page: number, resetOn: readonly unknown[]): { shown: number; more: RefObject<HTMLButtonElement | null>; showMore: () => void } {
  const [shown, setShown] = useState(page);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what starts the list again
  useEffect(() => setShown(page), resetOn);
  const more = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = more.current;
    if (!button) return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + page);
    });
    seen.observe(button);
    return () => seen.disconnect();
  });
  return { shown, more, showMore: () => setShown((n) => n + page) };
}
