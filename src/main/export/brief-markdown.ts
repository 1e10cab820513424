import type { ExportOptions } from '../../shared/api';
import type { Note } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import type { FigureFiles } from './figure';
import { blocksToMarkdown } from './markdown-writer';
import { entityAnchor, mentionedEntities, TYPE_LABEL } from './mentioned-entities';
import { isMention, noteBlocks, type SerializedNode, walk } from './note-json';
import { markdownLine, yamlDate, yamlString } from './markdown-escape';
import { CitationNumbers, safeUrl, type SourceRef } from './sources';

/** Title, author and date of a brief: what its front matter and title block say. */
export interface BriefMeta {
  title: string;
  author?: string;
  /** YYYY-MM-DD */
  date: string;
}

function frontMatter(meta: BriefMeta, blocks: SerializedNode[]): string {
  const lines = ['---', `title: ${yamlString(meta.title)}`];
  if (meta.author) lines.push(`author: ${yamlString(meta.author)}`);
  lines.push(`date: ${yamlDate(meta.date)}`);
  // The names the brief holds as mentions, so importing it gives them back as mentions of their entities.
  const mentions = new Map<string, string>();
  for (const node of walk(blocks)) {
    if (!isMention(node)) continue;
    const text = String(node.text || node.name || '').replace(/\s+/g, ' ').trim();
    if (text && !mentions.has(text)) mentions.set(text, `  - {"id": ${yamlString(node.entityId)}, "type": ${yamlString(node.entityType)}, "name": ${yamlString(text)}}`);
  }
  if (mentions.size > 0) lines.push('mentions:', ...mentions.values());
  lines.push('---');
  return lines.join('\n');
}

/** One line describing a cited article: title, publication, author, date, address; every part escaped. */
export function sourceMarkdown(source: SourceRef): string {
  const parts = [`*${markdownLine(source.title) || 'Untitled article'}*`];
  for (const part of [source.publication, source.author, source.date]) if (part) parts.push(markdownLine(part));
  // A parsed http(s) address has its <, > and spaces percent-encoded, so it cannot leave the <…>.
  const url = safeUrl(source.url);
  return `${parts.join(', ')}.${url ? ` <${url}>` : ''}`;
}

/** A whole brief (one note or several) as one Markdown document; its pictures' images go to `figures`. */
export function briefMarkdown(data: NotebookData, notes: Note[], meta: BriefMeta, options: ExportOptions, figures?: FigureFiles): string {
  const citations = new CitationNumbers(data.articles, options.citations ?? 'footnotes');
  const blocksByNote = notes.map((note) => noteBlocks(note.content, note.title));
  const mentionAnchor = options.mentionLinks ? entityAnchor : undefined;
  const sections = notes.map((note, i) => {
    const body = blocksToMarkdown(blocksByNote[i], { citations, mentionAnchor, figures });
    return `# ${markdownLine(note.title) || 'Untitled note'}${body ? `\n\n${body}` : ''}`;
  });
  const parts = [frontMatter(meta, blocksByNote.flat()), ...sections];
  const withSources = citations.style === 'sources' || options.sourcesList === true;

  if (withSources) {
    if (citations.sources.length > 0) {
      const list = citations.sources.map((s, i) => `${i + 1}. ${sourceMarkdown(s)}`).join('\n');
      parts.push(`## Sources\n\n${list}`);
    }
  }
  if (options.mentionLinks) {
    const entities = mentionedEntities(blocksByNote.flat(), data.entities);
    if (entities.length > 0) {
      const list = entities.map((e) => {
        const details = [TYPE_LABEL[e.type] ?? 'Entity', ...e.posts].map(markdownLine).join('; ');
        return `- <a id="${entityAnchor(String(e.id))}"></a>**${markdownLine(e.name)}** — ${details}`;
      });
      parts.push(`## Entities\n\n${list.join('\n')}`);
    }
  }
  if (citations.style === 'footnotes' && citations.notes.length > 0) {
    // With a Sources list below, a note points into it rather than printing the same source twice.
    const listed = (c: (typeof citations.notes)[number]) => citations.sources.findIndex((s) => s.articleId === c.source.articleId) + 1;
    const note = (c: (typeof citations.notes)[number]) =>
      withSources && listed(c) > 0 ? `*${markdownLine(c.source.title) || 'Untitled article'}*, see Sources ${listed(c)}.` : sourceMarkdown(c.source);
    parts.push(citations.notes.map((c) => `[^${c.number}]: ${note(c)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
