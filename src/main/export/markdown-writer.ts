import { codeSpan, escapeLineStart, escapeMarkdown, normalizeLineBreaks } from './markdown-escape';
import { safeUrl } from './sources';
import type { CitationNumbers } from './sources';
import { type FigureFiles, figureMarkdown, isFigure } from './figure';
import { citationText, FORMAT, hasFormat, isCitation, isMention, type SerializedNode } from './note-json';

/** What the Markdown of one note's body depends on besides the note itself. */
export interface MarkdownContext {
  citations: CitationNumbers;
  /** When set, a mention becomes a link to this anchor in the entity appendix. */
  mentionAnchor?: (entityId: string) => string;
  /** Where pictures' images are collected to be written beside the brief; without it, only their captions. */
  figures?: FigureFiles;
}

function formatted(node: SerializedNode, body: string): string {
  if (!body.trim()) return body;
  // Emphasis markers must touch the words, so surrounding spaces move outside them.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) as RegExpExecArray;
  let out = core;
  if (hasFormat(node, FORMAT.strikethrough)) out = `~~${out}~~`;
  if (hasFormat(node, FORMAT.italic)) out = `*${out}*`;
  if (hasFormat(node, FORMAT.bold)) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

function citationMark(number: number, ctx: MarkdownContext): string {
  return ctx.citations.style === 'footnotes' ? `[^${number}]` : ` \\[${number}\\]`;
}

export function inlineMarkdown(nodes: SerializedNode[], ctx: MarkdownContext): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'tab') out += '\t';
    else if (isMention(node)) {
      const name = escapeMarkdown(String(node.text || node.name || '').replace(/\s+/g, ' '));
      out += formatted(node, ctx.mentionAnchor ? `[${name}](#${ctx.mentionAnchor(node.entityId)})` : name);
    } else if (node.type === 'text' || node.type === 'code-highlight' || typeof node.text === 'string') {
      const text = String(node.text ?? '');
      out += hasFormat(node, FORMAT.code) ? formatted(node, codeSpan(text)) : formatted(node, escapeMarkdown(normalizeLineBreaks(text)));
    } else if (node.type === 'link' || node.type === 'autolink') {
      const label = inlineMarkdown(node.children ?? [], ctx);
      const url = safeUrl(node.url) ?? (typeof node.url === 'string' && node.url.startsWith('mailto:') ? node.url : undefined);
      out += url ? `[${label}](${url.replace(/[()\s<>"\\]/g, encodeURIComponent)})` : label;
    } else if (isCitation(node)) {
      out += citationMark(ctx.citations.cite(node).number, ctx);
    } else if (node.children) {
      out += inlineMarkdown(node.children, ctx);
    }
  }
  return out;
}

function paragraphText(nodes: SerializedNode[], ctx: MarkdownContext): string {
  return inlineMarkdown(nodes, ctx)
    .split('\n')
    .map((line) => escapeLineStart(line))
    .join('\n');
}

const prefixLines = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? prefix : prefix.trimEnd()) + line)
    .join('\n');

function listMarkdown(list: SerializedNode, ctx: MarkdownContext): string {
  const items: string[] = [];
  let number = list.start ?? 1;
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    const nested = children.filter((c) => c.type === 'list');
    const inline = children.filter((c) => c.type !== 'list');
    const nestedText = nested.map((n) => prefixLines(listMarkdown(n, ctx), '    ')).join('\n');
    // Lexical keeps a nested list in an item of its own, right after its parent item.
    if (inline.length === 0 && nested.length > 0 && items.length > 0) {
      items[items.length - 1] += `\n${nestedText}`;
      continue;
    }
    const marker = list.listType === 'number' ? `${number++}. ` : list.listType === 'check' ? `- [${item.checked ? 'x' : ' '}] ` : '- ';
    const body = paragraphText(inline, ctx);
    items.push(prefixLines(body, ' '.repeat(marker.length), marker) + (nestedText ? `\n${nestedText}` : ''));
  }
  return items.join('\n');
}

function tableMarkdown(table: SerializedNode, ctx: MarkdownContext): string {
  const rows = (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell) =>
      (cell.children ?? [])
        .map((block) => inlineMarkdown(block.children ?? [block], ctx))
        .join('<br>')
        .replace(/\n/g, '<br>')
        .replace(/\|/g, '\\|')
        .trim(),
    ),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

function blockMarkdown(node: SerializedNode, ctx: MarkdownContext): string {
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 2);
      return `${'#'.repeat(level)} ${inlineMarkdown(node.children ?? [], ctx).replace(/\n/g, ' ')}`;
    }
    case 'quote':
      return prefixLines(paragraphText(node.children ?? [], ctx), '> ');
    case 'list':
      return listMarkdown(node, ctx);
    case 'code': {
      const text = normalizeLineBreaks((node.children ?? []).map((c) => (c.type === 'linebreak' ? '\n' : String(c.text ?? ''))).join(''));
      const fence = '`'.repeat(Math.max(3, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length + 1)));
      // The info string ends at a line break or a backtick; anything but a plain language name is dropped.
      const language = typeof node.language === 'string' && /^[\w#+.-]{1,40}$/.test(node.language) ? node.language : '';
      return `${fence}${language}\n${text}\n${fence}`;
    }
    case 'table':
      return tableMarkdown(node, ctx);
    case 'horizontalrule':
      return '---';
    default:
      if (isFigure(node)) return figureMarkdown(node, ctx.figures?.add(node) ?? null);
      if (isCitation(node)) {
        const mark = citationMark(ctx.citations.cite(node).number, ctx);
        const quoted = escapeMarkdown(normalizeLineBreaks(String(citationText(node))))
          .split('\n')
          .map(escapeLineStart)
          .join('\n');
        return prefixLines(`${quoted}${mark}`, '> ');
      }
      return paragraphText(node.children ?? (node.text ? [node] : []), ctx);
  }
}

/** A note's blocks as Markdown, blocks separated by a blank line. */
export function blocksToMarkdown(blocks: SerializedNode[], ctx: MarkdownContext): string {
  return blocks
    .map((block) => blockMarkdown(block, ctx))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
