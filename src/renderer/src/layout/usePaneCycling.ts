import { useEffect } from 'react';

const TABBABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex], a[href]';

function visible(el: Element): boolean {
  return el instanceof HTMLElement && !el.closest('[hidden]') && el.getClientRects().length > 0;
}

/** Where F6 lands in a pane: what had the focus there last, else the pane's own choice, else its first control. */
function focusPane(pane: HTMLElement, remembered: HTMLElement | undefined, options?: FocusOptions): void {
  const candidates = [remembered, ...pane.querySelectorAll<HTMLElement>('[data-pane-focus]'), ...pane.querySelectorAll<HTMLElement>(TABBABLE)];
  const target = candidates.find((el) => el?.isConnected && pane.contains(el) && visible(el) && (el.tabIndex >= 0 || el.isContentEditable) && !el.matches(':disabled'));
  (target ?? pane).focus(options);
}

/**
 * F6 and Shift+F6 move the focus from pane to pane (library, centre, entities), as in VS Code,
 * coming back to where it was in each. Panes are the elements marked data-pane; hidden ones are skipped.
 * A pane that re-renders the control that had the focus (the entity list after a save) keeps the focus
 * in the pane, on its own choice, rather than dropping it to the page.
 */
export function usePaneCycling(): void {
  useEffect(() => {
    const last = new Map<string, HTMLElement>();
    let focused: { el: HTMLElement; pane: HTMLElement } | null = null;
    // Watches only the pane that holds the focus, and not at all while it is in a text being edited: the
    // editor is never re-rendered away, and typing must not run this on every keystroke.
    const observer = new MutationObserver(() => {
      if (!focused || focused.el.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
      const { pane } = focused;
      focused = null;
      observer.disconnect();
      // Where the pane shows something else now (a cited passage), its scroll stays as the app put it.
      if (pane.isConnected && visible(pane)) focusPane(pane, undefined, { preventScroll: true });
    });
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const pane = target?.closest<HTMLElement>('[data-pane]');
      if (target && pane?.dataset.pane) last.set(pane.dataset.pane, target);
      observer.disconnect();
      focused = target && pane && !target.isContentEditable ? { el: target, pane } : null;
      if (focused) observer.observe(focused.pane, { childList: true, subtree: true });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      // A modal dialog keeps the focus.
      if (document.querySelector('dialog[open]')) return;
      const panes = [...document.querySelectorAll<HTMLElement>('[data-pane]')].filter(visible);
      if (panes.length === 0) return;
      event.preventDefault();
      const current = panes.findIndex((p) => p.contains(document.activeElement));
      const step = event.shiftKey ? -1 : 1;
      const next = current < 0 ? (event.shiftKey ? panes.length - 1 : 0) : (current + step + panes.length) % panes.length;
      focusPane(panes[next], last.get(panes[next].dataset.pane ?? ''));
    };
    document.addEventListener('focusin', onFocusIn);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
