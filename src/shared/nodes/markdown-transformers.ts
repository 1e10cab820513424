import { $isCodeNode } from '@lexical/code-core';
import { $isLinkNode, LinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $generateNodesFromMarkdownString, CHECK_LIST, CODE, type ElementTransformer, HEADING, LINK, type MultilineElementTransformer, ORDERED_LIST, QUOTE, TEXT_FORMAT_TRANSFORMERS, type TextMatchTransformer, type Transformer, UNORDERED_LIST } from '@lexical/markdown';
import { $isQuoteNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, $isTableCellNode, $isTableNode, $isTableRowNode, TableCellHeaderStates, TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $createParagraphNode, $isParagraphNode, $isTextNode, type ElementNode, ParagraphNode } from 'lexical';
import type { EntityType } from '../extraction';
import { escapeLineStart } from '../markdown-escape';
import { $createCitationNode, $isCitationNode, CitationNode, type CitationSource, citationMarker, type SerializedCitationNode } from './CitationNode';
import { $createFigureNode, $isFigureNode, FigureNode, type SerializedFigureNode } from './FigureNode';
import { $createMentionNode, $isMentionNode, MentionNode } from './MentionNode';
import { HORIZONTAL_RULE } from './transformers';
import { escapeRegExp } from '../regexp';

/**
 * The one Markdown path: the transformers the editor types with, a note is imported with, and a
 * brief is exported with (through a headless editor), so what Dossier writes it reads back. A
 * brief's citations and mentions carry what they need to round-trip; the brief around them (footnote
 * definitions, a Sources list, an entity appendix, the mentions in its front matter) is read back
 * through the `reading` context.
 */

/** What writing a brief needs from around the note: numbering, links, pictures. */
export interface MarkdownWriting {
  /** The mark after a cited passage: "[^1]" (a footnote) or " \[1\]" (a Sources number). */
  citationMark(citation: SerializedCitationNode): string;
  /** A mention's link target (an entity appendix anchor), or undefined for its plain name. */
  mentionLink?(entityId: string): string | undefined;
  /** A picture's Markdown: its image file and caption. */
  figure?(figure: SerializedFigureNode): string;
  /** A link's address as written, or undefined to leave only its words (javascript:, file:). */
  safeUrl(url: string): string | undefined;
}

export interface MentionRef {
  entityId: string;
  entityType: EntityType;
  name: string;
}

/** What reading a brief back needs from around each line: its notes, its sources, its names. */
export interface MarkdownReading {
  /** The article a footnote ("[^2]") or a Sources number ("\[2\]") names. */
  citedSource?(ref: { footnote: number } | { source: number }): Omit<CitationSource, 'anchor'> | undefined;
  /** The names the brief held as mentions (from its front matter), longest first. */
  mentions?: MentionRef[];
  /** An entity appendix anchor ("entity-…") → the entity it lists. */
  mentionAt?(anchor: string): MentionRef | undefined;
}

// Characters Lexical's own escaping leaves alone that would still read as markup: links, HTML,
// character references. They travel as private-use stand-ins through its formatting, then come back escaped.
const STAND_IN: Record<string, string> = { '[': '\uE000', ']': '\uE001', '<': '\uE002', '>': '\uE003', '&': '\uE004' };
const STOOD_IN = /[\uE000-\uE004]/g;
const BACK = Object.fromEntries(Object.entries(STAND_IN).map(([c, s]) => [s, `\\${c}`]));
const TO_STAND_IN = /[[\]<>]|&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][\dA-Za-z]*;)/g;

const standIn = (text: string) => text.replace(STOOD_IN, ' ').replace(TO_STAND_IN, (c) => STAND_IN[c]);
const restore = (text: string) => text.replace(STOOD_IN, (s) => BACK[s]);
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
const escapeLines = (text: string) => text.split('\n').map(escapeLineStart).join('\n');
const never = /(?!)/;
// Every line ending CommonMark or a JavaScript-based renderer might honour.
const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/g;

/** Plain text, escaped so it reads back as the same words and never as markup. */
const TEXT: TextMatchTransformer = {
  dependencies: [],
  export: (node, _children, exportFormat) => {
    if (!$isTextNode(node) || $isMentionNode(node)) return null;
    // A line ending inside inline code would let a blank line end the span: it reads as the space it renders as.
    if (node.hasFormat('code')) return exportFormat(node, node.getTextContent().replace(LINE_BREAKS, ' '));
    return restore(exportFormat(node, standIn(node.getTextContent().replace(LINE_BREAKS, '\n'))));
  },
  regExp: never,
  type: 'text-match',
};

