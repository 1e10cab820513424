import { FocusIcon } from './PaneRail';

/** Focus mode: the note or article alone, the side panes out of the way (Ctrl+Shift+Enter). */
export function FocusModeButton({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="tb-btn focus-mode-btn" aria-label="Focus mode" aria-pressed={on} title="Focus mode: hide the library and the entities (Ctrl+Shift+Enter)" onClick={onToggle}>
      <FocusIcon />
    </button>
  );
}
