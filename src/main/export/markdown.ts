import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../shared/editor-nodes';
import { DossierError } from '../../shared/errors';
import type { Note } from '../../shared/model';

function headlessEditor() {
  return createHeadlessEditor({
    namespace: 'dossier-export',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** The note's body as Markdown (without its title). */
export function noteBodyToMarkdown(content: string): string {
  if (!content.trim()) return '';
  const editor = headlessEditor();
  try {
    editor.setEditorState(editor.parseEditorState(content));
  } catch (error) {
    throw new DossierError('export-failed', `This note's saved content could not be read for export (${(error as Error).message}).`);
  }
  return editor.getEditorState().read(() => $convertToMarkdownString(NOTE_TRANSFORMERS));
}

export function noteToMarkdown(note: Pick<Note, 'title' | 'content'>): string {
  const body = noteBodyToMarkdown(note.content);
  return `# ${note.title || 'Untitled note'}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

/** Markdown → the serialised editor state a note stores. */
export function markdownToNoteContent(markdown: string): string {
  const editor = headlessEditor();
  editor.update(() => $convertFromMarkdownString(markdown, NOTE_TRANSFORMERS), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

export function markdownFileName(title: string): string {
  const base = (title || 'Untitled note')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'note'}.md`;
}