/**
 * A mention: its name, or a link to the brief's entity appendix. Read back, a link to an appendix
 * entry, or a name the brief's front matter lists as a mention, is a mention of that entity again.
 */
function mention(writing: MarkdownWriting | null, reading: MarkdownReading | null): TextMatchTransformer[] {
  const exported: TextMatchTransformer = {
    dependencies: [MentionNode],
    export: (node, _children, exportFormat) => {
      if (!$isMentionNode(node)) return null;
      const name = restore(exportFormat(node, standIn(oneLine(node.getTextContent()))));
      const link = writing?.mentionLink?.(node.getEntityId());
      return link ? `[${name}](#${link})` : name;
    },
    regExp: never,
    type: 'text-match',
  };
  const linked: TextMatchTransformer = {
    dependencies: [MentionNode],
    importRegExp: /\[((?:\\.|[^\]\\])+)\]\(#(entity-[A-Za-z0-9_-]+)\)/,
    regExp: never,
    replace: (node, match) => {
      const ref = reading?.mentionAt?.(match[2]);
      if (!ref) return;
      node.replace($createMentionNode(ref.entityId, ref.entityType, ref.name).setTextContent(match[1].replace(/\\(.)/g, '$1')));
    },
    type: 'text-match',
  };
  const names = (reading?.mentions ?? []).filter((m) => m.name.trim());
  const byName = new Map(names.map((m) => [m.name, m]));
  const pattern = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const named: TextMatchTransformer = {
    dependencies: [MentionNode],
    importRegExp: pattern.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.join('|')})(?![\\p{L}\\p{N}])`, 'u') : never,
    regExp: never,
    replace: (node, match) => {
      const ref = byName.get(match[0]);
      if (ref) node.replace($createMentionNode(ref.entityId, ref.entityType, ref.name).setTextContent(match[0]));
    },
    type: 'text-match',
  };
  return [exported, linked, named];
}

const CITATION_LINE = /^>\s(.+?)(?:\[\^(\d+)\]|\s\\\[(\d+)\\\]|\s\[([^\]]+)\])\s*$/;
const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const unescaped = (text: string) => text.replace(/\\(.)/g, '$1');

/**
 * A cited passage: `> the passage[^1]` with the footnote naming its article, `> the passage \[1\]`
 * with the Sources list naming it, or (typed, or from an older export) `> the passage [source, date]`.
 */
function citation(writing: MarkdownWriting | null, reading: MarkdownReading | null): ElementTransformer {
  return {
    dependencies: [CitationNode],
    export: (node) => {
      if (!$isCitationNode(node)) return null;
      const json = node.exportJSON();
      const passage = restore(standIn(oneLine(json.anchor.exact))).replace(/[*_`~\\]/g, '\\$&');
      const mark = writing ? writing.citationMark(json) : ` [${citationMarker(json)}]`;
      return `> ${escapeLineStart(passage)}${mark}`;
    },
    regExp: CITATION_LINE,
    replace: (parentNode, _children, match, isImport) => {
      if (!isImport) return false;
      const [, text, footnote, source, marker] = match;
      const exact = unescaped(text).trim();
      let cited: Omit<CitationSource, 'anchor'> | undefined;
      if (footnote) cited = reading?.citedSource?.({ footnote: Number(footnote) });
      else if (source) cited = reading?.citedSource?.({ source: Number(source) });
      else {
        const parts = marker.split(', ');
        const last = parts.at(-1) ?? '';
        const publishedAt = parts.length > 1 && ISO_DAY.test(last) ? last : undefined;
        const name = (publishedAt ? parts.slice(0, -1) : parts).join(', ');
        cited = { articleTitle: name, source: name, publishedAt };
      }
      if (!cited) return false;
      parentNode.replace($createCitationNode({ ...cited, anchor: { articleId: '', start: 0, end: exact.length, exact, prefix: '', suffix: '' } }));
    },
    type: 'element',
  };
}

