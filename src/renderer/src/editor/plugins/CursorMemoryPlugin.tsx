import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $restoreSelection, $saveSelection } from '../cursor-points';
import { rememberCursor, savedCursor } from '../ui-memory';

/** Brings the cursor back to where it was when the note was last open, and remembers where it goes. */
export function CursorMemoryPlugin({ noteId }: { noteId: string }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const saved = savedCursor(noteId);
    if (saved) {
      editor.update(() => void $restoreSelection(saved), { tag: 'history-merge' });
      editor.focus(() => window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'center' }));
    }
    // Work out the cursor's path only once the cursor rests, not on every keystroke.
    let timer: number | undefined;
    const unregister = editor.registerUpdateListener(({ editorState, prevEditorState }) => {
      if (editorState._selection === prevEditorState._selection) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const selection = editor.getEditorState().read($saveSelection);
        if (selection) rememberCursor(noteId, selection);
      }, 300);
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, noteId]);
  return null;
}
