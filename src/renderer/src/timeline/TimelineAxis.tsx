import { type PointerEvent, useMemo, useRef, useState, type WheelEvent } from 'react';
import type { TimelineEvent } from '../../../shared/model';
import { dateLabel, isoEnd, isoStart, ticks } from './dates';
import { useWidth } from './useWidth';

const DAY = 86_400_000;
const HEIGHT = 132;
const DAY_LANE = 64; // baseline of the stacked day dots
const BAND_LANE = 84; // month and year statements: spans, never a day
const DOT = 5;

interface Props {
  events: TimelineEvent[];
  selected: string | null;
  onOpen: (event: TimelineEvent) => void;
}

/**
 * The dated statements on a time axis: a dot a statement on its day (stacked when a day has several),
 * a span for a month or a year. Wheel zooms around the pointer, dragging pans, double-click fits.
 * Drawn as SVG in the window's colours; the list beside it is the way in for the keyboard.
 */
export function TimelineAxis({ events, selected, onOpen }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const full = useMemo<[number, number]>(() => {
    if (events.length === 0) return [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    const from = Math.min(...events.map((e) => isoStart(e.iso)));
    const to = Math.max(...events.map((e) => isoEnd(e.iso)));
    const pad = Math.max((to - from) * 0.04, 2 * DAY);
    return [from - pad, to + pad];
  }, [events]);
  const [view, setView] = useState<[number, number] | null>(null);
  const [from, to] = view ?? full;
  const margin = 16;
  const x = (t: number) => margin + ((t - from) / (to - from)) * (width - 2 * margin);
  const drag = useRef<{ at: number; from: number; to: number } | null>(null);

  const stacks = useMemo(() => {
    const perDay = new Map<string, TimelineEvent[]>();
    const bands: TimelineEvent[] = [];
    for (const e of events) {
      if (e.precision !== 'day') bands.push(e);
      else perDay.set(e.iso, [...(perDay.get(e.iso) ?? []), e]);
    }
    return { perDay: [...perDay], bands };
  }, [events]);

  const onWheel = (event: WheelEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const at = from + ((event.clientX - rect.left - margin) / (width - 2 * margin)) * (to - from);
    const k = event.deltaY > 0 ? 1.25 : 0.8;
    const span = Math.max((to - from) * k, 3 * DAY);
    const share = (at - from) / (to - from);
    setView([at - span * share, at - span * share + span]);
  };
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('.tl-event')) return;
    drag.current = { at: event.clientX, from, to };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const shift = ((event.clientX - d.at) / (width - 2 * margin)) * (d.to - d.from);
    setView([d.from - shift, d.to - shift]);
  };

  return (
    <div className="tl-axis" ref={box}>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Time axis of ${events.length} dated statements; the list below holds the same statements`}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => {
          drag.current = null;
        }}
        onDoubleClick={() => setView(null)}
      >
        <line className="tl-baseline" x1={margin} x2={width - margin} y1={DAY_LANE + 10} y2={DAY_LANE + 10} />
        {ticks(from, to, Math.max(2, Math.floor(width / 64))).map((t) => (
          <g key={t.at} className="tl-tick" transform={`translate(${x(t.at)},0)`}>
            <line y1={DAY_LANE + 10} y2={HEIGHT - 22} />
            <text y={HEIGHT - 8} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {stacks.bands.map((e, i) => {
          const a = Math.max(x(isoStart(e.iso)), margin);
          const b = Math.min(x(isoEnd(e.iso)), width - margin);
          if (b <= margin || a >= width - margin) return null;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the list beside the drawing is the keyboard's way to the same thing
            <rect
              key={e.id}
              className={`tl-event tl-band${e.id === selected ? ' selected' : ''}`}
              x={a}
              y={BAND_LANE + (i % 3) * 7}
              width={Math.max(b - a, 3)}
              height={5}
              rx={2.5}
              onClick={() => onOpen(e)}
            >
              <title>{`${dateLabel(e.iso, e.precision)}: ${e.sentence}`}</title>
            </rect>
          );
        })}
        {stacks.perDay.map(([iso, list]) => {
          const cx = x(isoStart(iso) + DAY / 2);
          if (cx < margin || cx > width - margin) return null;
          const shown = list.slice(0, 6);
          return (
            <g key={iso}>
              {shown.map((e, i) => (
                // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the list beside the drawing is the keyboard's way to the same thing
                <circle key={e.id} className={`tl-event tl-dot${e.id === selected ? ' selected' : ''}`} cx={cx} cy={DAY_LANE - i * (DOT * 2 + 2)} r={DOT} onClick={() => onOpen(e)}>
                  <title>{`${dateLabel(e.iso, e.precision)}: ${e.sentence} (${e.articleTitle})`}</title>
                </circle>
              ))}
              {list.length > shown.length && (
                <text className="tl-more" x={cx} y={DAY_LANE - shown.length * (DOT * 2 + 2) - 2} textAnchor="middle">
                  +{list.length - shown.length}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
