import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

interface Props {
  noteId: string;
  onExported: (fileName: string) => void;
}

/** The toolbar's "Export…" control for the open note: opens the export dialog. */
export function ExportButton({ noteId, onExported }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tb-text-btn" aria-haspopup="dialog" onClick={() => setOpen(true)} title="Export as PDF or Markdown">
        Export…
      </button>
      <ExportDialog open={open} noteIds={[noteId]} onClose={() => setOpen(false)} onExported={onExported} />
    </>
  );
}
