import type { DatePrecision } from '../../../shared/model';

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a time in ms, at the start of the period it names. */
export function isoStart(iso: string): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The end of the period an ISO date names (exclusive): the next day, month or year. */
export function isoEnd(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d + 1);
  if (m) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** "27 Sept 2024", "October 2024", "2025": only as much as the text said. */
export function dateLabel(iso: string, precision: DatePrecision): string {
  const at = new Date(isoStart(iso));
  if (precision === 'year') return String(at.getUTCFullYear());
  if (precision === 'month') return at.toLocaleDateString(undefined, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  return at.toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

const DAY = 86_400_000;
type Step = { every: number; unit: 'year' | 'month' | 'day' };
const STEPS: Step[] = [
  { every: 1, unit: 'day' },
  { every: 7, unit: 'day' },
  { every: 1, unit: 'month' },
  { every: 3, unit: 'month' },
  { every: 1, unit: 'year' },
  { every: 5, unit: 'year' },
  { every: 10, unit: 'year' },
  { every: 50, unit: 'year' },
];

/** Calendar ticks between `from` and `to` (ms), no more than `most`, each with its label. */
export function ticks(from: number, to: number, most: number): Array<{ at: number; label: string }> {
  const span = to - from;
  const step = STEPS.find((s) => span / (s.unit === 'day' ? s.every * DAY : s.unit === 'month' ? s.every * 30.4 * DAY : s.every * 365.25 * DAY) <= most) ?? STEPS[STEPS.length - 1];
  const out: Array<{ at: number; label: string }> = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  let d = start.getUTCDate();
  if (step.unit === 'year') {
    y = Math.ceil(y / step.every) * step.every;
    for (let t = Date.UTC(y, 0, 1); t <= to; y += step.every, t = Date.UTC(y, 0, 1)) if (t >= from) out.push({ at: t, label: String(y) });
  } else if (step.unit === 'month') {
    m = Math.ceil(m / step.every) * step.every;
    for (let t = Date.UTC(y, m, 1); t <= to; m += step.every, t = Date.UTC(y, m, 1)) {
      if (t < from) continue;
      const at = new Date(t);
      out.push({ at: t, label: at.getUTCMonth() === 0 ? String(at.getUTCFullYear()) : at.toLocaleDateString(undefined, { timeZone: 'UTC', month: 'short' }) });
    }
  } else {
    for (let t = Date.UTC(y, m, d); t <= to; d += step.every, t = Date.UTC(y, m, d)) {
      if (t < from) continue;
      out.push({ at: t, label: new Date(t).toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' }) });
    }
  }
  return out;
}
