import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticle } from '../../../../src/main/articles/import-article';
import { emptyNotebook, type NotebookData } from '../../../../src/main/store/schema';
import type { Entity } from '../../../../src/shared/model';

export const SAMPLE = readFileSync(join(__dirname, '../../../../resources/sample-article.txt'), 'utf8');
/** A later article that names the same people differently, and gets some things wrong the same way. */
export const LATER =
  'Nakatani meets allies\n\nOSAKA, October 4 (Dossier Wire) - Defence Minister Gen Nakatani met Reuters staff in Osaka on Friday. "We will act," Nakatani said. Officials at the Office said Tokyo Electric would comment. Song Xuewen called it a signal. Prime Minister Shigeru Ishiba agreed, and Ishiba later said: "Our door is open."';

export async function notebookWith(...texts: string[]): Promise<NotebookData> {
  const data = emptyNotebook();
  for (const text of texts) await importArticle(data, { title: text.split('\n', 1)[0], text, format: 'paste' });
  return data;
}

export async function importInto(data: NotebookData, text: string): Promise<string> {
  const { article } = await importArticle(data, { title: text.split('\n', 1)[0], text, format: 'paste' });
  return article.id;
}

export function named(data: NotebookData, name: string): Entity {
  const found = data.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name}; have ${data.entities.map((e) => e.name).join(', ')}`);
  return found;
}

export const has = (data: NotebookData, name: string) => data.entities.some((e) => e.name === name);

export function mentionsOf(data: NotebookData, id: string): number {
  return data.articles.reduce((n, a) => n + a.mentions.filter((m) => m.entityId === id).length, 0);
}

/** A note whose text holds one mention chip of the entity, as the editor saves it. */
export function noteMentioning(data: NotebookData, entity: Entity, citeArticleId?: string): string {
  const base = { direction: 'ltr', format: '', indent: 0, version: 1 };
  const chip = { type: 'mention', version: 1, entityId: entity.id, entityType: entity.type, name: entity.name, text: entity.name, format: 0, detail: 0, mode: 'segmented', style: '' };
  const children: unknown[] = [{ ...base, type: 'paragraph', children: [{ type: 'text', text: 'See ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }, chip] }];
  if (citeArticleId) children.push({ ...base, type: 'citation', anchor: { articleId: citeArticleId, start: 0, end: 5, exact: 'Japan', prefix: '', suffix: '' }, articleTitle: 't', children: [] });
  const id = `note-${data.notes.length + 1}`;
  const stamp = new Date().toISOString();
  data.notes.push({ id, title: 'Brief', content: JSON.stringify({ root: { ...base, type: 'root', children } }), createdAt: stamp, updatedAt: stamp });
  return id;
}

export function chipsOf(data: NotebookData, noteId: string): Array<{ entityId: string; name: string; text: string; entityType: string }> {
  const found: Array<{ entityId: string; name: string; text: string; entityType: string }> = [];
  const walk = (node: { type?: string; children?: unknown[]; root?: unknown }) => {
    if (node.type === 'mention') found.push(node as never);
    for (const child of (node.children ?? []) as never[]) walk(child);
    if (node.root) walk(node.root as never);
  };
  walk(JSON.parse(data.notes.find((n) => n.id === noteId)!.content));
  return found;
}
