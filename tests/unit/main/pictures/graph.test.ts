import { describe, expect, it } from 'vitest';
import { getGraph } from '../../../../src/main/pictures';
import { sentenceSpans } from '../../../../src/main/pictures/sentences';
import { emptyNotebook, type NotebookData } from '../../../../src/main/store/schema';
import type { EntityType } from '../../../../src/shared/extraction';

/** A notebook built by hand: each name in `people` is mentioned wherever it occurs in the text. */
function handBuilt(texts: string[], names: Record<string, EntityType>): NotebookData {
  const data = emptyNotebook();
  for (const [name, type] of Object.entries(names)) data.entities.push({ id: name, key: `${type}:${name}`, type, name, aliases: [], roles: [] });
  texts.forEach((text, i) => {
    const mentions = [];
    for (const name of Object.keys(names)) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, entityId: name });
    mentions.sort((a, b) => a.start - b.start);
    data.articles.push({ id: `a${i}`, title: `Article ${i}`, text, format: 'paste', importedAt: '2024-10-01T00:00:00Z', mentions, quotes: [], source: 'Wire' });
  });
  return data;
}

const NAMES: Record<string, EntityType> = { Ishiba: 'PERSON', Iwaya: 'PERSON', Aso: 'PERSON', Takaichi: 'PERSON', LDP: 'ORGANIZATION', Tokyo: 'PLACE' };

describe('the entity graph', () => {
  it('links two names for each sentence they share, with those sentences as evidence', () => {
    const data = handBuilt(['Ishiba met Iwaya in Tokyo. Aso stayed away. Ishiba and Iwaya spoke again.', 'Ishiba thanked Iwaya. Takaichi of the LDP said nothing.'], NAMES);
    const graph = getGraph(data);
    expect(graph.nodes.map((n) => [n.name, n.mentions])).toEqual([
      ['Ishiba', 3],
      ['Iwaya', 3],
      ['Aso', 1],
      ['LDP', 1],
      ['Takaichi', 1],
    ]);
    const strongest = graph.edges[0];
    expect([strongest.source, strongest.target].sort()).toEqual(['Ishiba', 'Iwaya']);
    expect(strongest.weight).toBe(3);
    expect(strongest.evidence.map((e) => e.sentence)).toEqual(['Ishiba met Iwaya in Tokyo.', 'Ishiba and Iwaya spoke again.', 'Ishiba thanked Iwaya.']);
    const first = strongest.evidence[0];
    expect(data.articles[0].text.slice(first.start, first.end)).toBe(first.sentence);
    expect(graph.edges.map((e) => [e.source, e.target].sort().join('–'))).toEqual(['Ishiba–Iwaya', 'LDP–Takaichi']);
    // Aso is named alone: a node without links. Places are left out unless asked for.
    expect(graph.nodes.find((n) => n.name === 'Aso')?.strength).toBe(0);
    expect(graph.nodes.some((n) => n.type === 'PLACE')).toBe(false);
  });

  it('draws places when asked, and keeps only the most mentioned nodes and strongest edges', () => {
    const data = handBuilt(['Ishiba met Iwaya in Tokyo. Ishiba met Iwaya again.', 'Aso and Ishiba met.'], NAMES);
    const withPlaces = getGraph(data, { types: ['PERSON', 'PLACE'] });
    expect(withPlaces.nodes.map((n) => n.name)).toContain('Tokyo');
    const capped = getGraph(data, { maxNodes: 2, maxEdges: 1 });
    expect(capped.nodes.map((n) => n.name)).toEqual(['Ishiba', 'Iwaya']);
    expect(capped.edges).toHaveLength(1);
    expect(capped.totalNodes).toBe(3);
    // Links counted among the names shown: Aso's link to Ishiba goes with Aso.
    expect(capped.totalEdges).toBe(1);
    expect(getGraph(data, { maxNodes: 3, maxEdges: 1 }).totalEdges).toBe(2);
    expect(getGraph(data, { minWeight: 2 }).edges.map((e) => e.weight)).toEqual([2]);
  });

  it('leaves out trashed articles and scopes to one article', () => {
    const data = handBuilt(['Ishiba met Iwaya.', 'Aso met Takaichi.'], NAMES);
    expect(getGraph(data, { articleId: 'a1' }).nodes.map((n) => n.name)).toEqual(['Aso', 'Takaichi']);
    data.articles[1].trashedAt = '2024-11-01T00:00:00Z';
    expect(getGraph(data).nodes.map((n) => n.name)).toEqual(['Ishiba', 'Iwaya']);
  });
});

describe('sentence spans', () => {
  const sentences = (text: string) => {
    const spans = sentenceSpans(text);
    const out: string[] = [];
    for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
    return out;
  };

  it.each([
    ['splits at full stops before a capital', 'Ishiba spoke. Iwaya listened.', ['Ishiba spoke.', 'Iwaya listened.']],
    ['keeps titles and initials in their sentence', 'Gen. Nakatani met John F. Kennedy Jr. in Tokyo. Then he left.', ['Gen. Nakatani met John F. Kennedy Jr. in Tokyo.', 'Then he left.']],
    ['ends at a line break', 'A headline\n\nThe first line', ['A headline', 'The first line']],
    ['keeps a closing quotation mark with its sentence', '“We will act.” Nakatani said so.', ['“We will act.”', 'Nakatani said so.']],
    ['does not split a decimal or a lower-case continuation', 'Spending rose 1.5 percent. e.g. it grew.', ['Spending rose 1.5 percent. e.g. it grew.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
