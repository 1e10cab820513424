import type { NotebookData } from '../store/schema';
import { placeNodes } from '../../shared/graph-layout';
import { getGraph, getTimeline, graphFromIndex, PictureIndex, timelineFromIndex } from '../pictures';
import { generatedNotebook } from './generated-notebook';

/** The generated notebook with dates: 60 days, four dated mentions an article, between its names. */
export function withDates(data: NotebookData): NotebookData {
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

const GRAPH = { maxNodes: 2000, maxEdges: 20_000 };

/**
 * The timeline and the notebook-scope graph (top 2,000 nodes, 20,000 edges) on 10 and 5,040 generated
 * articles, each drawn first after a change (so no drawing is reused): an article trashed and restored,
 * which the index takes in as two small updates, then both pictures read from the index. Beside them,
 * the one-off cost of building the index (on the first picture of a session) and a full scan as before.
 */
export async function benchPictures(sample: string): Promise<void> {
  const rows: Array<{ size: number; timeline: number; graph: number }> = [];
  for (const size of [10, 5040]) {
    const data = withDates(generatedNotebook(sample, size));
    let index = new PictureIndex(data);
    const build = median(() => {
      index = new PictureIndex(data);
      index.links('sentence');
    });
    let turn = 0;
    const change = () => {
      const article = data.articles[turn++ % data.articles.length];
      article.trashedAt = 'now';
      index.update({ articles: [article.id] });
      delete article.trashedAt;
      index.update({ articles: [article.id] });
    };
    const update = median(change, 21);
    let events = 0;
    let edges = 0;
    const timeline = median(() => {
      change();
      events = timelineFromIndex(index).total;
    }, 21);
    const graph = median(() => {
      change();
      edges = graphFromIndex(index, GRAPH).edges.length;
    }, 21);
    // The force layout of that graph from the start, as on the first draw of a session (later draws start from its places).
    const drawn = graphFromIndex(index, GRAPH);
    const layout = median(() => placeNodes(drawn, 1.6), 3);
    const scan = median(() => {
      getTimeline(data);
      getGraph(data, GRAPH);
    }, 3);
    console.log(
      `  ${String(size).padStart(5)} articles: timeline ${timeline.toFixed(2).padStart(7)} ms (${events} dated statements), graph ${graph.toFixed(2).padStart(7)} ms (${edges} edges), its layout from the start ${layout.toFixed(0)} ms; index built once in ${build.toFixed(0)} ms, kept up to date in ${update.toFixed(2)} ms a trash and restore; a full scan of both ${scan.toFixed(0)} ms`,
    );
    rows.push({ size, timeline, graph });
  }
  const [small, large] = rows;
  console.log(`  5,040 vs 10, first draw after a change: timeline ${(large.timeline / small.timeline).toFixed(1)}x, graph ${(large.graph / small.graph).toFixed(1)}x (median of 21)`);
}
