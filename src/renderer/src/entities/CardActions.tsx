import { useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../shared/extraction';
import type { EntityCard } from '../../../shared/model';
import { api, saveFile } from '../lib/api';
import { MergePicker } from './MergePicker';
import { TYPE_LABELS } from './types';

interface Props {
  card: EntityCard;
  onCorrect: (run: () => Promise<string | null>) => Promise<void>;
}

type Open = 'rename' | 'merge' | null;

/** The corrections a card offers; each is undoable from the sidebar. */
export function CardActions({ card, onCorrect }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [name, setName] = useState(card.name);
  const toggle = (what: Open) => {
    setName(card.name);
    setOpen((current) => (current === what ? null : what));
  };
  return (
    <div className="card-actions">
      <div className="card-toolbar" role="toolbar" aria-label="Correct this entity">
        <button type="button" onClick={() => toggle('rename')} aria-expanded={open === 'rename'}>
          Rename…
        </button>
        <button type="button" onClick={() => toggle('merge')} aria-expanded={open === 'merge'}>
          Merge…
        </button>
        <label className="type-select">
          <span className="visually-hidden">Type</span>
          <select
            aria-label="Type"
            value={card.type}
            onChange={(e) => onCorrect(async () => (await api.retypeEntity(card.id, e.target.value as EntityType)).id)}
          >
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t].singular}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onCorrect(async () => {
          await api.ignoreEntity(card.id);
          return null;
        })} title="Remove it, and leave this name out of later imports">
          Not an entity
        </button>
        <button type="button" className="danger" onClick={() => onCorrect(async () => {
          await api.deleteEntity(card.id);
          return null;
        })} title="Remove it from the notebook (later imports may find it again)">
          Delete
        </button>
        <button type="button" onClick={async () => saveFile(await api.exportEntityDossier(card.id))} title="Save this card with every mention, quote and source as Markdown">
          Export dossier
        </button>
      </div>
      {open === 'rename' && (
        <form
          className="card-form"
          onSubmit={(e) => {
            e.preventDefault();
            setOpen(null);
            void onCorrect(async () => (await api.renameEntity(card.id, name)).id);
          }}
        >
          <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            setOpen(null);
          }} ref={(el) => el?.focus()} />
          <button type="submit" className="primary">
            Rename
          </button>
        </form>
      )}
      {open === 'merge' && (
        <MergePicker
          card={card}
          onCancel={() => setOpen(null)}
          onMerge={(ids, laterImports) => {
            setOpen(null);
            void onCorrect(async () => (await api.mergeEntities(card.id, ids, { laterImports })).id);
          }}
        />
      )}
    </div>
  );
}
