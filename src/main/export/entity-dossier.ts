import type { ExportedFile } from '../../shared/api';
import type { Article, EntityCard } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { briefAuthor } from './author';
import { sourceMarkdown } from './brief-markdown';
import { entityCard } from '../entities/card';
import { exportFileName } from './markdown';
import { escapeLineStart, markdownLine, markdownPiece, yamlString } from './markdown-escape';
import { TYPE_LABEL } from './mentioned-entities';
import { humanDate, safeUrl, type SourceRef } from './sources';

function sourceOf(article: Article | undefined, id: string, title: string): SourceRef {
  return {
    articleId: id,
    title: article?.title ?? title,
    publication: article?.source,
    author: article?.author,
    date: humanDate(article?.publishedAt) ?? (article ? 'undated' : undefined),
    url: safeUrl(article?.url),
  };
}

/** The sentence with the mention in bold, on one line: keyword in context. */
function inContext(sentence: string, start: number, end: number): string {
  if (!(start >= 0 && end <= sentence.length && start < end)) return markdownLine(sentence);
  const [before, match, after] = [sentence.slice(0, start).trimStart(), sentence.slice(start, end), sentence.slice(end).trimEnd()];
  return escapeLineStart(`${markdownPiece(before)}**${markdownPiece(match)}**${markdownPiece(after)}`);
}

function groupByArticle<T extends { articleId: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.articleId, [...(groups.get(item.articleId) ?? []), item]);
  return groups;
}

function dossierMarkdown(card: EntityCard, data: NotebookData): string {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const numbers = new Map<string, number>();
  const sources: SourceRef[] = [];
  const cite = (articleId: string, title: string) => {
    if (!numbers.has(articleId)) {
      sources.push(sourceOf(articles.get(articleId), articleId, title));
      numbers.set(articleId, sources.length);
    }
    return numbers.get(articleId) as number;
  };
  const lines = ['---', `title: ${yamlString(card.name)}`];
  const author = briefAuthor();
  if (author) lines.push(`author: ${yamlString(author)}`);
  lines.push(`date: ${new Date().toISOString().slice(0, 10)}`, '---', '', `# ${markdownLine(card.name)}`, '');
  lines.push(`**${TYPE_LABEL[card.type] ?? 'Entity'}** · ${card.mentionCount} mention${card.mentionCount === 1 ? '' : 's'} in ${card.articleCount} article${card.articleCount === 1 ? '' : 's'}`);
  if (card.iso) lines.push('', `**Date:** ${markdownLine(card.iso)}`);
  if (card.aliases.length) lines.push('', `**Also named:** ${card.aliases.map(markdownLine).join('; ')}`);
  const posts = [...new Set(card.roles.map((r) => `${r.former ? 'former ' : ''}${r.title}${r.organization ? `, ${r.organization}` : ''}`))];
  if (posts.length) lines.push('', '## Posts', '', ...posts.map((p) => `- ${markdownLine(p)}`));

  if (card.mentions.length) {
    lines.push('', '## Mentions in context');
    for (const [articleId, mentions] of groupByArticle(card.mentions)) {
      const n = cite(articleId, mentions[0].articleTitle);
      lines.push('', `### ${markdownLine(mentions[0].articleTitle)} \\[${n}\\]`, '');
      for (const m of mentions) lines.push(`- ${inContext(m.sentence, m.sentenceStart, m.sentenceEnd)}`);
    }
  }
  if (card.quotes.length) {
    lines.push('', '## Quotes');
    for (const q of card.quotes) {
      const n = cite(q.articleId, q.articleTitle);
      lines.push('', `> “${markdownLine(q.text)}”`, `> — ${markdownLine(q.speaker ?? card.name)}, *${markdownLine(q.articleTitle)}* \\[${n}\\]`);
    }
  }
  if (card.related.length) {
    lines.push('', '## Often named with', '', ...card.related.map((r) => `- ${markdownLine(r.name)} (${TYPE_LABEL[r.type] ?? 'Entity'}, ${r.together} sentence${r.together === 1 ? '' : 's'})`));
  }
  if (sources.length) lines.push('', '## Sources', '', ...sources.map((s, i) => `${i + 1}. ${sourceMarkdown(s)}`));
  return `${lines.join('\n')}\n`;
}

/** An entity's dossier in Markdown: its card, every mention in its sentence, its quotes and their sources. */
export function entityDossier(data: NotebookData, id: string): ExportedFile {
  const card = entityCard(data, id);
  return { fileName: exportFileName(`${card.name} dossier`, 'md'), mimeType: 'text/markdown', content: dossierMarkdown(card, data), encoding: 'utf8' };
}
