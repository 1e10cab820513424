import { type FormEvent, useState } from 'react';
import type { ExportOptions } from '../../../shared/api';
import { api, errorMessage, saveFile } from '../lib/api';
import { closedBy, DialogActions, FormError, useModal } from '../lib/dialog';
import './export.css';

interface Props {
  open: boolean;
  noteIds: string[];
  onClose: () => void;
  /** Called with the file name once the file is saved. */
  onExported: (fileName: string) => void;
}

/** Export the open note as Markdown or PDF, with the options an analyst sends briefs with. */
export function ExportDialog({ open, noteIds, onClose, onExported }: Props) {
  const [format, setFormat] = useState<'md' | 'pdf'>('pdf');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useModal(open, () => setError(null));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const options: ExportOptions = {
      format,
      citations: data.get('citations') === 'sources' ? 'sources' : 'footnotes',
      sourcesList: data.get('sourcesList') === 'on',
      mentionLinks: format === 'md' && data.get('mentionLinks') === 'on',
      paper: data.get('paper') === 'Letter' ? 'Letter' : 'A4',
    };
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportNotes(noteIds, options);
      if (await saveFile(file)) {
        onExported(file.fileName);
        onClose();
      }
    } catch (problem) {
      setError(errorMessage(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog export-dialog" aria-labelledby="export-title" {...closedBy(ref, onClose)}>
      <form onSubmit={submit} className="dialog-body" aria-busy={busy}>
        <h2 id="export-title">Export brief</h2>
        <fieldset className="export-choice">
          <legend>Format</legend>
          <label>
            <input type="radio" name="format" value="pdf" checked={format === 'pdf'} onChange={() => setFormat('pdf')} />
            PDF <span className="hint">ready to send or print</span>
          </label>
          <label>
            <input type="radio" name="format" value="md" checked={format === 'md'} onChange={() => setFormat('md')} />
            Markdown <span className="hint">for other editors and wikis</span>
          </label>
        </fieldset>
        <fieldset className="export-choice">
          <legend>Citations</legend>
          <label>
            <input type="radio" name="citations" value="footnotes" defaultChecked />
            As footnotes
          </label>
          <label>
            <input type="radio" name="citations" value="sources" />
            As a numbered Sources list
          </label>
          <label>
            <input type="checkbox" name="sourcesList" />
            Also list every article cited under “Sources”
          </label>
        </fieldset>
        {format === 'pdf' ? (
          <label className="export-paper">
            Paper size
            <select name="paper" defaultValue="A4">
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </label>
        ) : (
          <label className="export-check">
            <input type="checkbox" name="mentionLinks" />
            Link names to an appendix of the people, organisations and places mentioned
          </label>
        )}
        <FormError message={error} />
        <DialogActions onCancel={onClose} submitLabel={format === 'pdf' ? 'Export PDF' : 'Export Markdown'} busyLabel="Exporting…" busy={busy} />
      </form>
    </dialog>
  );
}
