import { createHeadlessEditor } from '@lexical/headless';
import { $convertToMarkdownString } from '@lexical/markdown';
import { NOTE_NODES } from '../../shared/editor-nodes';
import { noteTransformers } from '../../shared/nodes/markdown-transformers';
import { type FigureBlock, type FigureFiles, figureMarkdown } from './figure';
import type { SerializedNode } from './note-json';
import type { CitationNumbers } from './sources';
import { safeUrl } from './sources';

/** What the Markdown of one note's body depends on besides the note itself. */
export interface MarkdownContext {
  citations: CitationNumbers;
  /** When set, a mention becomes a link to this anchor in the entity appendix. */
  mentionAnchor?: (entityId: string) => string;
  /** Where pictures' images are collected to be written beside the brief; without it, only their captions. */
  figures?: FigureFiles;
}

// The node types a headless editor knows: anything else in a saved note (from a newer or older
// Dossier) is exported as the words it holds rather than failing the whole brief.
const KNOWN = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', ...NOTE_NODES.map((n) => n.getType())]);

function known(node: SerializedNode): SerializedNode {
  if (KNOWN.has(node.type)) return node.children ? { ...node, children: node.children.map(known) } : node;
  const words: SerializedNode = { type: 'text', text: plain(node), format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
  return node.children ? { type: 'paragraph', children: [words], direction: null, format: '', indent: 0, version: 1 } : words;
}

function plain(node: SerializedNode): string {
  return typeof node.text === 'string' ? node.text : (node.children ?? []).map(plain).join('');
}

/**
 * A note's blocks as Markdown, through the note's own nodes and the shared transformers (the same
 * ones that read Markdown in), so every node kind is written as Dossier reads it back.
 */
export function blocksToMarkdown(blocks: SerializedNode[], ctx: MarkdownContext): string {
  if (blocks.length === 0) return '';
  const editor = createHeadlessEditor({
    namespace: 'dossier-export',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const root = { type: 'root', children: blocks.map(known), direction: null, format: '', indent: 0, version: 1 };
  editor.setEditorState(editor.parseEditorState(JSON.stringify({ root })));
  const transformers = noteTransformers({
    citationMark: (citation) => {
      const { number } = ctx.citations.cite(citation as unknown as Parameters<CitationNumbers['cite']>[0]);
      return ctx.citations.style === 'footnotes' ? `[^${number}]` : ` \\[${number}\\]`;
    },
    mentionLink: ctx.mentionAnchor,
    figure: (figure) => figureMarkdown(figure as unknown as FigureBlock, ctx.figures?.add(figure as unknown as FigureBlock) ?? null),
    safeUrl: (url) => safeUrl(url) ?? (url.startsWith('mailto:') ? url : undefined),
  });
  return editor
    .getEditorState()
    .read(() => $convertToMarkdownString(transformers))
    .replace(/\n{3,}/g, (run, at: number, all: string) => (insideFence(all, at) ? run : '\n\n'))
    .trim();
}

/** Whether `at` falls inside a fenced code block, whose blank lines are its own. */
function insideFence(text: string, at: number): boolean {
  return ((text.slice(0, at).match(/^`{3,}/gm) ?? []).length & 1) === 1;
}
