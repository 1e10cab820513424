import { $isCodeNode } from '@lexical/code-core';
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $isTableNode } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';

export type BlockType = 'paragraph' | HeadingTagType | 'quote' | 'bullet' | 'number' | 'check' | 'code';

export interface SelectionState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
  link: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: SelectionState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  link: false,
  inTable: false,
  canUndo: false,
  canRedo: false,
};

function $blockOf(): Partial<SelectionState> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  const list = $getNearestNodeOfType(anchor, ListNode);
  let block: BlockType = 'paragraph';
  if ($isListNode(list)) block = list.getListType();
  else if ($isHeadingNode(top)) block = top.getTag();
  else if ($isQuoteNode(top)) block = 'quote';
  else if ($isCodeNode(top)) block = 'code';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    code: selection.hasFormat('code'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null,
    inTable: $findMatchingParent(anchor, $isTableNode) !== null,
  };
}

function same(a: SelectionState, b: SelectionState): boolean {
  return (Object.keys(a) as Array<keyof SelectionState>).every((k) => a[k] === b[k]);
}

/**
 * What the toolbar shows as pressed. Read after every update, but React only re-renders when
 * something changed, so typing plain text costs the toolbar nothing.
 */
export function useSelectionState(): SelectionState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(INITIAL);
  useEffect(() => {
    const merge = (patch: Partial<SelectionState> | null) => {
      if (!patch) return;
      setState((prev) => {
        const next = { ...prev, ...patch };
        return same(prev, next) ? prev : next;
      });
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => merge(editorState.read($blockOf))),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          merge($blockOf());
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          merge({ canUndo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          merge({ canRedo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return state;
}
