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
 * image to its new place rather than drawing thousands of lines again each frame, and zooming scales
 * it until the wheel rests; a pan past the margin, a zoom at rest, or new marks draw it afresh.
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

  /**
   * Shows the ground on its canvas, `width`×`height` CSS pixels, in `view`. A pan within the margin is
   * a copy of the kept image; so is a zoom under way (the image scaled, a little soft) unless `fresh`:
   * it returns true then, and the caller paints afresh once the zooming rests.
   */
  paint(view: View, colours: GraphColours, unit: number, width: number, height: number, fresh = false): boolean {
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
    // Where the kept image's corner lands in this view (CSS pixels), and how much larger it is drawn.
    const zoomed = kept ? view.zoom / kept.zoom : 1;
    const x = kept ? view.pan.x - (kept.pan.x + mx) * zoomed : 0;
    const y = kept ? view.pan.y - (kept.pan.y + my) * zoomed : 0;
    const covers = kept && x <= 0 && y <= 0 && x + (width + 2 * mx) * zoomed >= width && y + (height + 2 * my) * zoomed >= height;
    // While zooming, the scaled image shows even where it falls short of the stage (as cytoscape's own texture does).
    const copy = kept !== null && (zoomed === 1 ? covers : !fresh);
    if (!copy) {
      this.kept.width = w + 2 * Math.round(mx * scale);
      this.kept.height = h + 2 * Math.round(my * scale);
      const context = this.kept.getContext('2d');
      if (!context) return false;
      context.clearRect(0, 0, this.kept.width, this.kept.height);
      this.draw(context, { zoom: view.zoom, pan: { x: view.pan.x + mx, y: view.pan.y + my } }, colours, unit, scale);
      kept = this.keptView = { zoom: view.zoom, pan: { ...view.pan } };
    }
    const context = this.canvas.getContext('2d');
    if (!context) return false;
    context.clearRect(0, 0, w, h);
    if (!copy || zoomed === 1) {
      const k = kept as View;
      context.drawImage(this.kept, Math.round((view.pan.x - k.pan.x - mx) * scale), Math.round((view.pan.y - k.pan.y - my) * scale));
      return false;
    }
    context.drawImage(this.kept, x * scale, y * scale, this.kept.width * zoomed, this.kept.height * zoomed);
    return true;
  }
}
