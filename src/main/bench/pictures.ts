import type { NotebookData } from '../store/schema';
import { getGraph, getTimeline } from '../pictures';
import { generatedNotebook } from './generated-notebook';

/** The generated notebook with dates: 60 days, four dated mentions an article, between its names. */
function withDates(data: NotebookData): NotebookData {
  for (let d = 0; d < 60; d++) {
    const iso = `2024-${String(9 + Math.floor(d / 30)).padStart(2, '0')}-${String((d % 30) + 1).padStart(2, '0')}`;
    data.entities.push({ id: `d${d}`, key: `DATE:${iso}`, type: 'DATE', name: iso, aliases: [], roles: [], iso });
  }
  data.articles.forEach((article, i) => {
    for (let k = 0; k < 4; k++) article.mentions.push({ start: k * 200 + 10, end: k * 200 + 18, entityId: `d${(i + k * 13) % 60}` });
    article.mentions.sort((a, b) => a.start - b.start);
  });
  return data;
}

function median(run: () => void, times = 5): number {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    took.push(performance.now() - started);
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/** getTimeline and getGraph (notebook scope, top 2,000 nodes) on 10 and 5,040 generated articles. */
export async function benchPictures(sample: string): Promise<void> {
  const rows: Array<[string, number, number]> = [];
  for (const size of [10, 5040]) {
    const data = withDates(generatedNotebook(sample, size));
    let events = 0;
    let edges = 0;
    const timeline = median(() => {
      events = getTimeline(data).total;
    });
    const graph = median(() => {
      edges = getGraph(data, { maxNodes: 2000, maxEdges: 20_000 }).edges.length;
    });
    console.log(`  ${String(size).padStart(5)} articles: timeline ${timeline.toFixed(1).padStart(7)} ms (${events} dated statements), graph ${graph.toFixed(1).padStart(7)} ms (${edges} edges)`);
    rows.push([String(size), timeline, graph]);
  }
  const [small, large] = rows;
  console.log(`  5,040 vs 10: timeline ${(large[1] / small[1]).toFixed(0)}x, graph ${(large[2] / small[2]).toFixed(0)}x (median of five)`);
}
