import type { ArticleSummary, NoteSummary } from '../../../shared/model';

interface Props {
  trash: NoteSummary[];
  articles?: ArticleSummary[];
  onRestore: (id: string) => void;
  onRestoreArticle?: (id: string) => void;
  onEmpty?: () => void;
}

/** Notes and articles moved to the trash, each with a Restore button; folded away until opened. */
export function TrashSection({ trash, articles = [], onRestore, onRestoreArticle, onEmpty }: Props) {
  const rows = [
    ...trash.map((n) => ({ id: n.id, title: n.title || 'Untitled note', kind: 'Note', restore: () => onRestore(n.id) })),
    ...articles.map((a) => ({ id: a.id, title: a.title, kind: 'Article', restore: () => onRestoreArticle?.(a.id) })),
  ];
  return (
    <details className="trash">
      <summary>Trash ({rows.length})</summary>
      <ul className="item-list" aria-label="Trash">
        {rows.map((row) => (
          <li key={row.id} className="trash-row">
            <span className="item-title" title={`${row.kind}: ${row.title}`}>
              <span className="trash-kind">{row.kind}</span> {row.title}
            </span>
            <button type="button" className="trash-restore" onClick={row.restore} aria-label={`Restore “${row.title}”`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      {onEmpty && (
        <button type="button" className="trash-empty" onClick={onEmpty}>
          Empty trash…
        </button>
      )}
    </details>
  );
}
