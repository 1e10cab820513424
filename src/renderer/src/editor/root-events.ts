import type { LexicalEditor } from 'lexical';

type Handlers = Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;

/**
 * Listens on the editor's root element (following it if it changes) and returns the unsubscribe.
 * One delegated listener serves every mention or citation in the note.
 */
export function registerRootEvents(editor: LexicalEditor, handlers: Handlers): () => void {
  const entries = Object.entries(handlers) as Array<[string, EventListener]>;
  let current: HTMLElement | null = null;
  const unregister = editor.registerRootListener((root, previous) => {
    for (const [type, fn] of entries) previous?.removeEventListener(type, fn);
    for (const [type, fn] of entries) root?.addEventListener(type, fn);
    current = root;
  });
  return () => {
    unregister();
    for (const [type, fn] of entries) current?.removeEventListener(type, fn);
  };
}
