import type { ImportedDocument } from './document';
import { decodeText } from './encoding';
import { emptyFile } from './errors';
import { readFrontMatter } from './front-matter';
import { markdownBlocks } from './markdown-text';
import { mergeMetadata, titleFromFileName } from './metadata';
import { normalizeLineEndings } from './paragraphs';
import { readPlainArticle } from './plain-article';

/**
 * A Markdown file: front matter gives the details, the first level-one heading the title, and the
 * rest becomes plain paragraphs (headings and list items each their own paragraph).
 */
export function readMarkdownFile(name: string, bytes: Uint8Array): ImportedDocument {
  if (bytes.length === 0) throw emptyFile(name, false);
  const raw = normalizeLineEndings(decodeText(bytes).text);
  if (!raw.trim()) throw emptyFile(name, true);
  const { meta, body } = readFrontMatter(raw);
  const blocks = markdownBlocks(body);
  if (blocks.length === 0) throw emptyFile(name, true);
  const h1 = blocks.find((b) => b.heading === 1)?.text;
  let title = meta.title ?? h1;
  // The heading that serves as the title is shown as the title, not again as the first paragraph.
  if (title && blocks[0].heading > 0 && blocks[0].text === title && blocks.length > 1) blocks.shift();
  if (!title && blocks[0].heading > 0 && blocks.length > 1) title = blocks.shift()!.text;
  const article = readPlainArticle(name, blocks.map((b) => b.text).join('\n\n'), { titled: Boolean(title) });
  const details = mergeMetadata(meta, article);
  return { ...details, text: article.text, title: title ?? article.title ?? titleFromFileName(name), format: 'md' };
}
