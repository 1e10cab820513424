import { type KeyboardEvent, type MouseEvent, type RefObject, useEffect, useState } from 'react';
import type { EntitySummary } from '../../../shared/model';
import { TYPE_LABELS, typeClass } from '../entities/types';
import type { Segment } from './segments';

export interface Paragraph {
  start: number;
  segments: Segment[];
}

interface Props {
  body: RefObject<HTMLDivElement | null>;
  text: string;
  paragraphs: Paragraph[];
  entityById: ReadonlyMap<string, EntitySummary>;
  /** Enter with a passage selected: cite it. */
  onCiteSelection?: () => void;
  /** A highlighted name was clicked, or Enter pressed in it: open its card. */
  onOpenEntity?: (id: string) => void;
}

const EDITS = ['beforeinput', 'paste', 'cut', 'drop'];

function entityAtCaret(): string | null {
  const selection = document.getSelection();
  if (!selection?.isCollapsed || !selection.anchorNode) return null;
  const el = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode.parentElement;
  return el?.closest<HTMLElement>('mark[data-entity]')?.dataset.entity ?? null;
}

/**
 * The article's text, lit up by entity type. It takes the focus and a caret like a read-only text
 * box (editable to the browser, every edit refused), so a passage can be selected with Shift and the
 * arrow keys and cited with Enter, without a mouse. A clicked name opens its card.
 */
export function ReaderText({ body, text, paragraphs, entityById, onCiteSelection, onOpenEntity }: Props) {
  // Bumped to render the text afresh should an edit ever get past the guards (an IME composition).
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is a new element to guard
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const refuse = (event: Event) => event.preventDefault();
    const restore = () => setGeneration((g) => g + 1);
    for (const type of EDITS) el.addEventListener(type, refuse);
    el.addEventListener('input', restore);
    return () => {
      for (const type of EDITS) el.removeEventListener(type, refuse);
      el.removeEventListener('input', restore);
    };
  }, [body, generation]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return onCiteSelection?.();
    const entity = entityAtCaret();
    if (entity) onOpenEntity?.(entity);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-entity]');
    // A click that ends a drag-selection is for citing, not for opening.
    if (mark?.dataset.entity && document.getSelection()?.isCollapsed) onOpenEntity?.(mark.dataset.entity);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a read-only multi-line text box with rich text inside has no native element
    <div
      key={generation}
      ref={body}
      className="reader-body"
      role="textbox"
      aria-label="Article text"
      aria-readonly="true"
      aria-multiline="true"
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      tabIndex={0}
      data-pane-focus
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {paragraphs.map((p) => (
        <p key={p.start} data-start={p.start}>
          {p.segments.map((s) => {
            const piece = text.slice(s.start, s.end);
            const entity = s.mention && entityById.get(s.mention.entityId);
            const inner = entity ? (
              <mark key={s.start} className={`mention ${typeClass(entity.type)}`} data-entity={entity.id} title={`${TYPE_LABELS[entity.type].singular}: ${entity.name} (click for its card)`}>
                {piece}
              </mark>
            ) : (
              piece
            );
            return s.passage ? (
              <mark key={s.start} className="passage">
                {inner}
              </mark>
            ) : (
              <span key={s.start}>{inner}</span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
