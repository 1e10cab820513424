import { useEffect, useMemo, useState } from 'react';
import { setEntityDragData } from '../editor/mentions/entity-drag';
import type { EntitySummary, StoredQuote } from '../../../shared/model';
import { TYPE_LABELS, TYPE_ORDER, typeClass } from './types';

interface Props {
  entities: EntitySummary[];
  quotes: StoredQuote[];
  scopeLabel: string;
  /** Show just this entity (a mention in the note was clicked). A new object each time, so a second click works too. */
  focus?: { name: string } | null;
}

function uniqueTitles(entity: EntitySummary): string[] {
  return [...new Set(entity.roles.map((r) => (r.former ? `former ${r.title}` : r.title)))].slice(0, 3);
}

/** Entities of the open article (or the notebook), grouped by type with counts, and its quotes. */
export function EntitiesPane({ entities, quotes, scopeLabel, focus }: Props) {
  const [filter, setFilter] = useState('');
  useEffect(() => {
    if (focus) setFilter(focus.name);
  }, [focus]);
  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const shown = q ? entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q))) : entities;
    return TYPE_ORDER.map((type) => ({ type, items: shown.filter((e) => e.type === type) })).filter((g) => g.items.length > 0);
  }, [entities, filter]);
  const statements = quotes.filter((q) => !q.fragment);

  return (
    <aside className="pane entities" aria-label="Entities">
      <div className="pane-head">
        <h2>Entities</h2>
        <span className="scope">{scopeLabel}</span>
      </div>
      <div className="library-search">
        <input type="search" placeholder="Filter entities" aria-label="Filter entities" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="entities-scroll">
        {groups.length === 0 && <p className="empty">{entities.length ? 'Nothing matches the filter.' : 'Import an article to see who and what it mentions.'}</p>}
        {groups.map(({ type, items }) => (
          <section key={type} aria-label={`${TYPE_LABELS[type].plural} (${items.length})`} className="entity-group">
            <h3>
              <span className={`dot ${typeClass(type)}`} aria-hidden="true" />
              {TYPE_LABELS[type].plural} <span className="count">{items.length}</span>
            </h3>
            <ul aria-label={TYPE_LABELS[type].plural}>
              {items.map((e) => (
                <li
                  key={e.id}
                  className="entity-row"
                  draggable
                  title="Drag into the note to mention"
                  onDragStart={(event) => setEntityDragData(event.dataTransfer, e)}
                >
                  <div className="entity-line">
                    <span className="entity-name">{e.name}</span>
                    <span className="entity-count" title={`${e.mentionCount} mentions in ${e.articleCount} article(s)`}>
                      ×{e.mentionCount}
                    </span>
                  </div>
                  {uniqueTitles(e).length > 0 && <div className="entity-roles">{uniqueTitles(e).join(' · ')}</div>}
                  {e.iso && <div className="entity-roles">{e.iso}</div>}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {statements.length > 0 && (
          <section aria-label={`Quotes (${statements.length})`} className="entity-group">
            <h3>
              <span className="dot t-quote" aria-hidden="true" />
              Quotes <span className="count">{statements.length}</span>
            </h3>
            <ul aria-label="Quotes">
              {statements.map((q) => (
                <li key={q.start} className="quote-row">
                  <blockquote>“{q.text.length > 220 ? `${q.text.slice(0, 220)}…` : q.text}”</blockquote>
                  <div className="quote-speaker">— {q.speaker ?? 'speaker not found'}</div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
