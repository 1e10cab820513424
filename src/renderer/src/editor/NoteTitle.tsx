import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

/**
 * The note's title. Enter (or the down arrow at its end) saves it and goes on into the text, so what
 * is typed next lands in the note rather than nowhere.
 */
export function NoteTitle({ title, onRename, autoSelect }: { title: string; onRename: (title: string) => void; /** A new note: its title is selected, ready to be typed over. */ autoSelect?: boolean }) {
  const [editor] = useLexicalComposerContext();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoSelect) input.current?.select();
  }, [autoSelect]);
  return (
    <input
      ref={input}
      className="note-title"
      aria-label="Note title"
      title="Rename the note"
      defaultValue={title}
      placeholder="Title of the brief"
      onBlur={(e) => e.currentTarget.value !== title && onRename(e.currentTarget.value)}
      onKeyDown={(e) => {
        const input = e.currentTarget;
        const atEnd = input.selectionStart === input.value.length;
        if (e.nativeEvent.isComposing || !(e.key === 'Enter' || (e.key === 'ArrowDown' && atEnd))) return;
        e.preventDefault();
        input.blur();
        editor.getRootElement()?.focus({ preventScroll: true });
        editor.focus(undefined, { defaultSelection: 'rootStart' });
      }}
    />
  );
}
