import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { registerFlush } from '../../lib/save-queue';

const QUIET_MS = 500;

/**
 * Saves shortly after typing stops, and at once when the editor loses focus or the page goes away,
 * so a crash loses at most the last moment of typing.
 */
export function AutosavePlugin({ noteId, onSave }: { noteId?: string; onSave: (content: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  const timer = useRef<number | undefined>(undefined);
  const dirty = useRef(false);
  const save = useRef(onSave);
  save.current = onSave;

  useEffect(() => {
    const flush = () => {
      window.clearTimeout(timer.current);
      if (!dirty.current) return;
      dirty.current = false;
      save.current(JSON.stringify(editor.getEditorState().toJSON()));
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      // Undo and redo replace the whole state without marking nodes dirty: they are changes too.
      const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0 || tags.has('historic');
      if (!changed || tags.has('history-merge-load')) return;
      dirty.current = true;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, QUIET_MS);
    });
    const root = editor.getRootElement();
    // Moving or copying the note saves what is typed first, without waiting for the pause.
    const unflush = noteId ? registerFlush(noteId, flush) : () => {};
    root?.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      flush();
      unflush();
      unregister();
      root?.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [editor, noteId]);
  return null;
}
