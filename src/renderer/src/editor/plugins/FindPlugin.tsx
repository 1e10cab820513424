import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_NORMAL } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isDesktop, onMenuCommand } from '../../lib/api';
import { OPEN_FIND_COMMAND } from '../commands';
import { clearMatches, findRanges, paintMatches } from '../find/find-ranges';
import { withShortcut } from '../toolbar/shortcuts';

/**
 * The find bar above the note (Ctrl/Cmd+F): highlights every match, Enter steps through them.
 * A request (a search hit opening the note) opens it with those words, lit at their first match.
 */
export function FindPlugin({ request }: { request?: { query: string } }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const show = useCallback(() => {
    setOpen(true);
    window.setTimeout(() => input.current?.select(), 0);
    return true;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return mergeRegister(
      () => window.removeEventListener('keydown', onKey),
      editor.registerCommand(OPEN_FIND_COMMAND, show, COMMAND_PRIORITY_NORMAL),
      // In the browser the shortcut above is the menu; only the desktop menu sends its own command.
      isDesktop ? onMenuCommand((command) => command === 'find-in-note' && show()) : () => {},
    );
  }, [editor, show]);

  useEffect(() => {
    if (!request?.query) return;
    setQuery(request.query);
    setCurrent(0);
    setOpen(true);
  }, [request]);

  // Search again when the query changes, and (while the bar is open) when the note changes.
  useEffect(() => {
    if (!open) return clearMatches();
    const search = () => {
      const root = editor.getRootElement();
      setRanges(root ? findRanges(root, query) : []);
    };
    search();
    let timer: number | undefined;
    const unregister = editor.registerUpdateListener(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, open, query]);

  useEffect(() => {
    if (!open) return;
    const at = Math.min(current, Math.max(0, ranges.length - 1));
    paintMatches(ranges, at);
    ranges[at]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [open, ranges, current]);

  useEffect(() => clearMatches, []);

  const step = (by: number) => ranges.length && setCurrent((c) => (c + by + ranges.length) % ranges.length);
  const close = () => {
    const match = ranges[current];
    setOpen(false);
    editor.focus(() => {
      // Leave the cursor on the match the user stopped at.
      if (!match) return;
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(match);
    });
  };

  if (!open) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: React's JSX types do not know <search> yet
    <div role="search" className="find-bar" aria-label="Find in note">
      <input
        ref={input}
        type="search"
        aria-label="Find in note"
        placeholder="Find in note"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" role="status">
        {query ? (ranges.length ? `${Math.min(current, ranges.length - 1) + 1} of ${ranges.length}` : 'No matches') : ''}
      </span>
      <button type="button" className="tb-btn" aria-label="Previous match" title={withShortcut('Previous match', 'Shift+Enter')} onClick={() => step(-1)} disabled={!ranges.length}>
        ↑
      </button>
      <button type="button" className="tb-btn" aria-label="Next match" title={withShortcut('Next match', 'Enter')} onClick={() => step(1)} disabled={!ranges.length}>
        ↓
      </button>
      <button type="button" className="tb-btn" aria-label="Close find" title={withShortcut('Close find', 'Escape')} onClick={close}>
        ×
      </button>
    </div>
  );
}
