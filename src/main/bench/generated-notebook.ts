import { emptyNotebook, type NotebookData } from '../store/schema';

/**
 * A notebook of `articles` articles made of the sample's sentences in different mixes (so a search
 * matches some articles, not all), 40 mentions each over 8 entities an article, and one brief;
 * written as an earlier Dossier did (one file, schema 2), so opening it also moves it into a folder.
 */
export function generatedNotebook(sampleText: string, articles: number): NotebookData {
  const data = emptyNotebook();
  data.schemaVersion = 2;
  const stamp = new Date().toISOString();
  const entities = Math.max(50, articles * 8);
  const sentences = sampleText.split(/(?<=[.!?]["”]?)\s+/).filter((x) => x.length > 20);
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < articles; i++) {
    const picked = Array.from({ length: 12 }, () => sentences[Math.floor(next() * sentences.length)]);
    const text = `${picked.join(' ')}\n\nArticle ${i}, file ${Math.floor(next() * 1e6).toString(36)}.`;
    const mentions = Array.from({ length: 40 }, (_, k) => ({ start: k * 20, end: k * 20 + 8, entityId: `e${(i * 7 + k) % entities}` }));
    data.articles.push({ id: `a${i}`, title: `Article ${i}`, text, format: 'txt', importedAt: stamp, mentions, quotes: [] });
  }
  for (let i = 0; i < entities; i++) data.entities.push({ id: `e${i}`, key: `PERSON:p${i}`, type: 'PERSON', name: `Person ${i}`, aliases: [], roles: [] });
  data.notes.push({ id: 'brief', title: 'Brief', content: '', createdAt: stamp, updatedAt: stamp });
  return data;
}
