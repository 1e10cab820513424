import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../../src/main/articles/import-article';
import { getTimeline } from '../../../../src/main/pictures';
import { emptyNotebook, type NotebookData } from '../../../../src/main/store/schema';

// Invented wire copy, dated 2024-10-03, naming three days of the week before it.
const SNAP = `Ishiba calls snap election

Prime Minister Shigeru Ishiba said on October 1 that he would dissolve the lower house. He won the Liberal Democratic Party leadership on September 27, beating Sanae Takaichi. On October 2, Foreign Minister Takeshi Iwaya met Antony Blinken in Tokyo. The vote is due in 2025.`;

const VAGUE = `Talks drag on

Officials from the Defence Ministry met again last week. Gen Nakatani said more talks would follow soon.`;

async function notebook(...articles: Array<{ text: string; publishedAt?: string }>): Promise<NotebookData> {
  const data = emptyNotebook();
  for (const a of articles) await importArticle(data, { title: a.text.split('\n', 1)[0], text: a.text, publishedAt: a.publishedAt, format: 'paste' });
  return data;
}

describe('the timeline', () => {
  it('lists each dated statement in date order, at its day, with the sentence and who is named in it', async () => {
    const data = await notebook({ text: SNAP, publishedAt: '2024-10-03' });
    const { events, total } = getTimeline(data);
    expect(events.map((e) => [e.iso, e.precision, e.dateText])).toEqual([
      ['2024-09-27', 'day', 'September 27'],
      ['2024-10-01', 'day', 'October 1'],
      ['2024-10-02', 'day', 'October 2'],
      ['2025', 'year', '2025'],
    ]);
    expect(total).toBe(4);
    const [sept, oct1, oct2] = events;
    expect(sept.sentence).toBe('He won the Liberal Democratic Party leadership on September 27, beating Sanae Takaichi.');
    expect(sept.entities.map((e) => e.name)).toEqual(['Liberal Democratic Party', 'Sanae Takaichi']);
    expect(oct1.entities.map((e) => e.name)).toEqual(['Shigeru Ishiba']);
    expect(oct2.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Takeshi Iwaya', 'Antony Blinken', 'Tokyo']));
    // Offsets point into the article, so the reader can open the passage.
    const text = data.articles[0].text;
    expect(text.slice(oct2.start, oct2.end)).toBe(oct2.sentence);
    expect(text.slice(oct2.dateStart, oct2.dateEnd)).toBe('October 2');
    expect(oct2.articleTitle).toBe('Ishiba calls snap election');
  });

  it('never puts a date the text left vague on a day, and counts it as unresolved', async () => {
    const data = await notebook({ text: VAGUE });
    const timeline = getTimeline(data);
    expect(timeline.events).toEqual([]);
  });

  it('leaves out articles in the trash and scopes to one article or one entity', async () => {
    const data = await notebook({ text: SNAP, publishedAt: '2024-10-03' }, { text: 'Aso speaks\n\nTaro Aso spoke in Osaka on March 3, 2023.', publishedAt: '2023-03-04' });
    expect(getTimeline(data).events.map((e) => e.iso)).toEqual(['2023-03-03', '2024-09-27', '2024-10-01', '2024-10-02', '2025']);
    const aso = data.entities.find((e) => e.name === 'Taro Aso')!;
    expect(getTimeline(data, { entityId: aso.id }).events.map((e) => e.iso)).toEqual(['2023-03-03']);
    expect(getTimeline(data, { articleId: data.articles[1].id }).events).toHaveLength(1);
    data.articles[1].trashedAt = '2024-11-01T00:00:00Z';
    expect(getTimeline(data).events.map((e) => e.iso)).not.toContain('2023-03-03');
  });

  it('keeps the latest statements when there are more than asked for, and says how many there were', async () => {
    const data = await notebook({ text: SNAP, publishedAt: '2024-10-03' });
    const { events, total } = getTimeline(data, { limit: 2 });
    expect(events.map((e) => e.iso)).toEqual(['2024-10-02', '2025']);
    expect(total).toBe(4);
  });

  it('skips dates whose value is not a calendar date', async () => {
    const data = await notebook({ text: SNAP, publishedAt: '2024-10-03' });
    const date = data.entities.find((e) => e.iso === '2025')!;
    date.iso = '2025-W40';
    const timeline = getTimeline(data);
    expect(timeline.events.map((e) => e.iso)).not.toContain('2025-W40');
    expect(timeline.unresolved).toBeGreaterThanOrEqual(1);
  });
});
