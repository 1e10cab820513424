import { type KeyboardEvent, type ReactNode, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { NotebookCase } from '../../../shared/api';
import type { ArticleSummary, NoteSummary, SearchHit } from '../../../shared/model';
import { NotebookButton } from '../cases/NotebookButton';
import { PaneIcon } from '../layout/PaneRail';
import { useRovingList } from '../lib/useRovingList';
import { rowOffsets, VirtualList } from '../lib/VirtualList';
import { type LibraryRow, libraryKey, libraryRowHeight, libraryRows, type Section } from './library-rows';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { TrashSection } from './TrashSection';

export type Selection = { kind: 'note'; id: string } | { kind: 'article'; id: string } | null;

interface Props {
  notes: NoteSummary[];
  articles: ArticleSummary[];
  selection: Selection;
  searchRef: RefObject<HTMLInputElement | null>;
  onSelect: (selection: Selection) => void;
  onNewNote: () => void;
  onImport: () => void;
  /** Notes in the trash, newest first, and how to bring one back. */
  trash?: NoteSummary[];
  onRestore?: (id: string) => void;
  /** Hide the library (it leaves a rail to show it again). */
  onHide?: () => void;
  /** Full-text search: with two letters or more typed, ranked hits over everything replace the list. */
  onOpenHit?: (hit: SearchHit) => void;
  /** Bumped when the notebook changed, so the hits shown are asked for again. */
  searchRevision?: number;
  /** Articles in the trash; Delete on an article moves it there. */
  articleTrash?: ArticleSummary[];
  onTrashArticle?: (id: string, title: string) => void;
  onRestoreArticle?: (id: string) => void;
  onEmptyTrash?: () => void;
  /** The notebook open now (one per case), and how to switch or start one. */
  notebook?: NotebookCase;
  onNotebooks?: () => void;
  /** The ways to the pictures (timeline, entity graph), under the search box. */
  pictures?: ReactNode;
}

function shortDate(iso?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  // A day alone ("2016-10-09") is that day wherever the reader is, not midnight in London.
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined;
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
}

const SECTION_LABEL: Record<Section, string> = { notes: 'Notes', articles: 'Articles' };

/**
 * Notes and articles, newest first, with a search box and the import button. The list renders only
 * the rows in view, so a case of thousands of articles opens and scrolls like one of fifty, and it is
 * one tab stop: the arrow keys move along it, Enter opens.
 */
export function LibraryPane({
  notes,
  articles,
  selection,
  searchRef,
  onSelect,
  onNewNote,
  onImport,
  trash = [],
  onRestore,
  onHide,
  onOpenHit,
  searchRevision = 0,
  articleTrash = [],
  onTrashArticle,
  onRestoreArticle,
  onEmptyTrash,
  notebook,
  onNotebooks,
  pictures,
}: Props) {
  const [query, setQuery] = useState('');
  const searching = Boolean(onOpenHit) && query.trim().length >= 2;
  const search = useSearch(searching ? query : '', searchRevision);
  const hitsRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => libraryRows(notes, articles, query), [notes, articles, query]);
  const offsets = useMemo(() => rowOffsets(rows, libraryRowHeight), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const current = selection ? `${selection.kind}:${selection.id}` : null;
  const roving = useRovingList({ rows, keyOf: libraryKey, offsets, scroller, list: listRef, current });
  // Where each section's items start and how many it has, for "item 3 of 40".
  const sections = useMemo(() => {
    const at = (kind: string) => rows.findIndex((r) => r.kind === kind);
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    return { note: { first: at('note'), size: count('note') }, article: { first: at('article'), size: count('article') } };
  }, [rows]);

  const item = useCallback(
    (row: LibraryRow, index: number) => {
      const key = libraryKey(row);
      if (!key || (row.kind !== 'note' && row.kind !== 'article')) return null;
      const [title, sub, open] =
        row.kind === 'note'
          ? [row.note.title || 'Untitled note', `Edited ${shortDate(row.note.updatedAt)}`, { kind: 'note' as const, id: row.note.id }]
          : [
              row.article.title,
              // An article without a date says so: its import day is not when it was published.
              `${[row.article.source, row.article.publishedAt ? shortDate(row.article.publishedAt) : 'undated'].filter(Boolean).join(' · ')} · ${row.article.entityCount} entities`,
              { kind: 'article' as const, id: row.article.id },
            ];
      const { first, size } = sections[row.kind];
      return (
        <li key={key} aria-setsize={size} aria-posinset={index - first + 1}>
          <button
            type="button"
            className="item"
            data-roving-key={key}
            data-pane-focus={key === roving.stop ? '' : undefined}
            tabIndex={key === roving.stop ? 0 : -1}
            aria-current={key === current ? 'page' : undefined}
            title={title}
            onFocus={() => roving.onFocus(key)}
            onKeyDown={(event) => {
              if (event.key === 'Delete' && row.kind === 'article' && onTrashArticle) {
                event.preventDefault();
                onTrashArticle(row.article.id, row.article.title);
                return;
              }
              roving.onKeyDown(event);
            }}
            onClick={() => onSelect(open)}
          >
            <span className="item-title">{title}</span>
            <span className="item-sub">{sub}</span>
          </button>
        </li>
      );
    },
    [sections, roving, current, onSelect, onTrashArticle],
  );

  const render = useCallback(
    (visible: LibraryRow[], firstIndex: number) => {
      // Runs of one section become one list, so notes and articles stay named lists for screen readers.
      const out: ReactNode[] = [];
      let run: { section: Section; items: ReactNode[]; at: number } | null = null;
      const flush = () => {
        if (run?.items.length)
          out.push(
            <ul key={`list-${run.section}-${run.at}`} className="item-list" aria-label={SECTION_LABEL[run.section]}>
              {run.items}
            </ul>,
          );
        run = null;
      };
      visible.forEach((row, i) => {
        const index = firstIndex + i;
        if (row.kind === 'head') {
          flush();
          out.push(
            <div key={`head-${row.section}`} className="section-head">
              <h2 id={`${row.section}-heading`}>{SECTION_LABEL[row.section]}</h2>
              {row.section === 'notes' && (
                <button type="button" className="icon-btn" onClick={onNewNote} aria-label="New note" title="New note (Ctrl+N)">
                  +
                </button>
              )}
            </div>,
          );
        } else if (row.kind === 'empty') {
          flush();
          out.push(
            <p key={`empty-${row.section}`} className="empty library-empty">
              {row.text}
            </p>,
          );
        } else {
          const section: Section = row.kind === 'note' ? 'notes' : 'articles';
          if (run?.section !== section) {
            flush();
            run = { section, items: [], at: index };
          }
          run.items.push(item(row, index));
        }
      });
      flush();
      return out;
    },
    [item, onNewNote],
  );

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'Enter') return;
    event.preventDefault();
    if (searching) hitsRef.current?.querySelector<HTMLButtonElement>('button.hit')?.focus();
    else roving.focusStop();
  };

  return (
    <nav className="pane library" aria-label="Library">
      <div className="pane-head">
        {onNotebooks ? <NotebookButton current={notebook} onOpen={onNotebooks} /> : <span className="brand">Dossier</span>}
        {onHide && (
          <button type="button" className="pane-hide" onClick={onHide} aria-label="Hide library" title="Hide library">
            <PaneIcon side="library" />
          </button>
        )}
      </div>
      <div className="library-search">
        <input ref={searchRef} type="search" placeholder="Search articles, notes, entities" aria-label="Search library" title="Search everything in this notebook (Ctrl+Shift+F); &quot;quotes&quot; for a phrase" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
      </div>
      {pictures}
      <div className="library-scroll" ref={scroller}>
        {searching ? (
          <div ref={hitsRef}>
            <SearchResults results={search.results} searching={search.searching} onOpen={(hit) => onOpenHit?.(hit)} />
          </div>
        ) : (
          <div ref={listRef}>
            <VirtualList items={rows} height={libraryRowHeight} scroller={scroller} render={render} pinned={roving.pinned} />
          </div>
        )}
        {!searching && trash.length + articleTrash.length > 0 && onRestore && (
          <TrashSection trash={trash} articles={articleTrash} onRestore={onRestore} onRestoreArticle={onRestoreArticle} onEmpty={onEmptyTrash} />
        )}
      </div>
      <div className="library-foot">
        <button type="button" className="primary wide" onClick={onImport} title="Import an article (Ctrl+O)">
          Import article…
        </button>
      </div>
    </nav>
  );
}
