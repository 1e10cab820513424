import type { KeyboardEvent } from 'react';
import type { SearchHit, SearchResults as Results, SearchSnippet } from '../../../shared/model';
import './search.css';

interface Props {
  results: Results | null;
  searching: boolean;
  onOpen: (hit: SearchHit) => void;
}

const GROUPS = [
  ['notes', 'Notes'],
  ['articles', 'Articles'],
  ['entities', 'Entities'],
] as const;

const TYPE_NAMES: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organisation', PLACE: 'Place', DATE: 'Date', TERM: 'Key term' };

function Snippet({ snippet }: { snippet: SearchSnippet }) {
  return (
    <span className="hit-snippet">
      {snippet.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts never move
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts never move
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/** Ranked hits grouped by kind, the matching words marked; arrow keys move between hits, Enter opens. */
export function SearchResults({ results, searching, onOpen }: Props) {
  const move = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = [...(event.currentTarget.closest('.search-results')?.querySelectorAll<HTMLButtonElement>('button.hit') ?? [])];
    const at = all.indexOf(event.target as HTMLButtonElement);
    all[Math.max(0, Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };
  if (!results) return <p className="empty search-status">{searching ? 'Searching…' : ''}</p>;
  const total = results.notes.length + results.articles.length + results.entities.length;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the hit buttons inside
    <div className="search-results" onKeyDown={move}>
      <p className="search-status" role="status">
        {total === 0 ? `Nothing matches “${results.query}”.` : `${total} ${total === 1 ? 'match' : 'matches'} for “${results.query}”`}
      </p>
      {GROUPS.map(([key, label]) => {
        const hits = results[key];
        if (hits.length === 0) return null;
        return (
          <section key={key} aria-labelledby={`search-${key}`}>
            <h2 id={`search-${key}`} className="search-group">
              {label} <span className="count">{hits.length}</span>
            </h2>
            <ul className="item-list" aria-label={`${label} found`}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="item hit" onClick={() => onOpen(hit)} title={hit.title}>
                    <span className="item-title">{hit.title}</span>
                    {hit.detail && <span className="item-sub">{hit.kind === 'entity' ? (TYPE_NAMES[hit.detail] ?? hit.detail) : hit.kind === 'note' ? `Edited ${new Date(hit.detail).toLocaleDateString()}` : hit.detail}</span>}
                    {hit.kind !== 'entity' && <Snippet snippet={hit.snippet} />}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
