import type { ExportOptions } from '../../shared/api';
import type { Note } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { blocksToMarkdown } from './markdown-writer';
import { entityAnchor, mentionedEntities, TYPE_LABEL } from './mentioned-entities';
import { noteBlocks } from './note-json';
import { CitationNumbers, type SourceRef } from './sources';

/** Title, author and date of a brief: what its front matter and title block say. */
export interface BriefMeta {
  title: string;
  author?: string;
  /** YYYY-MM-DD */
  date: string;
}

const yamlString = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar

function frontMatter(meta: BriefMeta): string {
  const lines = ['---', `title: ${yamlString(meta.title)}`];
  if (meta.author) lines.push(`author: ${yamlString(meta.author)}`);
  lines.push(`date: ${meta.date}`, '---');
  return lines.join('\n');
}

const escapeText = (text: string) => text.replace(/[\\`*_[\]<>~]/g, '\\$&');

/** One line describing a cited article: title, publication, date, address. */
export function sourceMarkdown(source: SourceRef): string {
  const parts = [`*${escapeText(source.title)}*`];
  if (source.publication) parts.push(escapeText(source.publication));
  if (source.author) parts.push(escapeText(source.author));
  if (source.date) parts.push(source.date);
  return `${parts.join(', ')}.${source.url ? ` <${source.url}>` : ''}`;
}

/** A whole brief (one note or several) as one Markdown document. */
export function briefMarkdown(data: NotebookData, notes: Note[], meta: BriefMeta, options: ExportOptions): string {
  const citations = new CitationNumbers(data.articles, options.citations ?? 'footnotes');
  const blocksByNote = notes.map((note) => noteBlocks(note.content, note.title));
  const mentionAnchor = options.mentionLinks ? entityAnchor : undefined;
  const sections = notes.map((note, i) => {
    const body = blocksToMarkdown(blocksByNote[i], { citations, mentionAnchor });
    return `# ${escapeText(note.title || 'Untitled note')}${body ? `\n\n${body}` : ''}`;
  });
  const parts = [frontMatter(meta), ...sections];

  if (citations.style === 'sources' || options.sourcesList) {
    if (citations.sources.length > 0) {
      const list = citations.sources.map((s, i) => `${i + 1}. ${sourceMarkdown(s)}`).join('\n');
      parts.push(`## Sources\n\n${list}`);
    }
  }
  if (options.mentionLinks) {
    const entities = mentionedEntities(blocksByNote.flat(), data.entities);
    if (entities.length > 0) {
      const list = entities.map((e) => {
        const details = [TYPE_LABEL[e.type], ...e.posts].map(escapeText).join('; ');
        return `- <a id="${entityAnchor(e.id)}"></a>**${escapeText(e.name)}** — ${details}`;
      });
      parts.push(`## Entities\n\n${list.join('\n')}`);
    }
  }
  if (citations.style === 'footnotes' && citations.notes.length > 0) {
    parts.push(citations.notes.map((c) => `[^${c.number}]: ${sourceMarkdown(c.source)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
