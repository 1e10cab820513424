import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, type TextFormatType, UNDO_COMMAND } from 'lexical';
import { Fragment, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useRovingToolbar } from '../../lib/useRovingToolbar';
import { OPEN_FIND_COMMAND, OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { setBlockType } from '../toolbar/block-commands';
import { LinkEditor } from '../toolbar/LinkEditor';
import { type MenuTool, OverflowMenu } from '../toolbar/OverflowMenu';
import { withShortcut } from '../toolbar/shortcuts';
import { type BlockType, useSelectionState } from '../toolbar/useSelectionState';

interface Tool extends MenuTool {
  className?: string;
  /** Tools of one group sit together between separators. */
  group: number;
}

function ToolButton({ tool }: { tool: Tool }) {
  return (
    <button
      type="button"
      className={`tb-btn ${tool.className ?? ''}`}
      data-tool={tool.id}
      aria-label={tool.label}
      title={withShortcut(tool.label, tool.keys)}
      aria-pressed={tool.pressed}
      disabled={tool.disabled}
      // Keep the editor's selection: the button acts on it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={tool.run}
    >
      <span aria-hidden="true">{tool.glyph}</span>
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

const SEPARATOR = 13;
const MORE = 36;

/** How many tools fit in `room` pixels, given each one's width, with room for "More" if not all do. */
function fitting(tools: Tool[], widths: Map<string, number>, room: number): number {
  let used = 0;
  for (let i = 0; i < tools.length; i++) {
    used += (widths.get(tools[i].id) ?? 32) + (i > 0 && tools[i].group !== tools[i - 1].group ? SEPARATOR : 0);
    if (used > room - (i < tools.length - 1 ? MORE : 0)) return i;
  }
  return tools.length;
}

/**
 * The formatting bar: its buttons reflect the selection (pressed = active). It is one tab stop, and
 * always one row: the tools that do not fit the pane's width move, last first, into a "More" menu.
 */
export function ToolbarPlugin({ children }: { children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const s = useSelectionState();
  const block = (id: string, label: string, type: BlockType, glyph: ReactNode, keys: string, group: number): Tool => ({
    id,
    label,
    keys,
    glyph,
    group,
    pressed: s.block === type,
    run: () => setBlockType(editor, s.block, type),
  });
  const format = (label: string, type: TextFormatType, glyph: ReactNode, keys: string, className: string): Tool => ({
    id: type,
    label,
    keys,
    glyph,
    className,
    group: 2,
    pressed: s[type as 'bold'],
    run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type),
  });
  const tools: Tool[] = [
    { id: 'undo', label: 'Undo', keys: 'Mod+Z', glyph: '↶', group: 0, disabled: !s.canUndo, run: () => editor.dispatchCommand(UNDO_COMMAND, undefined) },
    { id: 'redo', label: 'Redo', keys: 'Mod+Shift+Z', glyph: '↷', group: 0, disabled: !s.canRedo, run: () => editor.dispatchCommand(REDO_COMMAND, undefined) },
    block('h1', 'Heading 1', 'h1', 'H1', '# then space', 1),
    block('h2', 'Heading 2', 'h2', 'H2', '## then space', 1),
    block('h3', 'Heading 3', 'h3', 'H3', '### then space', 1),
    format('Bold', 'bold', 'B', 'Mod+B', 'tb-bold'),
    format('Italic', 'italic', 'I', 'Mod+I', 'tb-italic'),
    format('Underline', 'underline', 'U', 'Mod+U', 'tb-underline'),
    format('Strikethrough', 'strikethrough', 'S', '~~text~~', 'tb-strike'),
    format('Inline code', 'code', '</>', '`text`', 'tb-mono'),
    { id: 'link', label: 'Link', keys: 'Mod+K', glyph: LINK_ICON, group: 2, pressed: s.link, run: () => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined) },
    block('bullet', 'Bulleted list', 'bullet', '•', '- then space', 3),
    block('number', 'Numbered list', 'number', '1.', '1. then space', 3),
    block('check', 'Check list', 'check', '☑', '[] then space', 3),
    block('quote', 'Quote', 'quote', '❝', '> then space', 3),
    block('code', 'Code block', 'code', '{ }', '``` then space', 3),
    { id: 'rule', label: 'Horizontal rule', keys: '--- then space', glyph: '―', group: 4, run: () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined) },
    {
      id: 'table',
      label: 'Insert table',
      glyph: '▦',
      group: 4,
      disabled: s.inTable,
      run: () => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } }),
    },
    { id: 'find', label: 'Find in note', keys: 'Mod+F', glyph: '⌕', group: 4, run: () => editor.dispatchCommand(OPEN_FIND_COMMAND, undefined) },
  ];

  const bar = useRef<HTMLDivElement>(null);
  const tail = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [shown, setShown] = useState(tools.length);
  useRovingToolbar(bar);
  // Measure each tool once (all are shown at first), then keep as many as fit the bar's width.
  // biome-ignore lint/correctness/useExhaustiveDependencies: tools change every render; only their count and ids matter, and those are fixed
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    for (const button of el.querySelectorAll<HTMLElement>('[data-tool]')) widths.current.set(button.dataset.tool ?? '', button.offsetWidth + 2);
    const keepFitting = () => {
      const style = getComputedStyle(el);
      const room = el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - (tail.current?.offsetWidth ?? 0) - 12;
      setShown(fitting(tools, widths.current, room));
    };
    keepFitting();
    const observer = new ResizeObserver(keepFitting);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const visible = tools.slice(0, shown);
  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label="Formatting" ref={bar}>
        {visible.map((tool, i) => (
          <Fragment key={tool.id}>
            {i > 0 && tool.group !== visible[i - 1].group && <span className="tb-sep" />}
            <ToolButton tool={tool} />
          </Fragment>
        ))}
        <OverflowMenu tools={tools.slice(shown)} onDone={() => editor.focus()} />
        <span className="tb-spacer" />
        <div className="tb-tail" ref={tail}>
          {children}
        </div>
      </div>
      <LinkEditor />
    </div>
  );
}
