import { type FormEvent, useEffect, useState } from 'react';
import type { NotebookCase } from '../../../shared/api';
import { api, errorMessage } from '../lib/api';
import { closedBy, DialogActions, FormError, useModal } from '../lib/dialog';
import './cases.css';

interface Props {
  open: boolean;
  /** Start on the form for a new notebook rather than the list. */
  startNew?: boolean;
  current?: NotebookCase;
  onClose: () => void;
}

/** Every notebook on this computer, to switch to, and a form to start a new one for a new case. */
export function NotebooksDialog({ open, startNew = false, current, onClose }: Props) {
  const [notebooks, setNotebooks] = useState<NotebookCase[]>([]);
  const [creating, setCreating] = useState(startNew);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useModal(open, () => {
    setError(null);
    setCreating(startNew);
  });
  useEffect(() => {
    if (open) api.listNotebooks().then(setNotebooks, (problem) => setError(errorMessage(problem)));
  }, [open]);

  // Everything in the window belongs to one notebook: after a switch it starts afresh from the new one.
  const switched = () => window.location.reload();

  const openOne = async (id: string) => {
    if (id === current?.id) return onClose();
    setBusy(true);
    try {
      await api.switchNotebook(id);
      switched();
    } catch (problem) {
      setError(errorMessage(problem));
      setBusy(false);
    }
  };

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    setBusy(true);
    setError(null);
    try {
      await api.createNotebook(name);
      switched();
    } catch (problem) {
      setError(errorMessage(problem));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog notebooks-dialog" aria-labelledby="notebooks-title" {...closedBy(ref, onClose)}>
      {creating ? (
        <form className="dialog-body" onSubmit={create} aria-busy={busy}>
          <h2 id="notebooks-title">New notebook</h2>
          <p className="hint">One notebook per case: its articles, notes and entities stay apart from every other.</p>
          <label className="field">
            Name
            {/* biome-ignore lint/a11y/noAutofocus: the dialog opens to be typed in */}
            <input name="name" required maxLength={200} placeholder="e.g. Harbour inquiry" autoFocus autoComplete="off" />
          </label>
          <FormError message={error} />
          <DialogActions onCancel={startNew ? onClose : () => setCreating(false)} submitLabel="Create notebook" busyLabel="Creating…" busy={busy} />
        </form>
      ) : (
        <div className="dialog-body" aria-busy={busy}>
          <h2 id="notebooks-title">Notebooks</h2>
          <ul className="notebook-list" aria-label="Notebooks on this computer">
            {notebooks.map((n) => (
              <li key={n.id}>
                <button type="button" className="notebook-row" aria-current={n.id === current?.id ? 'true' : undefined} onClick={() => openOne(n.id)} disabled={busy}>
                  <span className="item-title">{n.name}</span>
                  <span className="item-sub">{n.id === current?.id ? 'Open now' : n.lastOpenedAt ? `Last opened ${new Date(n.lastOpenedAt).toLocaleDateString()}` : ''}</span>
                </button>
              </li>
            ))}
          </ul>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" onClick={() => setCreating(true)}>
              New notebook…
            </button>
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
