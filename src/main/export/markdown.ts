import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, CHECK_LIST, type Transformer } from '@lexical/markdown';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../shared/editor-nodes';

// Task lists must be tried before plain bullets, or "- [ ] task" imports as a bullet reading "[ ] task".
const IMPORT_TRANSFORMERS: Transformer[] = [CHECK_LIST, ...NOTE_TRANSFORMERS.filter((t) => t !== CHECK_LIST)];

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown document split into its YAML front matter title (when it has one) and its body. */
export function splitFrontMatter(markdown: string): { title?: string; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { body: markdown };
  const titleLine = /^title:\s*(.+)$/m.exec(match[1])?.[1]?.trim();
  let title: string | undefined;
  if (titleLine) {
    try {
      title = titleLine.startsWith('"') ? (JSON.parse(titleLine) as string) : titleLine.replace(/^'(.*)'$/, '$1');
    } catch {
      title = titleLine;
    }
  }
  return { title, body: markdown.slice(match[0].length) };
}

/**
 * Markdown → the serialised editor state a note stores. A Dossier export reads back as the note it
 * came from: the front matter and the title heading that repeats it are the note's title, not its text.
 */
export function markdownToNoteContent(markdown: string): string {
  const { title, body } = splitFrontMatter(markdown);
  let text = body.replace(/^\s+/, '');
  if (title) {
    const heading = /^# (.*)(?:\r?\n|$)/.exec(text);
    if (heading && heading[1].replace(/\\(.)/g, '$1').trim() === title.trim()) text = text.slice(heading[0].length);
  }
  const editor = createHeadlessEditor({
    namespace: 'dossier-import',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(text.trim(), IMPORT_TRANSFORMERS), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** A file name safe on every desktop system, from a brief's title. */
export function exportFileName(title: string, extension: 'md' | 'pdf' | 'csv'): string {
  const base = (title || 'Untitled note')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'note'}.${extension}`;
}

export const markdownFileName = (title: string) => exportFileName(title, 'md');
