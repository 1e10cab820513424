import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $insertNodes,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { ENTITY_DRAG_TYPE, readEntityDragData } from './entity-drag';
import { $mentionWithSpace } from './insert-mention';

/** Puts the selection where the pointer dropped, or at the end of the note when that is not text. */
function $selectDropPoint(event: DragEvent): void {
  const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
  const node = range ? $getNearestNodeFromDOMNode(range.startContainer) : null;
  if (range && $isTextNode(node) && range.startContainer.nodeType === Node.TEXT_NODE) {
    const selection = $createRangeSelection();
    selection.anchor.set(node.getKey(), range.startOffset, 'text');
    selection.focus.set(node.getKey(), range.startOffset, 'text');
    $setSelection(selection);
  } else {
    $getRoot().selectEnd();
  }
}

/** Dropping an entity from the sidebar inserts a mention of it where it lands. */
export function MentionDrop(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(ENTITY_DRAG_TYPE)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const entity = readEntityDragData(event.dataTransfer);
            if (!entity) return false;
            event.preventDefault();
            $selectDropPoint(event);
            const [mention, space] = $mentionWithSpace(entity);
            $insertNodes([mention, space]);
            space.select(1, 1);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
