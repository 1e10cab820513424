import { useEffect, useMemo, useState } from 'react';
import type { EntityCard, EntitySummary } from '../../../shared/model';
import { api } from '../lib/api';
import { TYPE_LABELS } from './types';

interface Props {
  card: EntityCard;
  onMerge: (ids: string[]) => void;
  onCancel: () => void;
}

const SHOWN = 40;

/** Choose the entities that are really this one; they become its aliases. */
export function MergePicker({ card, onMerge, onCancel }: Props) {
  const [all, setAll] = useState<EntitySummary[]>([]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
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

  return (
    <fieldset className="card-form merge-picker" onKeyDown={(e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onCancel();
    }}>
      <legend>Merge into “{card.name}”</legend>
      <input type="search" aria-label="Find entities to merge" placeholder="Find entities to merge…" value={query} onChange={(e) => setQuery(e.target.value)} ref={(el) => el?.focus()} />
      <ul className="merge-choices" aria-label="Entities to merge">
        {shown.map((e) => (
          <li key={e.id}>
            <label>
              <input type="checkbox" checked={chosen.has(e.id)} onChange={() => flip(e.id)} />
              <span className="entity-name">{e.name}</span>
              <span className="entity-count">
                {TYPE_LABELS[e.type].singular} · ×{e.mentionCount}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="merge-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => onMerge([...chosen])}>
          Merge {chosen.size || ''} into “{card.name}”
        </button>
      </div>
    </fieldset>
  );
}
