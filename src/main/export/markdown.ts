import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { NOTE_NODES } from '../../shared/editor-nodes';
import { noteTransformers } from '../../shared/nodes/markdown-transformers';
import type { NotebookData } from '../store/schema';
import { frontMatterMentions, readBriefParts, relinkBrief } from './brief-reading';
import type { SerializedNode } from './note-json';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown document split into its YAML front matter title (when it has one), the front matter itself, and its body. */
export function splitFrontMatter(markdown: string): { title?: string; frontMatter?: string; body: string } {
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
  return { title, frontMatter: match[1], body: markdown.slice(match[0].length) };
}

/**
 * Markdown → the serialised editor state a note stores, through the same transformers a brief is
 * exported with. A Dossier export reads back as the note it came from: the front matter and the
 * title heading that repeats it are the note's title, not its text; its citations find their articles
 * and its mentions their entities in `data` (the notebook it is imported into) where they are there.
 */
export function markdownToNoteContent(markdown: string, data?: NotebookData): string {
  const { title, frontMatter, body } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  let text = body.replace(/^\s+/, '');
  if (title) {
    const heading = /^# (.*)(?:\n|$)/.exec(text);
    if (heading && heading[1].replace(/\\(.)/g, '$1').trim() === title.trim()) text = text.slice(heading[0].length);
  }
  const parts = readBriefParts(text, frontMatterMentions(frontMatter ?? ''));
  const editor = createHeadlessEditor({
    namespace: 'dossier-import',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(parts.body.trim(), noteTransformers(null, parts.reading)), { discrete: true });
  const state = editor.getEditorState().toJSON();
  if (data) relinkBrief(state.root as unknown as SerializedNode, data);
  return JSON.stringify(state);
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
