import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { readDocument } from '../../../../src/main/ingest';

const BODY = `WASHINGTON - The committee will meet again on Oct. 10, its chair said on Sunday, and a vote is expected in May.

Members asked the department to send its figures before the hearing, so that staff could check them against last year's report and brief the committee in good time.`;
const DATELINED = `Committee sets a date for the hearing\nThe Washington Post, October 9, 2016\n\n${BODY}`;

async function notebookDir() {
  return openNotebook(mkdtempSync(join(tmpdir(), 'dossier-dates-')));
}

/** The dates the article's reader lights up, as text → ISO (none when unresolved). */
async function datesIn(notebook: Awaited<ReturnType<typeof notebookDir>>['notebook'], id: string): Promise<Record<string, string | null>> {
  const article = await notebook.getArticle(id);
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const found: Record<string, string | null> = {};
  for (const m of article.mentions) {
    const entity = byId.get(m.entityId);
    if (entity?.type === 'DATE') found[article.text.slice(m.start, m.end)] = entity.iso ?? null;
  }
  return found;
}

describe('an article’s date', () => {
  it('is undated when none is given or found, and leaves "Oct. 10" and "May" unresolved', async () => {
    const { notebook } = await notebookDir();
    const { article } = await notebook.importText({ title: 'Hearing', text: BODY });
    expect(article.publishedAt).toBeUndefined();
    const dates = await datesIn(notebook, article.id);
    expect(dates['Oct. 10']).toBeNull();
    expect(Object.values(dates).every((iso) => iso === null)).toBe(true);
  });

  it('is taken from a pasted dateline when none is typed, and anchors the article’s dates', async () => {
    const { notebook } = await notebookDir();
    const { article } = await notebook.importText({ title: '', text: DATELINED });
    expect(article).toMatchObject({ title: 'Committee sets a date for the hearing', source: 'The Washington Post', publishedAt: '2016-10-09' });
    expect((await datesIn(notebook, article.id))['Oct. 10']).toBe('2016-10-10');
    // The date typed in the form wins over the document's.
    const { notebook: other } = await notebookDir();
    const { article: typed } = await other.importText({ title: '', text: DATELINED, publishedAt: '2016-10-08' });
    expect(typed.publishedAt).toBe('2016-10-08');
  });

  it('set by the user reads the article’s dates again, and cleared leaves them unresolved', async () => {
    const { notebook } = await notebookDir();
    const { article } = await notebook.importText({ title: 'Hearing', text: BODY });
    await notebook.updateArticle(article.id, { publishedAt: '2016-10-09' });
    expect((await datesIn(notebook, article.id))['Oct. 10']).toBe('2016-10-10');
    await notebook.updateArticle(article.id, { publishedAt: '2015-03-01' });
    expect((await datesIn(notebook, article.id))['Oct. 10']).toBe('2015-10-10');
    await notebook.updateArticle(article.id, { publishedAt: '' });
    expect((await datesIn(notebook, article.id))['Oct. 10']).toBeNull();
    // The names were not touched.
    expect((await notebook.getArticle(article.id)).entities.some((e) => e.name === 'WASHINGTON' || e.name === 'Washington')).toBe(true);
  });

  it('is stored once when the same article is pasted once and dropped once as .txt', async () => {
    const { notebook, store } = await notebookDir();
    const pasted = await notebook.importText({ title: '', text: DATELINED });
    const dropped = await notebook.importDocument(await readDocument('hearing.txt', new TextEncoder().encode(DATELINED)));
    expect(dropped.duplicateOf).toBe(pasted.article.id);
    // Pasted under a title of the user's own, the headline stays in the text: still the same article.
    const retitled = await notebook.importText({ title: 'My copy of the hearing story', text: DATELINED });
    expect(retitled.duplicateOf).toBe(pasted.article.id);
    expect(store.data.articles).toHaveLength(1);
  });
});
