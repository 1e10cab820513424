import { createEditor } from 'lexical';
import { useMemo, useState } from 'react';
import { NOTE_NODES } from '../../../shared/editor-nodes';

interface Props {
  title: string;
  /** The note's saved text, exactly as stored. */
  raw: string;
  /** What the editor threw. */
  error: Error;
  onStartAfresh: () => void;
  onRetry: () => void;
}

/** Whether Lexical can read the saved text at all: tells damaged text from a fault in the editor. */
function readable(raw: string): boolean {
  try {
    createEditor({
      nodes: [...NOTE_NODES],
      onError: (error) => {
        throw error;
      },
    }).parseEditorState(raw);
    return true;
  } catch {
    return false;
  }
}

/** What the window shows instead of a blank page when a note cannot be opened. */
export function UnreadableNote({ title, raw, error, onStartAfresh, onRetry }: Props) {
  const [showRaw, setShowRaw] = useState(false);
  const damaged = useMemo(() => raw !== '' && !readable(raw), [raw]);
  const name = title || 'Untitled note';
  return (
    <div className="editor-scroll">
      <div className="editor-page unreadable-note" role="alert">
        <h2>“{name}” cannot be opened</h2>
        {damaged ? (
          <>
            <p>Its saved text is damaged, or in a form this version of Dossier cannot read, so the editor cannot show it. Nothing has been changed or deleted: the text is still in your notebook.</p>
            <p>Open the raw text to copy out what you need, or start the note afresh: it then holds the words that can be recovered from it, a paragraph for each block, and you can edit it again.</p>
          </>
        ) : (
          <p>The editor ran into a fault while showing it ({error.message}). Its saved text is intact. Try again, or open the raw text to copy out what you need.</p>
        )}
        <div className="unreadable-actions">
          <button type="button" onClick={() => setShowRaw((shown) => !shown)} aria-expanded={showRaw}>
            {showRaw ? 'Hide the raw text' : 'Open the raw text'}
          </button>
          {damaged ? (
            <button type="button" className="primary" onClick={onStartAfresh}>
              Start afresh
            </button>
          ) : (
            <button type="button" className="primary" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
        {showRaw && <textarea className="unreadable-raw" readOnly aria-label={`Raw saved text of “${name}”`} value={raw} spellCheck={false} />}
      </div>
    </div>
  );
}
