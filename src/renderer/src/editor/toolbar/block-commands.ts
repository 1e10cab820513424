import { $createCodeNode } from '@lexical/code-core';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { BlockType } from './useSelectionState';

/** Turns the selected blocks into `next`, or back into paragraphs when they already are. */
export function setBlockType(editor: LexicalEditor, current: BlockType, next: BlockType): void {
  if (next === 'bullet' || next === 'number' || next === 'check') {
    if (current === next) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (next === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (next === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const target = current === next ? 'paragraph' : next;
    $setBlocksType(selection, () => {
      if (target === 'paragraph') return $createParagraphNode();
      if (target === 'quote') return $createQuoteNode();
      if (target === 'code') return $createCodeNode();
      return $createHeadingNode(target);
    });
  });
}
