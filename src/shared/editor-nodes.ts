import { CodeHighlightNode, CodeNode } from '@lexical/code-core';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { TRANSFORMERS, type Transformer } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

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
];

/** One transformer list serves Markdown shortcuts while typing, import and export alike. */
export const NOTE_TRANSFORMERS: Transformer[] = [...TRANSFORMERS];
