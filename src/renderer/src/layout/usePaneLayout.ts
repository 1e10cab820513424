import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PaneLayout } from '../../../shared/model';
import { rememberLayout } from '../editor/ui-memory';
import { clampWidth, isCollapsed, maxWidth, type ShownLayout, type Side, shownLayout } from './pane-layout';

export interface PaneLayoutControls {
  shown: ShownLayout;
  /** A side pane shown over the centre (the window is too narrow to dock it), or null. */
  overlay: Side | null;
  focusMode: boolean;
  maxWidth: (side: Side) => number;
  setWidth: (side: Side, width: number) => void;
  hide: (side: Side) => void;
  show: (side: Side) => void;
  closeOverlay: () => void;
  toggleFocusMode: () => void;
  /** The layout remembered in the notebook, once it has been read. */
  restore: (layout: PaneLayout | undefined) => void;
}

const key = (side: Side, what: 'Width' | 'Collapsed') => `${side}${what}` as const;

/** A pane about to hide may hold the focus: it moves to `next` once the window has re-rendered. */
function keepFocus(panes: Side[], next: () => HTMLElement | null | undefined): void {
  if (!panes.some((side) => document.getElementById(`${side}-pane`)?.contains(document.activeElement))) return;
  window.setTimeout(() => next()?.focus(), 0);
}

/** The side panes' widths, which are hidden, and focus mode: remembered in the notebook's UiState. */
export function usePaneLayout(): PaneLayoutControls {
  const [layout, setLayout] = useState<PaneLayout>({});
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [overlay, setOverlay] = useState<Side | null>(null);
  const toggleRef = useRef(() => {});
  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // Ctrl+Shift+Enter, caught before the editor would take it for a line break.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key !== 'Enter') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      toggleRef.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  const shown = useMemo(() => shownLayout(layout, windowWidth), [layout, windowWidth]);

  const change = useCallback((next: (current: PaneLayout) => PaneLayout) => {
    setLayout((current) => {
      const updated = next(current);
      rememberLayout(updated);
      return updated;
    });
  }, []);
  const setWidth = useCallback((side: Side, width: number) => change((l) => ({ ...l, [key(side, 'Width')]: clampWidth(side, width) })), [change]);
  const hide = useCallback(
    (side: Side) => {
      keepFocus([side], () => document.querySelector<HTMLElement>(`.rail-${side} button`));
      setOverlay((o) => (o === side ? null : o));
      change((l) => ({ ...l, [key(side, 'Collapsed')]: true }));
    },
    [change],
  );
  const show = useCallback(
    (side: Side) => {
      const next: PaneLayout = { ...layout, focusMode: false, [key(side, 'Collapsed')]: false };
      if (isCollapsed(layout, side) || layout.focusMode) change(() => next);
      // Too narrow to sit beside the centre: it opens over it instead, until closed.
      setOverlay(shownLayout(next, windowWidth)[side] === 'docked' ? null : side);
    },
    [layout, windowWidth, change],
  );
  const toggleFocusMode = useCallback(() => {
    keepFocus(['library', 'entities'], () => document.querySelector<HTMLElement>('.centre [data-pane-focus]'));
    setOverlay(null);
    change((l) => ({ ...l, focusMode: !l.focusMode }));
  }, [change]);
  toggleRef.current = toggleFocusMode;
  const restore = useCallback((saved: PaneLayout | undefined) => setLayout(saved ?? {}), []);

  // An overlay is for want of room: once the pane fits beside the centre again, it is simply docked.
  const effectiveOverlay = overlay && shown[overlay] === 'rail' ? overlay : null;
  return {
    shown,
    overlay: effectiveOverlay,
    focusMode: !!layout.focusMode,
    maxWidth: (side) => maxWidth(side, shown, windowWidth),
    setWidth,
    hide,
    show,
    closeOverlay: () => setOverlay(null),
    toggleFocusMode,
    restore,
  };
}
