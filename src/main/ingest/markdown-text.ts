import { decodeEntities } from './html-entities';

/** One block of a Markdown document once its syntax is gone. */
export interface MarkdownBlock {
  text: string;
  /** 1–6 for headings, 0 for everything else. */
  heading: number;
}

const FENCE = /^\s{0,3}(```+|~~~+)/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]^]+\]:\s*\S+.*$/;
const FOOTNOTE = /^\s{0,3}\[\^[^\]]+\]:\s*/;

/** Markdown → blocks of plain text: headings, paragraphs, list items, table rows, code. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ text: inlineText(paragraph.join(' ')), heading: 0 });
    paragraph = [];
  };
  const lines = withoutHtmlBlocks(markdown).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      blocks.push({ text: code.join(' '), heading: 0 });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      blocks.push({ text: inlineText(atx[2]), heading: atx[1].length });
    } else if (paragraph.length && SETEXT.exec(line) && !LIST.test(paragraph[paragraph.length - 1])) {
      const text = inlineText(paragraph.join(' '));
      paragraph = [];
      blocks.push({ text, heading: line.trim().startsWith('=') ? 1 : 2 });
    } else if (!line.trim() || RULE.test(line) || TABLE_RULE.test(line) || LINK_DEFINITION.test(line)) {
      flush();
    } else if (LIST.test(line) || FOOTNOTE.test(line)) {
      flush();
      paragraph.push(line.replace(LIST, '').replace(FOOTNOTE, ''));
    } else if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => inlineText(c).trim()).filter(Boolean);
      blocks.push({ text: cells.join('; '), heading: 0 });
    } else {
      paragraph.push(line.replace(QUOTE, ''));
    }
  }
  flush();
  return blocks.filter((b) => b.text.trim());
}

// Script and style blocks carry no article text; other tags are dropped where they stand.
function withoutHtmlBlocks(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|iframe|object|embed|noscript|template|svg|math)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>/gi, '');
}

/** Inline Markdown → text: links keep their words, images their alt text, emphasis its letters. */
export function inlineText(text: string): string {
  const code: string[] = [];
  // Escaped characters are set aside first so that \* never starts emphasis.
  let out = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, ch: string) => `\u0001${ch.charCodeAt(0)}\u0001`);
  out = out.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, inner: string) => {
    code.push(inner.trim());
    return `\u0000${code.length - 1}\u0000`;
  });
  out = out
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/ {2,}$/g, '');
  out = decodeEntities(out);
  return out.replace(/\u0000(\d+)\u0000/g, (_, n: string) => code[Number(n)]).replace(/\u0001(\d+)\u0001/g, (_, n: string) => String.fromCharCode(Number(n)));
}
