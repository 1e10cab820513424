import { useEffect, useState } from 'react';
import type { MoveResult, NotebookCase } from '../../../shared/api';
import { api, errorMessage } from '../lib/api';
import { closedBy, FormError, useModal } from '../lib/dialog';
import { settleSaves } from '../lib/save-queue';
import './cases.css';

export interface MoveRequest {
  kind: 'note' | 'article';
  id: string;
  title: string;
}

interface Props {
  item: MoveRequest | null;
  current?: NotebookCase;
  onClose: () => void;
  onMoved: (result: MoveResult, item: MoveRequest) => void;
}

/** Sends the open note or article to another case's notebook: it goes there and leaves this one. */
export function MoveDialog({ item, current, onClose, onMoved }: Props) {
  const [notebooks, setNotebooks] = useState<NotebookCase[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useModal(item !== null, () => {
    setError(null);
    setBusy(false);
  });
  useEffect(() => {
    if (!item) return;
    setNotebooks(null);
    api.listNotebooks().then(
      (all) => setNotebooks(all.filter((n) => n.id !== current?.id)),
      (problem) => setError(errorMessage(problem)),
    );
  }, [item, current?.id]);

  const move = async (target: NotebookCase) => {
    if (!item) return;
    setBusy(true);
    setError(null);
    try {
      // What the editor holds is saved here before the note leaves.
      if (item.kind === 'note') await settleSaves(item.id);
      onMoved(await api.moveToNotebook({ kind: item.kind, id: item.id }, target.id), item);
    } catch (problem) {
      setError(errorMessage(problem));
      setBusy(false);
    }
  };

  const what = item?.kind === 'article' ? 'article' : 'note';
  return (
    <dialog ref={ref} className="dialog notebooks-dialog" aria-labelledby="move-title" {...closedBy(ref, onClose)}>
      <div className="dialog-body" aria-busy={busy}>
        <h2 id="move-title">Move to another notebook</h2>
        <p className="hint">
          “{item?.title}” goes to the notebook you choose and leaves “{current?.name ?? 'this notebook'}”.
          {item?.kind === 'article'
            ? ' Its names and quotes are found again there, with that notebook’s corrections.'
            : ' Citations in it keep their words; their articles stay in this notebook.'}
        </p>
        {notebooks && notebooks.length === 0 ? (
          <p className="hint">There is no other notebook yet. Start one from the notebook menu in the library, then move the {what} into it.</p>
        ) : (
          <ul className="notebook-list" aria-label="Move to notebook">
            {(notebooks ?? []).map((n) => (
              <li key={n.id}>
                <button type="button" className="notebook-row" onClick={() => move(n)} disabled={busy}>
                  <span className="item-title">{n.name}</span>
                  <span className="item-sub">{n.lastOpenedAt ? `Last opened ${new Date(n.lastOpenedAt).toLocaleDateString()}` : ''}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
