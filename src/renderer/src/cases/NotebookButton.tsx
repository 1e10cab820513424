import type { NotebookCase } from '../../../shared/api';

/** The open notebook's name in the library's header; opens the list of notebooks. */
export function NotebookButton({ current, onOpen }: { current?: NotebookCase; onOpen: () => void }) {
  const name = current?.name ?? 'Notebook';
  return (
    <button type="button" className="notebook-button" onClick={onOpen} aria-haspopup="dialog" aria-label={`Notebook: ${name}. Switch notebook or start a new one`} title="Switch notebook or start a new one (Ctrl+Shift+K)">
      <span className="notebook-name">{name}</span>
      <span aria-hidden="true" className="notebook-caret">
        ▾
      </span>
    </button>
  );
}
