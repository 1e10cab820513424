import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ImportTextInput } from '../../../shared/api';

interface Props {
  open: boolean;
  onClose: () => void;
  onImport: (input: ImportTextInput) => Promise<string | null>;
}

/** Paste an article: title, text and where it came from. Errors stay in the dialog, with the text kept. */
export function ImportDialog({ open, onClose, onImport }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '');
    setBusy(true);
    setError(null);
    const problem = await onImport({
      title: value('title'),
      text: value('text'),
      source: value('source'),
      author: value('author'),
      publishedAt: value('publishedAt'),
      url: value('url'),
    });
    setBusy(false);
    if (problem) setError(problem);
    else form.reset();
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="import-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit} className="dialog-body">
        <h2 id="import-title">Import an article</h2>
        <p className="hint">Paste the article’s text. Dossier finds its people, organisations, places, dates and quotes.</p>
        <label>
          Title
          <input name="title" placeholder="Headline (optional: the first line is used)" />
        </label>
        <label>
          Text
          <textarea name="text" rows={12} placeholder="Paste the article text here" />
        </label>
        <div className="row">
          <label>
            Source
            <input name="source" placeholder="Publication" />
          </label>
          <label>
            Author
            <input name="author" />
          </label>
          <label>
            Published
            <input name="publishedAt" type="date" />
          </label>
        </div>
        <label>
          Address
          <input name="url" type="url" placeholder="https://…" />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
