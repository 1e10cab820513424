import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { graphFigure, pngSize } from '../../../../src/renderer/src/graph/graph-figure';
import { appendFigure, numberSources } from '../../../../src/renderer/src/timeline/insert-figure';
import { timelineFigure } from '../../../../src/renderer/src/timeline/timeline-figure';
import { NOTE_NODES } from '../../../../src/shared/editor-nodes';
import type { EntityGraph, TimelineEvent } from '../../../../src/shared/model';

const from = (articleId: string, articleTitle: string, sentence: string) => ({ articleId, articleTitle, source: 'Dossier Wire', publishedAt: '2024-10-03', start: 0, end: sentence.length, sentence });
const event = (iso: string, sentence: string, articleId = 'a1'): TimelineEvent => ({
  ...from(articleId, `Article ${articleId}`, sentence),
  id: `${articleId}:${iso}`,
  iso,
  precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year',
  dateText: iso,
  dateStart: 0,
  dateEnd: 4,
  entities: [{ id: 'p1', name: 'Shigeru Ishiba', type: 'PERSON' }],
});

function textOf(content: string): string {
  const editor = createHeadlessEditor({ namespace: 't', nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(content));
  return editor.getEditorState().read(() => JSON.stringify(editor.getEditorState().toJSON()));
}

describe('a picture inserted into a note', () => {
  it('adds a heading, a table citing numbered sources, a caption and the sources list after what the note held', () => {
    const figure = timelineFigure([event('2024-09-27', 'He won on September 27.'), event('2024-10-02', 'They met on October 2.', 'a2'), event('2025', 'The vote is due in 2025.')], '');
    const content = appendFigure('', figure);
    const json = JSON.parse(content);
    const types = json.root.children.map((c: { type: string }) => c.type);
    expect(types).toEqual(['heading', 'table', 'paragraph', 'paragraph', 'list', 'paragraph']);
    const table = json.root.children[1];
    expect(table.children).toHaveLength(4); // header and three statements
    const text = textOf(content);
    expect(text).toContain('He won on September 27.');
    expect(text).toContain('[2]');
    expect(text).toContain('Article a2 — Dossier Wire, 2024-10-03');
    // Appending again keeps the first figure.
    const twice = JSON.parse(appendFigure(content, figure));
    expect(twice.root.children.filter((c: { type: string }) => c.type === 'table')).toHaveLength(2);
  });

  it('puts the picture itself in the note with its caption, before the evidence, and keeps it on reload', () => {
    const figure = timelineFigure([event('2024-09-27', 'He won on September 27.')], '');
    const src = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    figure.image = { src, alt: 'Timeline of 1 dated statement', ...pngSize(src) };
    const content = appendFigure('', figure);
    const json = JSON.parse(content);
    expect(json.root.children.map((c: { type: string }) => c.type)).toEqual(['heading', 'figure', 'table', 'paragraph', 'list', 'paragraph']);
    expect(json.root.children[1]).toMatchObject({ src, alt: 'Timeline of 1 dated statement', caption: figure.caption, width: 1, height: 1 });
    // Read back by the editor's nodes, the figure is the same.
    expect(JSON.parse(textOf(content)).root.children[1]).toMatchObject({ type: 'figure', src, caption: figure.caption });
  });

  it('numbers each article once, in the order the rows first cite it', () => {
    const figure = timelineFigure([event('2024-01-01', 'One.', 'b'), event('2024-01-02', 'Two.', 'a'), event('2024-01-03', 'Three.', 'b')], '');
    expect([...numberSources(figure).numbers]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('lists a graph’s strongest links with a sentence that ties each pair', () => {
    const graph: EntityGraph = {
      nodes: [
        { id: 'p1', name: 'Shigeru Ishiba', type: 'PERSON', mentions: 4, strength: 3 },
        { id: 'p2', name: 'Takeshi Iwaya', type: 'PERSON', mentions: 3, strength: 3 },
      ],
      edges: [{ source: 'p1', target: 'p2', weight: 3, evidence: [from('a1', 'Allies back the plan', 'Iwaya briefed Ishiba.')] }],
      totalNodes: 2,
      totalEdges: 1,
    };
    const figure = graphFigure(graph, 'People');
    expect(figure.rows.map((r) => r.cells)).toEqual([['Shigeru Ishiba', 'Takeshi Iwaya', '3', 'Iwaya briefed Ishiba.']]);
    expect(textOf(appendFigure('', figure))).toContain('Allies back the plan — Dossier Wire');
  });
});
