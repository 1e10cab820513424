import { joinParagraphs } from './paragraphs';

// Elements whose content is never article text: code, styling, embedded documents, controls.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET',
  'SVG', 'MATH', 'CANVAS', 'AUDIO', 'VIDEO', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
]);

// Elements that start a new paragraph.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const CELLS = new Set(['TD', 'TH']);

/**
 * The readable text of an element, one paragraph per block element. Only text nodes are read,
 * never attributes, so links, handlers and embedded code cannot reach the article.
 */
export function elementText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    // One <br> breaks a line within a paragraph; two in a row end it, as they look on screen.
    for (const part of current.split(/\n[ \t]*\n/)) paragraphs.push(part);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag) || (node as Element).namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    if ((node as Element).getAttribute('hidden') !== null || (node as Element).getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'IMG') return;
    const block = BLOCKS.has(tag);
    if (block) breakParagraph();
    if (CELLS.has(tag)) current += ' ';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakParagraph();
  };
  walk(root);
  breakParagraph();
  return joinParagraphs(paragraphs.map((p) => p.replace(/\n/g, ' ')));
}
