import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';

const IDLE_MS = 400;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The note's word count, recounted when typing pauses so a long note never slows a keystroke. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const [words, setWords] = useState(() => editor.getEditorState().read(() => countWords($getRoot().getTextContent())));
  useEffect(() => {
    let timer: number | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setWords(editor.getEditorState().read(() => countWords($getRoot().getTextContent()))), IDLE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return (
    <output className="word-count" aria-label="Word count">
      {words.toLocaleString()} {words === 1 ? 'word' : 'words'}
    </output>
  );
}
