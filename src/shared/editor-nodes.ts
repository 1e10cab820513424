import { CodeHighlightNode, CodeNode } from '@lexical/code-core';
import { HorizontalRuleNode } from '@lexical/extension';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { CHECK_LIST, ELEMENT_TRANSFORMERS, MULTILINE_ELEMENT_TRANSFORMERS, TEXT_FORMAT_TRANSFORMERS, TEXT_MATCH_TRANSFORMERS, type Transformer } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './nodes/CitationNode';
import { FigureNode } from './nodes/FigureNode';
import { MentionNode } from './nodes/MentionNode';
import { TABLE } from './nodes/table-transformer';
import { CITATION, HORIZONTAL_RULE, MENTION } from './nodes/transformers';

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
 * One transformer list serves Markdown shortcuts while typing, import and export alike. Order matters:
 * a citation line is tried before a plain quote, a check list before a bulleted one.
 */
export const NOTE_TRANSFORMERS: Transformer[] = [
  HORIZONTAL_RULE,
  TABLE,
  CITATION,
  CHECK_LIST,
  ...ELEMENT_TRANSFORMERS,
  ...MULTILINE_ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  MENTION,
  ...TEXT_MATCH_TRANSFORMERS,
];
