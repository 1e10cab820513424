import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { EntitySummary } from '../../../shared/model';
import { api } from '../lib/api';
import { TYPE_LABELS } from './types';

interface Props {
  /** Who the quote is given to now, if anyone. */
  currentId?: string;
  onChoose: (speakerId: string | null) => void;
  onCancel: () => void;
}

const SHOWN = 8;

/** Who said it: a person or organisation of the notebook, found by typing; arrows and Enter choose. */
export function SpeakerPicker({ currentId, onChoose, onCancel }: Props) {
  const [all, setAll] = useState<EntitySummary[]>([]);
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    api.listEntities().then((found) => setAll(found.filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION')), () => setAll([]));
  }, []);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return all.filter((e) => e.id !== currentId && (!q || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q)))).slice(0, SHOWN);
  }, [all, query, currentId]);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
      if (next < 0) search.current?.focus();
      else buttons[next]?.focus();
    } else if (e.key === 'Enter' && document.activeElement === search.current && shown[0]) {
      e.preventDefault();
      onChoose(shown[0].id);
    }
  };
  return (
    <fieldset className="card-form speaker-picker" onKeyDown={onKeyDown}>
      <legend className="visually-hidden">Who said it</legend>
      <input
        type="search"
        aria-label="Find the speaker"
        placeholder="Find a person or organisation…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        ref={(el) => {
          if (el && search.current !== el) el.focus();
          search.current = el;
        }}
      />
      <ul className="speaker-choices" aria-label="Speakers" ref={list}>
        {shown.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => onChoose(e.id)}>
              <span className="entity-name">{e.name}</span>
              <span className="entity-count">{TYPE_LABELS[e.type].singular}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="merge-buttons">
        <button type="button" onClick={() => onChoose(null)}>
          Nobody known
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
