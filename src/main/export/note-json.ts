import { DossierError } from '../../shared/errors';
import type { SerializedCitationFields, SerializedMentionFields } from '../../shared/note-nodes';

/**
 * A note's saved Lexical state, read as plain JSON. The exporters walk this tree instead of a
 * headless editor so that nodes whose classes are not registered here (mentions, citations,
 * tables) still export, and so that export can never change what the note stores.
 */
export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: 'bullet' | 'number' | 'check';
  start?: number;
  checked?: boolean;
  url?: string;
  language?: string;
  headerState?: number;
  [key: string]: unknown;
}

export type MentionNode = SerializedNode & SerializedMentionFields;
export type CitationNode = SerializedNode & SerializedCitationFields;

// Lexical's TextNode format bits.
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64, highlight: 128 } as const;

export function hasFormat(node: SerializedNode, bit: number): boolean {
  return typeof node.format === 'number' && (node.format & bit) !== 0;
}

/** The top-level blocks of a note's content; none for a new, empty note. */
export function noteBlocks(content: string, title: string): SerializedNode[] {
  if (!content.trim()) return [];
  try {
    const state = JSON.parse(content) as { root?: SerializedNode };
    if (!state.root || !Array.isArray(state.root.children)) throw new Error('no root node');
    return state.root.children;
  } catch (error) {
    throw new DossierError(
      'export-failed',
      `The saved text of “${title}” could not be read for export (${(error as Error).message}). Open the note, make a small edit so it is saved again, and retry.`,
    );
  }
}

export const isMention = (node: SerializedNode): node is MentionNode => node.type === 'mention' && typeof node.entityId === 'string';
export const isCitation = (node: SerializedNode): node is CitationNode =>
  node.type === 'citation' && typeof node.anchor === 'object' && node.anchor !== null;

/** The plain text of a node and everything under it. */
export function plainText(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  const inner = (node.children ?? []).map(plainText);
  return node.type === 'root' || node.type === 'tablerow' ? inner.join('\n') : inner.join('');
}

/** Every node in the tree, depth first in document order. */
export function* walk(nodes: SerializedNode[]): Generator<SerializedNode> {
  for (const node of nodes) {
    yield node;
    if (node.children) yield* walk(node.children);
  }
}

/** A citation's quoted text: its own children when it has any, else the anchored passage. */
export function citationText(node: CitationNode): string {
  const own = (node.children ?? []).map(plainText).join('\n').trim();
  return own || node.anchor.exact;
}
