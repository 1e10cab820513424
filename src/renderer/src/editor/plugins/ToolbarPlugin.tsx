import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, type TextFormatType, UNDO_COMMAND } from 'lexical';
import type { ReactNode } from 'react';
import { OPEN_FIND_COMMAND, OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { setBlockType } from '../toolbar/block-commands';
import { LinkEditor } from '../toolbar/LinkEditor';
import { withShortcut } from '../toolbar/shortcuts';
import { type BlockType, useSelectionState } from '../toolbar/useSelectionState';

interface ButtonProps {
  label: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  glyph: ReactNode;
  className?: string;
  onClick: () => void;
}

function ToolButton({ label, keys, pressed, disabled, glyph, className, onClick }: ButtonProps) {
  return (
    <button
      type="button"
      className={`tb-btn ${className ?? ''}`}
      aria-label={label}
      title={withShortcut(label, keys)}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the editor's selection: the button acts on it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}

// Drawn, not a font glyph: the link emoji is missing from many Linux fonts.
const LINK_ICON = (
  <svg aria-hidden="true" width="15" height="15" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" style={{ verticalAlign: '-2px' }}>
    <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
    <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
  </svg>
);

/** The formatting bar; its buttons reflect the selection (pressed = active). */
export function ToolbarPlugin({ children }: { children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const s = useSelectionState();
  const block = (label: string, type: BlockType, glyph: ReactNode, keys: string) => (
    <ToolButton label={label} keys={keys} pressed={s.block === type} glyph={glyph} onClick={() => setBlockType(editor, s.block, type)} />
  );
  const format = (label: string, type: TextFormatType, glyph: ReactNode, keys: string, className?: string) => (
    <ToolButton label={label} keys={keys} pressed={s[type as 'bold']} glyph={glyph} className={className} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type)} />
  );

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label="Formatting">
        <ToolButton label="Undo" keys="Mod+Z" disabled={!s.canUndo} glyph="↶" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
        <ToolButton label="Redo" keys="Mod+Shift+Z" disabled={!s.canRedo} glyph="↷" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
        <span className="tb-sep" />
        {block('Heading 1', 'h1', 'H1', '# then space')}
        {block('Heading 2', 'h2', 'H2', '## then space')}
        {block('Heading 3', 'h3', 'H3', '### then space')}
        <span className="tb-sep" />
        {format('Bold', 'bold', 'B', 'Mod+B', 'tb-bold')}
        {format('Italic', 'italic', 'I', 'Mod+I', 'tb-italic')}
        {format('Underline', 'underline', 'U', 'Mod+U', 'tb-underline')}
        {format('Strikethrough', 'strikethrough', 'S', '~~text~~', 'tb-strike')}
        {format('Inline code', 'code', '</>', '`text`', 'tb-mono')}
        <ToolButton label="Link" keys="Mod+K" pressed={s.link} glyph={LINK_ICON} onClick={() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)} />
        <span className="tb-sep" />
        {block('Bulleted list', 'bullet', '•', '- then space')}
        {block('Numbered list', 'number', '1.', '1. then space')}
        {block('Check list', 'check', '☑', '[] then space')}
        {block('Quote', 'quote', '❝', '> then space')}
        {block('Code block', 'code', '{ }', '``` then space')}
        <span className="tb-sep" />
        <ToolButton label="Horizontal rule" keys="--- then space" glyph="―" onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)} />
        <ToolButton
          label="Insert table"
          disabled={s.inTable}
          glyph="▦"
          onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } })}
        />
        <ToolButton label="Find in note" keys="Mod+F" glyph="⌕" onClick={() => editor.dispatchCommand(OPEN_FIND_COMMAND, undefined)} />
        <span className="tb-spacer" />
        {children}
      </div>
      <LinkEditor />
    </div>
  );
}
