import type { ExportedAttachment } from '../../shared/api';
import { isFigureImage, type SerializedFigureFields } from '../../shared/nodes/FigureNode';
import { escapeHtml } from './html-writer';
import { escapeMarkdown, normalizeLineBreaks } from './markdown-escape';
import type { SerializedNode } from './note-json';

/**
 * A picture from the timeline or the entity graph, as the exporters write it: everything about the
 * figure node in one place (shared/nodes/FigureNode.ts is its editor side), so either Markdown writer
 * can call it. Only a PNG or JPEG carried inline is ever written; anything else leaves its caption.
 */
export type FigureBlock = SerializedNode & SerializedFigureFields;

export const isFigure = (node: SerializedNode): node is FigureBlock => node.type === 'figure' && typeof node.caption === 'string';

const oneLine = (text: unknown) => normalizeLineBreaks(String(text ?? '')).replace(/\s+/g, ' ').trim();

/** The image files a Markdown brief links to, written beside it: "<brief>-figure-1.png", … */
export class FigureFiles {
  readonly attachments: ExportedAttachment[] = [];

  private readonly base: string;

  /** `name`: the brief's file name without its extension, made a plain ASCII name for the images. */
  constructor(name: string) {
    this.base = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'brief';
  }

  /** The file name the figure's image is saved under, or null when it carries no image. */
  add(node: FigureBlock): string | null {
    if (!isFigureImage(node.src)) return null;
    const [head, data] = node.src.split(',', 2);
    const extension = head.includes('image/jpeg') ? 'jpg' : 'png';
    const fileName = `${this.base}-figure-${this.attachments.length + 1}.${extension}`;
    this.attachments.push({ fileName, mimeType: extension === 'jpg' ? 'image/jpeg' : 'image/png', content: data, encoding: 'base64' });
    return fileName;
  }
}

/** ![what it shows](brief-figure-1.png) and the caption in italics under it. */
export function figureMarkdown(node: FigureBlock, file: string | null): string {
  const caption = oneLine(node.caption);
  const alt = oneLine(node.alt).replace(/[[\]\\]/g, '');
  const image = file ? `![${alt}](${encodeURI(file)})` : '';
  return [image, caption ? `*${escapeMarkdown(caption)}*` : ''].filter(Boolean).join('\n\n');
}

/** <figure> with the image inline (print HTML allows data: images and nothing else) and its caption. */
export function figureHtml(node: FigureBlock): string {
  const image = isFigureImage(node.src) ? `<img src="${node.src}" alt="${escapeHtml(oneLine(node.alt))}">` : '';
  const caption = oneLine(node.caption);
  return `<figure class="picture">${image}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}
