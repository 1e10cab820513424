import type { NoteSummary } from '../../../shared/model';

/** The note a citation goes to: an id, or NEW_NOTE for a note of its own. */
export const NEW_NOTE = 'new';

export interface CiteInto {
  notes: readonly NoteSummary[];
  target: string;
  onTarget: (id: string) => void;
}

/** "Cite into [note]": the note that "Cite in note" writes to; the last one written in, until changed. */
export function CiteTarget({ notes, target, onTarget }: CiteInto) {
  return (
    <label className="cite-into">
      <span>Cite into</span>
      <select value={target} onChange={(e) => onTarget(e.target.value)} aria-label="Cite into">
        {notes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.title || 'Untitled note'}
          </option>
        ))}
        <option value={NEW_NOTE}>A new note</option>
      </select>
    </label>
  );
}
