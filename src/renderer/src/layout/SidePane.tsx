import { type ReactNode, useEffect, useRef } from 'react';
import { PANE_WIDTH, type Side } from './pane-layout';
import { Splitter } from './Splitter';
import type { PaneLayoutControls } from './usePaneLayout';

const LABEL: Record<Side, string> = { library: 'Resize library', entities: 'Resize entities' };

/**
 * A side pane as the layout shows it: docked beside the centre with its splitter, laid over the
 * centre (the window is too narrow), or hidden. It stays mounted when hidden, so a search typed or
 * an entity card opened is still there when it comes back.
 */
export function SidePane({ side, layout, children }: { side: Side; layout: PaneLayoutControls; children: ReactNode }) {
  const mode = layout.overlay === side ? 'overlay' : layout.shown[side] === 'docked' ? 'docked' : 'hidden';
  const width = side === 'library' ? layout.shown.libraryWidth : layout.shown.entitiesWidth;
  const ref = useRef<HTMLDivElement>(null);
  // Opened over the centre, the pane takes the focus; closed, the focus goes back to its rail.
  const { closeOverlay } = layout;
  useEffect(() => {
    if (mode !== 'overlay') return;
    const pane = ref.current;
    const target = pane?.querySelector<HTMLElement>('[data-pane-focus]') ?? pane?.querySelector<HTMLElement>('input, button');
    target?.focus();
    // Escape closes a pane laid over the centre, unless something inside it used the key.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeOverlay();
    };
    pane?.addEventListener('keydown', onKeyDown);
    return () => {
      pane?.removeEventListener('keydown', onKeyDown);
      if (pane?.contains(document.activeElement) || document.activeElement === document.body) document.querySelector<HTMLElement>(`.rail-${side} button`)?.focus();
    };
  }, [mode, side, closeOverlay]);

  const pane = (
    <div
      ref={ref}
      id={`${side}-pane`}
      className={`side-pane side-${side} side-${mode}`}
      style={{ width }}
      hidden={mode === 'hidden'}
      data-pane={side}
    >
      {children}
    </div>
  );
  if (mode !== 'docked') return pane;
  const splitter = (
    <Splitter
      side={side}
      controls={`${side}-pane`}
      label={LABEL[side]}
      width={width}
      min={PANE_WIDTH[side].min}
      max={layout.maxWidth(side)}
      onResize={(w) => layout.setWidth(side, w)}
      onHide={() => layout.hide(side)}
      onReset={() => layout.setWidth(side, PANE_WIDTH[side].initial)}
    />
  );
  return side === 'library' ? (
    <>
      {pane}
      {splitter}
    </>
  ) : (
    <>
      {splitter}
      {pane}
    </>
  );
}
