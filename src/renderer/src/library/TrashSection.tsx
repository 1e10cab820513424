import type { NoteSummary } from '../../../shared/model';

/** Notes moved to the trash, each with a Restore button; folded away until opened. */
export function TrashSection({ trash, onRestore }: { trash: NoteSummary[]; onRestore: (id: string) => void }) {
  return (
    <details className="trash">
      <summary>Trash ({trash.length})</summary>
      <ul className="item-list" aria-label="Trash">
        {trash.map((n) => (
          <li key={n.id} className="trash-row">
            <span className="item-title">{n.title || 'Untitled note'}</span>
            <button type="button" className="trash-restore" onClick={() => onRestore(n.id)} aria-label={`Restore “${n.title || 'Untitled note'}”`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
