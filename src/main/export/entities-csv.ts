import type { ExportedFile } from '../../shared/api';
import type { NotebookData } from '../store/schema';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The notebook's entity table: one row per entity with its aliases, counts and posts. */
export function entitiesCsv(data: NotebookData): ExportedFile {
  const mentions = new Map<string, number>();
  const articles = new Map<string, Set<string>>();
  for (const article of data.articles) {
    for (const m of article.mentions) {
      mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
      articles.set(m.entityId, (articles.get(m.entityId) ?? new Set()).add(article.id));
    }
  }
  const rows = [...data.entities]
    .sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .map((e) => {
      const posts = [...new Set(e.roles.map((r) => (r.organization ? `${r.title}, ${r.organization}` : r.title)))];
      return [e.id, e.name, e.type, e.aliases.join('; '), mentions.get(e.id) ?? 0, articles.get(e.id)?.size ?? 0, posts.join('; ')].map(csvField).join(',');
    });
  // A byte-order mark so spreadsheet programs read the names (石破茂, 김정은) as UTF-8.
  const content = `\uFEFF${['id,name,type,aliases,mentions,articles,posts', ...rows].join('\r\n')}\r\n`;
  return { fileName: 'Entities.csv', mimeType: 'text/csv', content, encoding: 'utf8' };
}
