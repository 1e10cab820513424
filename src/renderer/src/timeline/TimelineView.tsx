import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline, TimelineEvent } from '../../../shared/model';
import { TYPE_LABELS, typeClass } from '../entities/types';
import { api } from '../lib/api';
import { usePagedList } from '../lib/usePagedList';
import { type CiteInto, CiteTarget } from '../reader/CiteTarget';
import { dateLabel } from './dates';
import type { Figure } from './insert-figure';
import { svgToPng } from './svg-picture';
import { TimelineAxis } from './TimelineAxis';
import { timelineFigure } from './timeline-figure';
import './pictures.css';
import './timeline.css';

interface Props {
  /** Bumped when the notebook's articles or entities changed. */
  revision: number;
  citeInto: CiteInto;
  onOpenPassage: (articleId: string, start: number, end: number) => void;
  onCite: (event: TimelineEvent) => void;
  onInsert: (figure: Figure) => void;
  report: (error: unknown) => void;
  actions?: ReactNode;
}

/**
 * Statements listed at first, and added each time the list is scrolled to its end: a notebook of
 * thousands of dated statements opens at once instead of after laying out every one of them.
 */
const PAGE = 80;

function matches(event: TimelineEvent, words: string): boolean {
  if (!words) return true;
  const hay = `${event.sentence} ${event.articleTitle} ${event.source ?? ''} ${event.entities.map((e) => e.name).join(' ')}`.toLowerCase();
  return words.split(/\s+/).every((w) => hay.includes(w));
}

/** The sentence with its date marked, as the reader marks a date. */
function Sentence({ event }: { event: TimelineEvent }) {
  const at = event.dateStart - event.start;
  const to = event.dateEnd - event.start;
  if (at < 0 || to > event.sentence.length) return <>{event.sentence}</>;
  return (
    <>
      {event.sentence.slice(0, at)}
      <mark className="mention t-date">{event.sentence.slice(at, to)}</mark>
      {event.sentence.slice(to)}
    </>
  );
}

/**
 * Every dated statement in the notebook, on a time axis and as a chronological list grouped by date.
 * A statement opens its article at the sentence; "Cite" sends it to the note as a citation, and
 * "Insert into note" adds the shown statements as a figure with their sources.
 */
export function TimelineView({ revision, citeInto, onOpenPassage, onCite, onInsert, report, actions }: Props) {
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void revision;
    api.getTimeline().then((t) => live && setTimeline(t), report);
    return () => {
      live = false;
    };
  }, [revision, report]);

  const words = filter.trim().toLowerCase();
  const events = useMemo(() => (timeline?.events ?? []).filter((e) => matches(e, words)), [timeline, words]);
  const { shown, more, showMore } = usePagedList(PAGE, [timeline, words]);
  const groups = useMemo(() => {
    const out: Array<{ iso: string; label: string; events: TimelineEvent[] }> = [];
    for (const e of events.slice(0, shown)) {
      if (out.at(-1)?.iso !== e.iso) out.push({ iso: e.iso, label: dateLabel(e.iso, e.precision), events: [] });
      out.at(-1)!.events.push(e);
    }
    return out;
  }, [events, shown]);
  const rest = events.length - shown;
  const axis = useRef<HTMLDivElement>(null);
  // The figure carries the axis as drawn (a PNG); if it cannot be drawn, the table and sources still go in.
  const insert = async () => {
    const figure = timelineFigure(events, filter.trim());
    const svg = axis.current?.querySelector('svg');
    if (svg && axis.current) {
      // Copied in the light palette whatever the window's: the picture goes on paper.
      axis.current.classList.add('light-colours');
      // svgToPng reads the colours before its first wait, so the window's own are back at once.
      const drawing = svgToPng(svg, getComputedStyle(axis.current).getPropertyValue('--page').trim() || '#ffffff');
      axis.current.classList.remove('light-colours');
      const picture = await drawing.catch(() => null);
      if (picture) figure.image = { ...picture, alt: `Timeline of ${events.length} dated statement${events.length === 1 ? '' : 's'}${figure.title.replace(/^Timeline/, '')}` };
    }
    onInsert(figure);
  };
  const open = (e: TimelineEvent) => {
    setSelected(e.id);
    onOpenPassage(e.articleId, e.start, e.end);
  };

  const total = timeline?.total ?? 0;
  const summary = !timeline
    ? 'Reading the dates…'
    : `${events.length} of ${total} dated statement${total === 1 ? '' : 's'}${total > timeline.events.length ? ` (the latest ${timeline.events.length})` : ''}${timeline.unresolved ? ` · ${timeline.unresolved} vague date${timeline.unresolved === 1 ? '' : 's'} left off` : ''}`;
  return (
    <section className="picture timeline" aria-label="Timeline">
      <div className="toolbar picture-toolbar" role="toolbar" aria-label="Timeline tools">
        <h1 className="picture-title">Timeline</h1>
        <input type="search" className="picture-filter" placeholder="Filter by name or word" aria-label="Filter statements" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="tb-spacer" />
        <CiteTarget {...citeInto} />
        <button type="button" className="tb-text-btn" disabled={events.length === 0} onClick={() => void insert()} title="Add the timeline to the note as a picture, with the statements shown and their sources">
          Insert into note
        </button>
        {actions}
      </div>
      <div className="picture-scroll">
        <div className="picture-page">
          <p className="picture-summary" role="status">
            {summary}
          </p>
          {timeline && total === 0 && <p className="picture-empty">No dated statements yet. Import articles that say when things happened (“on October 2”, “in March 2023”) and they appear here in date order.</p>}
          {events.length > 0 && (
            <div ref={axis}>
              <TimelineAxis events={events} selected={selected} onOpen={open} />
            </div>
          )}
          {groups.length > 0 && (
            <ol className="tl-list" aria-label="Dated statements">
              {groups.map((g) => (
                <li key={g.iso} className="tl-day" data-iso={g.iso}>
                  <h2 className="tl-date">
                    <time dateTime={g.iso}>{g.label}</time>
                  </h2>
                  <ul aria-label={g.label}>
                    {g.events.map((e) => (
                      <li key={e.id} className={`tl-item${e.id === selected ? ' selected' : ''}`} data-iso={e.iso}>
                        <button type="button" className="tl-open" onClick={() => open(e)} title="Open the article at this sentence">
                          <span className="tl-sentence">
                            <Sentence event={e} />
                          </span>
                          <span className="tl-source">{[e.articleTitle, e.source, e.publishedAt].filter(Boolean).join(' · ')}</span>
                        </button>
                        <div className="tl-side">
                          {e.entities.length > 0 && (
                            <ul className="tl-names" aria-label="Named">
                              {e.entities.slice(0, 6).map((x) => (
                                <li key={x.id} className={`chip ${typeClass(x.type)}`} title={TYPE_LABELS[x.type].singular}>
                                  {x.name}
                                </li>
                              ))}
                            </ul>
                          )}
                          <button type="button" className="tl-cite" onClick={() => onCite(e)} aria-label={`Cite in note: ${e.sentence.slice(0, 60)}`} title="Send this statement to the note as a citation">
                            Cite
                          </button>
                        </div>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {rest > 0 && (
            <button type="button" ref={more} className="tl-more-button" onClick={showMore}>
              Show {Math.min(rest, PAGE)} more statement{rest === 1 ? '' : 's'}{rest > PAGE ? ` (${rest.toLocaleString('en')} not yet listed)` : ''}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
