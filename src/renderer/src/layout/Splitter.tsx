import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { Side } from './pane-layout';

interface Props {
  side: Side;
  /** The id of the pane it resizes. */
  controls: string;
  label: string;
  width: number;
  min: number;
  max: number;
  onResize: (width: number) => void;
  onHide: () => void;
  onReset: () => void;
}

const STEP = 16;
const BIG_STEP = 64;
/** Dragged this far past its minimum, a pane hides, as VS Code's sidebars do. */
const SNAP = 80;

/**
 * The handle between a side pane and the centre: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps, Home/End for narrowest/widest, Enter hides the pane); double-click resets.
 */
export function Splitter({ side, controls, label, width, min, max, onResize, onHide, onReset }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  // The library grows to the right; the entities pane grows to the left.
  const sign = side === 'library' ? 1 : -1;
  const clamp = (w: number) => Math.min(max, Math.max(min, w));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
    setDragging(true);
  };
  const wanted = (event: PointerEvent) => (drag.current ? drag.current.width + sign * (event.clientX - drag.current.x) : width);
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(wanted(event)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const w = wanted(event);
    drag.current = null;
    setDragging(false);
    if (w < min - SNAP) onHide();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, number | undefined> = { ArrowLeft: width - sign * step, ArrowRight: width + sign * step, Home: min, End: max };
    if (event.key === 'Enter') {
      event.preventDefault();
      onHide();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(clamp(next));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA window-splitter pattern; <hr> cannot take focus or values
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      title={`${label}: drag, or use the arrow keys; Enter hides it; double-click resets`}
      className={`splitter splitter-${side}${dragging ? ' dragging' : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
