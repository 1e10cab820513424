import { type RefObject, useMemo, useState } from 'react';
import type { ArticleSummary, NoteSummary } from '../../../shared/model';
import { PaneIcon } from '../layout/PaneRail';
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
}

function matches(query: string, ...fields: Array<string | undefined>): boolean {
  const q = query.trim().toLowerCase();
  return !q || fields.some((f) => f?.toLowerCase().includes(q));
}

function shortDate(iso?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Notes and articles, newest first, with a search box and the import button. */
export function LibraryPane({ notes, articles, selection, searchRef, onSelect, onNewNote, onImport, trash = [], onRestore, onHide }: Props) {
  const [query, setQuery] = useState('');
  const shownNotes = useMemo(() => notes.filter((n) => matches(query, n.title)), [notes, query]);
  const shownArticles = useMemo(() => articles.filter((a) => matches(query, a.title, a.source, a.author)), [articles, query]);
  const isSelected = (kind: string, id: string) => selection?.kind === kind && selection.id === id;

  return (
    <nav className="pane library" aria-label="Library">
      <div className="pane-head">
        <span className="brand">Dossier</span>
        {onHide && (
          <button type="button" className="pane-hide" onClick={onHide} aria-label="Hide library" title="Hide library">
            <PaneIcon side="library" />
          </button>
        )}
      </div>
      <div className="library-search">
        <input ref={searchRef} type="search" placeholder="Search notes and articles" aria-label="Search library" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="library-scroll">
        <section aria-labelledby="notes-heading">
          <div className="section-head">
            <h2 id="notes-heading">Notes</h2>
            <button type="button" className="icon-btn" onClick={onNewNote} aria-label="New note" title="New note (Ctrl+N)">
              +
            </button>
          </div>
          {shownNotes.length === 0 ? (
            <p className="empty">{notes.length ? 'No note matches.' : 'No notes yet.'}</p>
          ) : (
            <ul className="item-list" aria-label="Notes">
              {shownNotes.map((n) => (
                <li key={n.id}>
                  <button type="button" className="item" aria-current={isSelected('note', n.id) ? 'page' : undefined} onClick={() => onSelect({ kind: 'note', id: n.id })}>
                    <span className="item-title">{n.title || 'Untitled note'}</span>
                    <span className="item-sub">Edited {shortDate(n.updatedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="articles-heading">
          <div className="section-head">
            <h2 id="articles-heading">Articles</h2>
          </div>
          {shownArticles.length === 0 ? (
            <p className="empty">{articles.length ? 'No article matches.' : 'No articles yet. Import one to see its people, places and quotes.'}</p>
          ) : (
            <ul className="item-list" aria-label="Articles">
              {shownArticles.map((a) => (
                <li key={a.id}>
                  <button type="button" className="item" aria-current={isSelected('article', a.id) ? 'page' : undefined} onClick={() => onSelect({ kind: 'article', id: a.id })}>
                    <span className="item-title">{a.title}</span>
                    <span className="item-sub">
                      {[a.source, shortDate(a.publishedAt ?? a.importedAt)].filter(Boolean).join(' · ')} · {a.entityCount} entities
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {trash.length > 0 && onRestore && <TrashSection trash={trash} onRestore={onRestore} />}
      </div>
      <div className="library-foot">
        <button type="button" className="primary wide" onClick={onImport} title="Import an article (Ctrl+O)">
          Import article…
        </button>
      </div>
    </nav>
  );
}
