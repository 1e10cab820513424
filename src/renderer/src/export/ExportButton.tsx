import { shortcut } from '../editor/toolbar/shortcuts';

/** The toolbar's "Export…" control: opens the export dialog, the same one Ctrl+E opens. */
export function ExportButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button type="button" className="tb-text-btn" aria-haspopup="dialog" onClick={onOpen} title={`Export as PDF or Markdown (${shortcut('Mod+E')})`}>
      Export…
    </button>
  );
}
