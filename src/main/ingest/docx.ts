import { loadDom } from './dom';
import type { ImportedDocument } from './document';
import { docxProperties } from './docx-properties';
import { elementText } from './dom-text';
import { ImportError } from './errors';
import { mergeMetadata, titleFromFileName } from './metadata';
import { readPlainArticle } from './plain-article';

// Word's "Title" style is the document's headline; mammoth maps only Heading 1–6 by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word document: its paragraphs and headings as text, details from its core properties. */
export async function readDocxFile(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  let html: string;
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are dropped unread: they carry no text, and encoding them is most of the work.
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new ImportError(
      name,
      'unreadable',
      `${name} could not be read as a Word document (it may be damaged, or not really a .docx). Open it in Word or LibreOffice, save it again as .docx, and import the new copy.`,
    );
  }
  const dom = (await loadDom()).parseHtml(`<!doctype html><body>${html}</body>`);
  try {
    const body = dom.window.document.body;
    const firstHeading = body.firstElementChild?.tagName === 'H1' ? body.firstElementChild : undefined;
    const properties = docxProperties(bytes);
    const headline = firstHeading?.textContent?.trim() || undefined;
    firstHeading?.remove();
    const title = headline ?? properties.title;
    const text = elementText(body);
    if (!text && !headline) {
      throw new ImportError(name, 'empty', `${name} has no text in it. Check that you chose the right document, or copy its text and paste it instead.`);
    }
    const article = readPlainArticle(name, text || headline!, { titled: Boolean(title) });
    const details = mergeMetadata(article, properties);
    return { ...details, text: article.text, title: title ?? article.title ?? titleFromFileName(name), format: 'docx' };
  } finally {
    dom.window.close();
  }
}
