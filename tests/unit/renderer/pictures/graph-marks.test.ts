import { describe, expect, it } from 'vitest';
import { graphMarks } from '../../../../src/renderer/src/graph/graph-marks';
import { LinkLayer } from '../../../../src/renderer/src/graph/link-layer';
import type { PlacedNode } from '../../../../src/shared/graph-layout';
import type { GraphEdge } from '../../../../src/shared/model';

const link = (source: string, target: string, weight: number): GraphEdge => ({ source, target, weight, evidence: [] });
// Strongest first, as the notebook sends them.
const EDGES = [link('ishiba', 'iwaya', 5), link('iwaya', 'blinken', 3), link('ishiba', 'takaichi', 2), link('aso', 'kono', 1)];
const RANKED = ['ishiba', 'iwaya', 'blinken', 'takaichi', 'aso', 'kono'];
const node = (id: string, x: number, y: number): PlacedNode => ({ id, name: id, type: 'PERSON', mentions: 1, strength: 1, x, y, r: 6 });

describe('what the graph marks', () => {
  it('names the most mentioned when nothing is picked, and lights nothing', () => {
    const marks = graphMarks(EDGES, RANKED, null, null, 2);
    expect([...marks.labelled]).toEqual(['ishiba', 'iwaya']);
    expect(RANKED.map(marks.node)).toEqual(RANKED.map(() => 'plain'));
    expect(EDGES.map(marks.link)).toEqual([null, null, null, null]);
  });

  it('lights a picked name, its neighbours and its links, and fades the rest', () => {
    const marks = graphMarks(EDGES, RANKED, { node: 'iwaya' }, null, 2);
    expect(RANKED.map(marks.node)).toEqual(['near', 'picked', 'near', 'faded', 'faded', 'faded']);
    expect(EDGES.map(marks.link)).toEqual([true, true, false, false]);
    expect([...marks.labelled].sort()).toEqual(['blinken', 'ishiba', 'iwaya']);
  });

  it('lights a picked link and its two ends', () => {
    const marks = graphMarks(EDGES, RANKED, { edge: EDGES[1] }, null, 2);
    expect(RANKED.map(marks.node)).toEqual(['faded', 'picked', 'picked', 'faded', 'faded', 'faded']);
    expect(EDGES.map(marks.link)).toEqual([false, true, false, false]);
  });

  it('names what a search found and fades the links that leave it', () => {
    const marks = graphMarks(EDGES, RANKED, null, new Set(['ishiba', 'iwaya', 'aso']), 2);
    expect(RANKED.map(marks.node)).toEqual(['plain', 'plain', 'faded', 'faded', 'plain', 'faded']);
    expect(EDGES.map(marks.link)).toEqual([null, false, false, false]);
  });
});

describe('picking a line beneath the names', () => {
  const nodes = [node('ishiba', 0, 0), node('iwaya', 100, 0), node('blinken', 100, 100), node('takaichi', 0, 100), node('aso', 300, 300), node('kono', 400, 300)];
  const style = { line: '#888', lit: '#36c', opacity: 0.4, least: 1, most: 5 };

  it('finds the line nearest the pointer within reach, and none farther off', () => {
    const layer = new LinkLayer(EDGES, nodes);
    expect(layer.nearest(50, 2, 4, style)).toBe(EDGES[0]);
    expect(layer.nearest(98, 60, 4, style)).toBe(EDGES[1]);
    expect(layer.nearest(50, 50, 4, style)).toBeNull();
  });
});
