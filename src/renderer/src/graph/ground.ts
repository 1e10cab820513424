import type { PlacedNode } from '../../../shared/graph-layout';
import type { GraphEdge } from '../../../shared/model';
import { DotLayer } from './dot-layer';
import { type GraphColours, linkStyle } from './graph-style';
import { LinkLayer, type View } from './link-layer';

/** How much beyond the stage, on each side, the ground is drawn, as a share of the stage: a pan that far is a copy. */
const MARGIN = 0.5;

/**
 * What lies beneath cytoscape's canvas: the links, then the crowd's dots, on a canvas of their own.
 * They are drawn once with a margin around the stage into an image kept aside, so panning copies that
 * image to its new place rather than drawing thousands of lines again each frame; a zoom, a pan past
 * the margin, or new marks draw it afresh.
 */
export class Ground {
  readonly links: LinkLayer;
  readonly dots: DotLayer;
  readonly canvas = document.createElement('canvas');
  private readonly kept = document.createElement('canvas');
  private keptView: View | null = null;

  constructor(edges: GraphEdge[], nodes: PlacedNode[]) {
    this.links = new LinkLayer(edges, nodes);
    this.dots = new DotLayer(nodes);
    this.canvas.className = 'g-lines';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /** The marks or colours changed: the next paint draws afresh. */
  invalidate(): void {
    this.keptView = null;
  }

  /** Draws links and dots in `view` on `context`, as for a figure. */
  draw(context: CanvasRenderingContext2D, view: View, colours: GraphColours, unit: number, scale = 1): void {
    this.links.draw(context, view, linkStyle(colours, unit, this.links.count), scale);
    this.dots.draw(context, view, colours, 2 * unit, scale);
  }

  /** Shows the ground on its canvas, `width`×`height` CSS pixels, in `view`. */
  paint(view: View, colours: GraphColours, unit: number, width: number, height: number): void {
    const scale = devicePixelRatio || 1;
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.keptView = null;
    }
    const mx = Math.round(width * MARGIN);
    const my = Math.round(height * MARGIN);
    let kept = this.keptView;
    const dx = kept ? view.pan.x - kept.pan.x : 0;
    const dy = kept ? view.pan.y - kept.pan.y : 0;
    if (!kept || kept.zoom !== view.zoom || Math.abs(dx) > mx || Math.abs(dy) > my) {
      this.kept.width = w + 2 * Math.round(mx * scale);
      this.kept.height = h + 2 * Math.round(my * scale);
      const context = this.kept.getContext('2d');
      if (!context) return;
      context.clearRect(0, 0, this.kept.width, this.kept.height);
      this.draw(context, { zoom: view.zoom, pan: { x: view.pan.x + mx, y: view.pan.y + my } }, colours, unit, scale);
      kept = this.keptView = { zoom: view.zoom, pan: { ...view.pan } };
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, w, h);
    context.drawImage(this.kept, Math.round((view.pan.x - kept.pan.x - mx) * scale), Math.round((view.pan.y - kept.pan.y - my) * scale));
  }
}
