import type { GraphEdge } from '../../../shared/model';
import type { PlacedNode } from '../../../shared/graph-layout';

/** How a link is drawn: as the rest, lit (it belongs to what is picked), or faded (it does not). */
export type LinkMark = 'plain' | 'lit' | 'faded';

/** The view of the drawing: drawing units to screen pixels, as cytoscape's zoom and pan. */
export interface View {
  zoom: number;
  pan: { x: number; y: number };
}

export interface LinkStyle {
  line: string;
  lit: string;
  /** Opacity of a plain line: fainter when there are thousands. */
  opacity: number;
  /** Line width in drawing units of the weakest link and of the strongest; widths between are stepped. */
  least: number;
  most: number;
}

/** Line widths come in a few steps by strength, so a whole step is one stroke whatever the number of links. */
const STEPS = 6;

/**
 * The graph's links, kept as flat arrays of end points so thousands of them are drawn as a few strokes
 * on one canvas beneath the names (cytoscape, which draws and picks the names, spends far longer per
 * element than a line costs), and picked by the nearest line under the pointer.
 */
export class LinkLayer {
  private readonly ends: Float64Array;
  private readonly steps: Uint8Array;
  private marks: LinkMark[];

  constructor(
    private readonly edges: GraphEdge[],
    nodes: PlacedNode[],
  ) {
    const at = new Map(nodes.map((n) => [n.id, n]));
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    this.ends = new Float64Array(edges.length * 4);
    this.steps = new Uint8Array(edges.length);
    edges.forEach((e, i) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      this.ends.set([a?.x ?? 0, a?.y ?? 0, b?.x ?? 0, b?.y ?? 0], i * 4);
      this.steps[i] = Math.min(STEPS - 1, Math.floor((e.weight / maxWeight) * STEPS));
    });
    this.marks = edges.map(() => 'plain');
  }

  get count(): number {
    return this.edges.length;
  }

  /** Marks each link by what is picked: `lit(edge)` true, false (faded) or null (plain). */
  mark(lit: (edge: GraphEdge) => boolean | null): void {
    this.marks = this.edges.map((e) => {
      const on = lit(e);
      return on === null ? 'plain' : on ? 'lit' : 'faded';
    });
  }


  /** Draws the links on `context` in the view given; `scale` is device pixels per CSS pixel. */
  draw(context: CanvasRenderingContext2D, view: View, style: LinkStyle, scale = 1): void {
    context.save();
    context.setTransform(scale * view.zoom, 0, 0, scale * view.zoom, scale * view.pan.x, scale * view.pan.y);
    // Faded first, lit last, so what is picked lies on top.
    for (const mark of ['faded', 'plain', 'lit'] as const) {
      context.strokeStyle = mark === 'lit' ? style.lit : style.line;
      context.globalAlpha = mark === 'lit' ? 0.95 : mark === 'faded' ? style.opacity * 0.25 : style.opacity;
      for (let step = 0; step < STEPS; step++) {
        let any = false;
        context.beginPath();
        for (let i = 0; i < this.steps.length; i++) {
          if (this.steps[i] !== step || this.marks[i] !== mark) continue;
          const k = i * 4;
          context.moveTo(this.ends[k], this.ends[k + 1]);
          context.lineTo(this.ends[k + 2], this.ends[k + 3]);
          any = true;
        }
        if (!any) continue;
        context.lineWidth = lineWidth(style, step) * (mark === 'lit' ? 1.4 : 1);
        context.stroke();
      }
    }
    context.restore();
  }

  /** The link nearest to a point (drawing units) within `reach` drawing units of it, or null. */
  nearest(x: number, y: number, reach: number, style: LinkStyle): GraphEdge | null {
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < this.steps.length; i++) {
      const k = i * 4;
      const d = distanceToSegment(x, y, this.ends[k], this.ends[k + 1], this.ends[k + 2], this.ends[k + 3]) - lineWidth(style, this.steps[i]) / 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best >= 0 && bestDistance <= reach ? this.edges[best] : null;
  }
}

function lineWidth(style: LinkStyle, step: number): number {
  return style.least + ((style.most - style.least) * step) / (STEPS - 1);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
