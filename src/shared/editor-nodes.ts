import { CodeHighlightNode, CodeNode } from '@lexical/code-core';
import { HorizontalRuleNode } from '@lexical/extension';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import type { Transformer } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './nodes/CitationNode';
import { FigureNode } from './nodes/FigureNode';
import { MentionNode } from './nodes/MentionNode';
import { noteTransformers } from './nodes/markdown-transformers';

/** The nodes a note may hold: the same list for the window's editor and the headless exporter. */
export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  HorizontalRuleNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MentionNode,
  CitationNode,
  FigureNode,
];

/**
 * One transformer list serves Markdown shortcuts while typing, import and export alike (a brief is
 * written through the same list with its numbering and links: see nodes/markdown-transformers.ts).
 */
export const NOTE_TRANSFORMERS: Transformer[] = noteTransformers();
