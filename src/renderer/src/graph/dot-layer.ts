import type { PlacedNode } from '../../../shared/graph-layout';
import type { GraphColours } from './graph-style';
import type { NodeMark } from './graph-marks';
import type { View } from './link-layer';

/**
 * The unnamed crowd of a graph of thousands, drawn as dots in their kind's colours on the canvas
 * beneath cytoscape, which holds only the names written on the drawing (and what is picked): a dot
 * costs a few strokes where a cytoscape element costs its style, bounds and textures. A click on a dot
 * finds it here.
 */
export class DotLayer {
  private shown: PlacedNode[] = [];
  private marks: NodeMark[] = [];

  constructor(private readonly nodes: PlacedNode[]) {}

  /** The nodes drawn as dots (those cytoscape does not hold) and how each is marked. */
  set(drawn: (id: string) => boolean, mark: (id: string) => NodeMark): void {
    this.shown = this.nodes.filter((n) => drawn(n.id));
    this.marks = this.shown.map((n) => mark(n.id));
  }

  /** Draws the dots in `view`; `ring` is the ring's width in drawing units, as cytoscape draws a node's border. */
  draw(context: CanvasRenderingContext2D, view: View, colours: GraphColours, ring: number, scale = 1): void {
    if (this.shown.length === 0) return;
    context.save();
    context.setTransform(scale * view.zoom, 0, 0, scale * view.zoom, scale * view.pan.x, scale * view.pan.y);
    context.lineWidth = ring;
    // One path a kind and mark: faded first, so the crowd that matters lies on top.
    for (const mark of ['faded', 'plain', 'near', 'picked'] as const) {
      context.globalAlpha = mark === 'faded' ? 0.28 : 1;
      for (const [kind, { line, fill }] of Object.entries(colours.kinds)) {
        context.beginPath();
        let any = false;
        this.shown.forEach((n, i) => {
          if (n.type !== kind || this.marks[i] !== mark) return;
          const r = Math.max(0, n.r - ring / 2);
          context.moveTo(n.x + r, n.y);
          context.arc(n.x, n.y, r, 0, 2 * Math.PI);
          any = true;
        });
        if (!any) continue;
        context.fillStyle = mark === 'near' || mark === 'picked' ? line : fill;
        context.fill();
        context.strokeStyle = mark === 'picked' ? colours.text : line;
        context.stroke();
      }
    }
    context.restore();
  }

  /** The dot under a point (drawing units), within `reach` of its edge, or null. */
  at(x: number, y: number, reach: number): string | null {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const n of this.shown) {
      const d = Math.hypot(x - n.x, y - n.y) - n.r;
      if (d < bestDistance) {
        bestDistance = d;
        best = n.id;
      }
    }
    return bestDistance <= reach ? best : null;
  }
}
