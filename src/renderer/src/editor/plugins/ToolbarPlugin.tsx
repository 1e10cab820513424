import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type TextFormatType,
  UNDO_COMMAND,
} from 'lexical';
import { type ReactNode, useCallback, useEffect, useState } from 'react';

type BlockType = 'paragraph' | HeadingTagType | 'quote' | 'bullet' | 'number';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** The formatting bar; its buttons reflect the selection (pressed = active). */
export function ToolbarPlugin({ children }: { children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Record<string, boolean>>({});
  const [block, setBlock] = useState<BlockType>('paragraph');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const $readSelection = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setFormats({
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      strikethrough: selection.hasFormat('strikethrough'),
      code: selection.hasFormat('code'),
    });
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    const list = $getNearestNodeOfType(anchor, ListNode);
    if ($isListNode(list)) setBlock(list.getListType() === 'number' ? 'number' : 'bullet');
    else if ($isHeadingNode(top)) setBlock(top.getTag());
    else if ($isQuoteNode(top)) setBlock('quote');
    else setBlock('paragraph');
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read($readSelection)),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            $readSelection();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, $readSelection],
  );

  const setBlockType = (next: BlockType) => {
    if (next === 'bullet' || next === 'number') {
      editor.dispatchCommand(block === next ? REMOVE_LIST_COMMAND : next === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const target = block === next ? 'paragraph' : next;
      $setBlocksType(selection, () =>
        target === 'paragraph' ? $createParagraphNode() : target === 'quote' ? $createQuoteNode() : $createHeadingNode(target),
      );
    });
  };

  const format = (f: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
  const button = (label: string, title: string, pressed: boolean, onClick: () => void, glyph: string, disabled = false) => (
    <button
      type="button"
      className="tb-btn"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {button('Undo', `Undo (${mod}Z)`, false, () => editor.dispatchCommand(UNDO_COMMAND, undefined), '↶', !canUndo)}
      {button('Redo', `Redo (${mod}${isMac ? '⇧Z' : 'Y'})`, false, () => editor.dispatchCommand(REDO_COMMAND, undefined), '↷', !canRedo)}
      <span className="tb-sep" />
      {button('Heading 1', 'Heading 1 (# then space)', block === 'h1', () => setBlockType('h1'), 'H1')}
      {button('Heading 2', 'Heading 2 (## then space)', block === 'h2', () => setBlockType('h2'), 'H2')}
      {button('Heading 3', 'Heading 3 (### then space)', block === 'h3', () => setBlockType('h3'), 'H3')}
      <span className="tb-sep" />
      {button('Bold', `Bold (${mod}B)`, !!formats.bold, () => format('bold'), 'B')}
      {button('Italic', `Italic (${mod}I)`, !!formats.italic, () => format('italic'), 'I')}
      {button('Underline', `Underline (${mod}U)`, !!formats.underline, () => format('underline'), 'U')}
      {button('Strikethrough', 'Strikethrough (~~text~~)', !!formats.strikethrough, () => format('strikethrough'), 'S')}
      {button('Inline code', 'Inline code (`text`)', !!formats.code, () => format('code'), '</>')}
      <span className="tb-sep" />
      {button('Bulleted list', 'Bulleted list (- then space)', block === 'bullet', () => setBlockType('bullet'), '•≡')}
      {button('Numbered list', 'Numbered list (1. then space)', block === 'number', () => setBlockType('number'), '1≡')}
      {button('Quote', 'Block quote (> then space)', block === 'quote', () => setBlockType('quote'), '❝')}
      <span className="tb-spacer" />
      {children}
    </div>
  );
}
