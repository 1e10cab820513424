import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalParseJSON,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { CitationAnchor, SerializedCitationFields } from '../note-nodes';

export type SerializedCitationNode = SerializedLexicalNode & SerializedCitationFields;
export type CitationSource = Omit<SerializedCitationFields, 'type' | 'version'>;

/** "Source, 2 Oct 2024": the marker after a cited passage, in the note and in Markdown. */
export function citationMarker(source: Pick<CitationSource, 'source' | 'publishedAt' | 'articleTitle'>): string {
  return [source.source || source.articleTitle, source.publishedAt].filter(Boolean).join(', ');
}

/**
 * A cited passage: the quoted text and the article it came from, anchored so it can be found again.
 * The quote is not editable in place (it must match its article); its view is plain DOM built here so
 * 50 citations cost no React renders, and the renderer's CitationsPlugin handles clicks on it.
 */
export class CitationNode extends DecoratorNode<null> {
  __citation: CitationSource;

  static getType(): string {
    return 'citation';
  }

  static clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__citation, node.__key);
  }

  static importJSON(json: LexicalParseJSON<SerializedCitationNode>): CitationNode {
    // Our own fields are typed unknown by Lexical's parser; the shape is fixed by SerializedCitationFields.
    const { anchor, articleTitle, source, publishedAt, url } = json as unknown as SerializedCitationNode;
    return $createCitationNode({ anchor, articleTitle, source, publishedAt, url });
  }

  constructor(citation?: CitationSource, key?: NodeKey) {
    super(key);
    this.__citation = citation ?? { anchor: { articleId: '', start: 0, end: 0, exact: '', prefix: '', suffix: '' }, articleTitle: '' };
  }

  exportJSON(): SerializedCitationNode {
    const { anchor, articleTitle, source, publishedAt, url } = this.getLatest().__citation;
    const json: SerializedCitationNode = { ...super.exportJSON(), type: 'citation', version: 1, anchor: { ...anchor }, articleTitle };
    if (source) json.source = source;
    if (publishedAt) json.publishedAt = publishedAt;
    if (url) json.url = url;
    return json;
  }

  getCitation(): CitationSource {
    return this.getLatest().__citation;
  }

  getAnchor(): CitationAnchor {
    return this.getLatest().__citation.anchor;
  }

  createDOM(): HTMLElement {
    const { anchor, articleTitle } = this.__citation;
    const figure = document.createElement('figure');
    figure.className = 'citation';
    figure.dataset.articleId = anchor.articleId;
    const quote = document.createElement('blockquote');
    quote.className = 'citation-text';
    quote.textContent = anchor.exact;
    const caption = document.createElement('figcaption');
    caption.className = 'citation-source';
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'citation-open';
    open.textContent = articleTitle || 'Untitled article';
    open.setAttribute('aria-label', `Open the cited passage in “${articleTitle}”`);
    const marker = document.createElement('span');
    marker.className = 'citation-marker';
    const where = citationMarker(this.__citation);
    // The window lays the caption out (title, then where and when); the text carries no separators.
    marker.textContent = where && where !== articleTitle ? where : '';
    caption.append('— ', open, marker);
    figure.append(quote, caption);
    return figure;
  }

  updateDOM(): false {
    return false;
  }

  exportDOM(): DOMExportOutput {
    const quote = document.createElement('blockquote');
    quote.textContent = `${this.__citation.anchor.exact} [${citationMarker(this.__citation)}]`;
    return { element: quote };
  }

  getTextContent(): string {
    return this.__citation.anchor.exact;
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

export function $createCitationNode(citation: CitationSource): CitationNode {
  return $applyNodeReplacement(new CitationNode(citation));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
