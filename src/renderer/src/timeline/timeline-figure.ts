import type { TimelineEvent } from '../../../shared/model';
import { dateLabel } from './dates';
import type { Figure } from './insert-figure';

/** Rows a figure carries at most: a brief cites the statements, it does not reprint the case. */
export const FIGURE_ROWS = 40;

/** The timeline shown (filtered as the analyst filtered it) as a figure: date, statement, names, source. */
export function timelineFigure(events: TimelineEvent[], filter: string): Figure {
  const shown = events.slice(0, FIGURE_ROWS);
  const first = shown[0];
  const last = shown.at(-1);
  const span = first && last ? `${dateLabel(first.iso, first.precision)} – ${dateLabel(last.iso, last.precision)}` : '';
  const more = events.length > shown.length ? `, the first ${shown.length} of ${events.length}` : '';
  return {
    title: `Timeline${filter ? `: ${filter}` : ''}${span ? `, ${span}` : ''}`,
    caption: `Dated statements from the articles, in date order${more}; each date as precise as its article gave it. Drawn by Dossier.`,
    header: ['Date', 'Statement', 'Named'],
    rows: shown.map((e) => ({ cells: [dateLabel(e.iso, e.precision), e.sentence, e.entities.map((x) => x.name).join(', ')], source: e })),
  };
}
