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
    return editor.registerUpdateListener(({ editorState, prevEditorState }) => {
      if (editorState._selection === prevEditorState._selection) return;
      const selection = editorState.read($saveSelection);
      if (selection) rememberCursor(noteId, selection);
    });
  }, [editor, noteId]);
  return null;
}
