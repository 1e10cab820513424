import { type RefObject, useEffect } from 'react';

const KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * A toolbar is one tab stop (WAI-ARIA's toolbar pattern): Tab lands on the control last used, the
 * arrow keys and Home/End move between its controls. Works on the DOM, so any control rendered in
 * the bar joins in; controls inside a popup menu of the bar are left to the menu.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    let current: HTMLElement | null = null;
    const items = () =>
      [...bar.querySelectorAll<HTMLElement>('button, select, input')].filter(
        (el) => !el.closest('[role="menu"]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
      );
    const sync = () => {
      const list = items();
      if (!current || !list.includes(current)) current = list[0] ?? null;
      for (const el of list) el.tabIndex = el === current ? 0 : -1;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || !items().includes(event.target)) return;
      current = event.target;
      sync();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      const list = items();
      const at = list.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      event.preventDefault();
      const next = { ArrowLeft: (at - 1 + list.length) % list.length, ArrowRight: (at + 1) % list.length, Home: 0, End: list.length - 1 }[event.key] ?? at;
      list[next].focus();
    };
    const observer = new MutationObserver(sync);
    observer.observe(bar, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'class'] });
    const resize = new ResizeObserver(sync);
    resize.observe(bar);
    sync();
    bar.addEventListener('focusin', onFocusIn);
    bar.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      resize.disconnect();
      bar.removeEventListener('focusin', onFocusIn);
      bar.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