/** A citation inside a block (older notes, a table cell): its mark alone, the passage is its block's. */
function citationMark(writing: MarkdownWriting | null): TextMatchTransformer {
  return {
    dependencies: [CitationNode],
    export: (node) => ($isCitationNode(node) ? (writing ? writing.citationMark(node.exportJSON()) : '') : null),
    regExp: never,
    type: 'text-match',
  };
}

/** A link: only an address the writer allows is written; anything else leaves its words. */
function link(writing: MarkdownWriting | null): TextMatchTransformer {
  return {
    ...LINK,
    export: (node, exportChildren) => {
      if (!$isLinkNode(node)) return null;
      const label = exportChildren(node);
      const url = writing ? writing.safeUrl(node.getURL()) : node.getURL();
      return url ? `[${label}](${url.replace(/[()\s<>"\\]/g, encodeURIComponent)})` : label;
    },
    dependencies: [LinkNode],
  };
}

/** A paragraph: its first characters (and each line's) never read as a heading, list, quote or rule. */
const PARAGRAPH: ElementTransformer = {
  dependencies: [ParagraphNode],
  export: (node, exportChildren) => ($isParagraphNode(node) ? escapeLines(exportChildren(node)) : null),
  regExp: never,
  replace: () => false,
  type: 'element',
};

/** A heading stays on its line. */
const HEADING_BLOCK: ElementTransformer = {
  ...HEADING,
  export: (node, exportChildren) => HEADING.export(node, exportChildren)?.replace(/\n/g, ' ') ?? null,
};

const QUOTE_BLOCK: ElementTransformer = {
  ...QUOTE,
  export: (node, exportChildren) =>
    $isQuoteNode(node)
      ? escapeLines(exportChildren(node))
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n')
      : null,
};

/** A code block, fenced longer than any run of backticks inside it; an odd language name is dropped. */
const CODE_BLOCK: MultilineElementTransformer = {
  ...CODE,
  export: (node) => {
    if (!$isCodeNode(node)) return null;
    const text = node.getTextContent().replace(/\r\n?/g, '\n');
    const fence = '`'.repeat(Math.max(3, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length + 1)));
    const language = node.getLanguage() ?? '';
    return `${fence}${/^[\w#+.-]{1,40}$/.test(language) ? language : ''}\n${text}\n${fence}`;
  },
};

/** Lists (bulleted, numbered, tasks), nested by four spaces, each item's lines escaped like a paragraph's. */
function listMarkdown(list: ListNode, exportChildren: (node: ElementNode) => string): string {
  const items: string[] = [];
  let number = list.getStart();
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const nested = item.getChildren().filter($isListNode);
    const nestedText = nested.map((n) => listMarkdown(n, exportChildren).replace(/^/gm, '    ')).join('\n');
    // Lexical keeps a nested list in an item of its own, right after its parent item.
    if (nested.length === item.getChildrenSize() && items.length > 0) {
      items[items.length - 1] += `\n${nestedText}`;
      continue;
    }
    const marker = list.getListType() === 'number' ? `${number++}. ` : list.getListType() === 'check' ? `- [${(item as ListItemNode).getChecked() ? 'x' : ' '}] ` : '- ';
    const body = escapeLines(inlineOf(item, exportChildren));
    items.push(body.replace(/\n/g, `\n${' '.repeat(marker.length)}`).replace(/^/, marker) + (nestedText ? `\n${nestedText}` : ''));
  }
  return items.join('\n');
}

/** An item's own words (Lexical keeps a nested list in an item of its own). */
function inlineOf(item: ListItemNode, exportChildren: (node: ElementNode) => string): string {
  return item.getChildren().some($isListNode) ? '' : exportChildren(item);
}

const LIST: ElementTransformer = {
  ...UNORDERED_LIST,
  export: (node, exportChildren) => ($isListNode(node) ? listMarkdown(node, exportChildren) : null),
};

const TABLE_ROW = /^\|(.+)\|\s*$/;
const TABLE_DIVIDER = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;

/**
 * Tables as GitHub-flavoured Markdown, the first row the header. A cell keeps its formatting,
 * mentions and links both ways: it is written and read with the same transformers as a paragraph.
 */
