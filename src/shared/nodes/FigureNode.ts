import { $applyNodeReplacement, DecoratorNode, type DOMExportOutput, type LexicalNode, type LexicalParseJSON, type NodeKey, type SerializedLexicalNode } from 'lexical';

/** A picture in a note: the image itself (a PNG kept in the note as a data URL), what it shows, and its caption. */
export interface FigureFields {
  /** data:image/png;base64,… — nothing else is drawn, so a note never fetches anything. */
  src: string;
  /** What the picture shows, for screen readers and wherever the image cannot be shown. */
  alt: string;
  /** The line under the picture: what it shows and how it was drawn. */
  caption: string;
  width: number;
  height: number;
}

export interface SerializedFigureFields extends FigureFields {
  type: 'figure';
  version: 1;
}

export type SerializedFigureNode = SerializedLexicalNode & SerializedFigureFields;

/** Images a figure may carry: PNG or JPEG inline as base64, and nothing that points elsewhere. */
export const FIGURE_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

export function isFigureImage(src: unknown): src is string {
  return typeof src === 'string' && FIGURE_IMAGE.test(src);
}

/**
 * A picture inserted from the timeline or the entity graph. Self-contained: its view is plain DOM
 * built here (an <img> and a caption), and its Markdown and print HTML are written by the exporters'
 * figure functions (main/export/figure.ts), so it can move between writers as one piece.
 */
export class FigureNode extends DecoratorNode<null> {
  __figure: FigureFields;

  static getType(): string {
    return 'figure';
  }

  static clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__figure, node.__key);
  }

  static importJSON(json: LexicalParseJSON<SerializedFigureNode>): FigureNode {
    const { src, alt, caption, width, height } = json as unknown as SerializedFigureNode;
    return $createFigureNode({ src: String(src ?? ''), alt: String(alt ?? ''), caption: String(caption ?? ''), width: Number(width) || 0, height: Number(height) || 0 });
  }

  constructor(figure?: FigureFields, key?: NodeKey) {
    super(key);
    this.__figure = figure ?? { src: '', alt: '', caption: '', width: 0, height: 0 };
  }

  exportJSON(): SerializedFigureNode {
    return { ...super.exportJSON(), type: 'figure', version: 1, ...this.getLatest().__figure };
  }

  getFigure(): FigureFields {
    return this.getLatest().__figure;
  }

  createDOM(): HTMLElement {
    const { src, alt, caption, width, height } = this.__figure;
    const figure = document.createElement('figure');
    figure.className = 'picture-figure';
    if (isFigureImage(src)) {
      const img = document.createElement('img');
      img.src = src;
      img.alt = alt;
      if (width && height) img.style.aspectRatio = `${width} / ${height}`;
      figure.append(img);
    } else {
      const missing = document.createElement('p');
      missing.className = 'picture-missing';
      missing.textContent = alt || 'A picture that cannot be shown';
      figure.append(missing);
    }
    const text = document.createElement('figcaption');
    text.textContent = caption;
    figure.append(text);
    return figure;
  }

  updateDOM(): false {
    return false;
  }

  exportDOM(): DOMExportOutput {
    return { element: this.createDOM() };
  }

  getTextContent(): string {
    return this.__figure.caption;
  }

  isInline(): false {
    return false;
  }

  isKeyboardSelectable(): true {
    return true;
  }

  decorate(): null {
    return null;
  }
}

export function $createFigureNode(figure: FigureFields): FigureNode {
  return $applyNodeReplacement(new FigureNode(figure));
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
