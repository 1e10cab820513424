import { type KeyboardEvent, type RefObject, useCallback } from 'react';
import { setEntityDragData } from '../editor/mentions/entity-drag';
import { type Row, rowHeight } from './entity-rows';
import { postLabel, TYPE_LABELS, typeClass } from './types';
import { VirtualList } from '../lib/VirtualList';
import { unresolvedDate } from './unresolvedDate';
import { plural } from '../lib/plural';

/** The list's one tab stop (useRovingList). */
interface Roving {
  stop: string | null;
  pinned: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: (key: string) => void;
}

interface Props {
  rows: Row[];
  scroller: RefObject<HTMLDivElement | null>;
  onOpen: (id: string) => void;
  roving: Roving;
}

function subline(row: Extract<Row, { kind: 'entity' }>): string {
  const e = row.entity;
  const posts = [...new Set(e.roles.map(postLabel))].slice(0, 2).join(' · ');
  // A date its article could not place ("Oct. 10" in an undated article, "Thursday" in any) says so rather than look placed.
  if (e.type === 'DATE' && !e.iso) return unresolvedDate(e.name);
  return posts || e.iso || (e.aliases.length ? `also ${e.aliases.slice(0, 2).join(', ')}` : '');
}

/** The entities as one virtualised list: a heading per type, then a list of that type's entities. */
export function EntityList({ rows, scroller, onOpen, roving }: Props) {
  const render = useCallback(
    (visible: Row[]) => {
      // Runs of one type become one list, so each type stays a named list for screen readers.
      const runs: Array<{ head?: Extract<Row, { kind: 'head' }>; items: Array<Extract<Row, { kind: 'entity' }>> }> = [];
      for (const row of visible) {
        const run = runs.at(-1);
        if (row.kind === 'head') runs.push({ head: row, items: [] });
        else if (run && (run.head?.type ?? run.items[0]?.type) === row.type) run.items.push(row);
        else runs.push({ items: [row] });
      }
      return runs.map((run) => {
        const type = run.head?.type ?? run.items[0].type;
        return (
          <div key={`${type}-${run.head ? 'h' : run.items[0].entity.id}`} className="entity-run">
            {run.head && (
              <h3 className="entity-head">
                <span className={`dot ${typeClass(type)}`} aria-hidden="true" />
                {TYPE_LABELS[type].plural} <span className="count">{run.head.count}</span>
              </h3>
            )}
            {run.items.length > 0 && (
              <ul aria-label={TYPE_LABELS[type].plural}>
                {run.items.map(({ entity: e }) => (
                  <li key={e.id} data-id={e.id} className="entity-row" draggable title="Drag into the note to mention" onDragStart={(event) => setEntityDragData(event.dataTransfer, e)}>
                    <button
                      type="button"
                      className="entity-open"
                      data-roving-key={e.id}
                      data-pane-focus={e.id === roving.stop ? '' : undefined}
                      tabIndex={e.id === roving.stop ? 0 : -1}
                      onFocus={() => roving.onFocus(e.id)}
                      onKeyDown={roving.onKeyDown}
                      onClick={() => onOpen(e.id)}
                      aria-label={`${e.name}, ${plural(e.mentionCount, 'mention')}`}
                    >
                      <span className="entity-line">
                        <span className="entity-name">{e.name}</span>
                        <span className="entity-count">×{e.mentionCount}</span>
                      </span>
                      <span className="entity-roles">{subline({ kind: 'entity', type, entity: e })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      });
    },
    [onOpen, roving],
  );
  return <VirtualList items={rows} height={rowHeight} scroller={scroller} render={render} pinned={roving.pinned} />;
}