function table(all: () => Transformer[]): ElementTransformer {
  return {
    dependencies: [TableNode, TableRowNode, TableCellNode],
    export: (node, exportChildren) => {
      if (!$isTableNode(node)) return null;
      const rows = node.getChildren().filter($isTableRowNode);
      const cells = rows.map((row) =>
        row
          .getChildren()
          .filter($isTableCellNode)
          .map((cell) =>
            cell
              .getChildren()
              .map((block) => ($isParagraphNode(block) ? exportChildren(block) : block.getTextContent()))
              .join('<br>')
              .replace(/\n/g, '<br>')
              .replace(/\|/g, '\\|')
              .trim(),
          ),
      );
      if (cells.length === 0) return '';
      const width = Math.max(...cells.map((r) => r.length));
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
      return [line(cells[0]), `| ${Array(width).fill('---').join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
    },
    regExp: TABLE_ROW,
    replace: (parentNode, _children, match, isImport) => {
      if (!isImport) return false;
      const previous = parentNode.getPreviousSibling();
      if (TABLE_DIVIDER.test(match[0])) {
        if ($isTableNode(previous)) parentNode.remove();
        return;
      }
      const texts = match[1].split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br>/g, '\n'));
      const header = !$isTableNode(previous);
      const tableNode = $isTableNode(previous) ? previous : $createTableNode();
      const row = $createTableRowNode();
      for (const text of texts) {
        const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
        const blocks = text ? $generateNodesFromMarkdownString(text, all()).filter($isParagraphNode) : [];
        cell.append(...(blocks.length ? blocks : [$createParagraphNode()]));
        row.append(cell);
      }
      tableNode.append(row);
      if (tableNode === previous) parentNode.remove();
      else parentNode.replace(tableNode);
    },
    type: 'element',
  };
}

/** A picture: its Markdown comes from the writer (it saves the image beside the brief); else its caption. */
function figure(writing: MarkdownWriting | null): ElementTransformer {
  return {
    dependencies: [FigureNode],
    export: (node) => {
      if (!$isFigureNode(node)) return null;
      const json = node.exportJSON();
      return writing?.figure ? writing.figure(json) : `*${restore(standIn(oneLine(json.caption))).replace(/[*_`~\\]/g, '\\$&')}*`;
    },
    regExp: never,
    replace: () => false,
    type: 'element',
  };
}

const IMAGE_LINE = /^!\[((?:\\.|[^\]\\])*)\]\(([^()\s]+)\)\s*$/;
const CAPTION_LINE = /^\*((?:\\.|[^*\\])+)\*\s*$/;

/**
 * A picture read back: `![what it shows](file.png)` and the `*caption*` under it. The image file is
 * beside the brief, not in it, so the figure returns with its caption and description only.
 */
const FIGURE_IMPORT: MultilineElementTransformer = {
  dependencies: [FigureNode],
  regExpStart: IMAGE_LINE,
  handleImportAfterStartMatch: ({ lines, rootNode, startLineIndex, startMatch }) => {
    let next = startLineIndex + 1;
    while (next < lines.length && !lines[next].trim()) next++;
    const caption = CAPTION_LINE.exec(lines[next] ?? '');
    rootNode.append($createFigureNode({ src: '', alt: unescaped(startMatch[1]), caption: caption ? unescaped(caption[1]) : '', width: 0, height: 0 }));
    return [true, caption ? next : startLineIndex];
  },
  replace: () => false,
  type: 'multiline-element',
};

/**
 * The note transformers. Without a context they serve the editor (shortcuts, pasting Markdown) and
 * plain imports; with `writing` they write a brief, with `reading` they read one back.
 */
export function noteTransformers(writing: MarkdownWriting | null = null, reading: MarkdownReading | null = null): Transformer[] {
  const [mentionOut, mentionLinked, mentionNamed] = mention(writing, reading);
  const transformers: Transformer[] = [
    FIGURE_IMPORT,
    figure(writing),
    HORIZONTAL_RULE,
    table(() => transformers),
    citation(writing, reading),
    CODE_BLOCK,
    // A task list is tried before plain bullets, or "- [ ] task" reads as a bullet "[ ] task".
    { ...CHECK_LIST, export: LIST.export },
    HEADING_BLOCK,
    QUOTE_BLOCK,
    LIST,
    { ...ORDERED_LIST, export: LIST.export },
    PARAGRAPH,
    ...TEXT_FORMAT_TRANSFORMERS,
    mentionOut,
    citationMark(writing),
    mentionLinked,
    link(writing),
    mentionNamed,
    TEXT,
  ];
  return transformers;
}
