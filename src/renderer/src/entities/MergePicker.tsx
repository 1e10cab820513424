import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityCard, EntitySummary } from '../../../shared/model';
import { api } from '../lib/api';
import { TYPE_LABELS } from './types';

interface Props {
  card: EntityCard;
  onMerge: (ids: string[], laterImports: boolean) => void;
  onCancel: () => void;
}

const SHOWN = 40;

/**
 * Choose the entities that are really this one; they become its aliases. Arrow keys move from the
 * search box through the choices, Enter or Space ticks one; whether later imports follow is asked,
 * and by default they do not (a merge right for these articles may be wrong for the next).
 */
export function MergePicker({ card, onMerge, onCancel }: Props) {
  const [all, setAll] = useState<EntitySummary[]>([]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [laterImports, setLaterImports] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    api.listEntities().then(setAll, () => setAll([]));
  }, []);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return all
      .filter((e) => e.id !== card.id && (!q || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q))))
      .sort((a, b) => Number(b.type === card.type) - Number(a.type === card.type) || b.mentionCount - a.mentionCount)
      .slice(0, SHOWN);
  }, [all, query, card]);
  const flip = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const boxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
  const onArrow = (e: KeyboardEvent<HTMLElement>) => {
    const all = boxes();
    const at = all.indexOf(document.activeElement as HTMLInputElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      if (next < 0) search.current?.focus();
      else all[next]?.focus();
    } else if (e.key === 'Enter' && at >= 0) {
      e.preventDefault();
      flip(all[at].value);
    } else if (e.key === 'Enter' && document.activeElement === search.current && all.length > 0) {
      // Enter in the search box ticks the first match, as a picker's top choice.
      e.preventDefault();
      flip(all[0].value);
      all[0].focus();
    }
  };

  return (
    <fieldset className="card-form merge-picker" onKeyDown={(e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onCancel();
    }}>
      <legend>Merge into “{card.name}”</legend>
      <input
        type="search"
        aria-label="Find entities to merge"
        placeholder="Find entities to merge…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onArrow}
        ref={(el) => {
          if (el && search.current !== el) el.focus();
          search.current = el;
        }}
      />
      <ul className="merge-choices" aria-label="Entities to merge" ref={list} onKeyDown={onArrow}>
        {shown.map((e) => (
          <li key={e.id}>
            <label>
              <input type="checkbox" value={e.id} checked={chosen.has(e.id)} onChange={() => flip(e.id)} />
              <span className="entity-name">{e.name}</span>
              <span className="entity-count">
                {TYPE_LABELS[e.type].singular} · ×{e.mentionCount}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="merge-scope" role="radiogroup" aria-label="Apply the merge to">
        <label>
          <input type="radio" name="merge-scope" checked={!laterImports} onChange={() => setLaterImports(false)} />
          Only this notebook’s articles so far
        </label>
        <label>
          <input type="radio" name="merge-scope" checked={laterImports} onChange={() => setLaterImports(true)} />
          These and later imports
        </label>
      </div>
      <div className="merge-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => onMerge([...chosen], laterImports)}>
          Merge {chosen.size || ''} into “{card.name}”
        </button>
      </div>
    </fieldset>
  );
}
