import { pdfDate } from './dates';
import type { ImportedDocument } from './document';
import { ImportError } from './errors';
import { type ArticleMetadata, looksLikeTitle, mergeMetadata, metadataLine, titleFromFileName } from './metadata';
import { joinPages, type PdfTextItem, pageParagraphs, pdfLines } from './pdf-layout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is large, so it loads on the first PDF. Its worker code runs on this thread (set on
 * globalThis, where pdf.js looks for it): no worker file to locate inside a bundled app.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

// Under this many letters in the whole file, the pages are pictures of text.
const MIN_TEXT_CHARS = 20;

/** A PDF's text layer, joined into paragraphs, with the title, author and date of its info dictionary. */
export async function readPdfFile(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps theirs.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw pdfOpenError(name, error);
    });
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageParagraphs(pdfLines(content.items.filter((i) => 'str' in i) as PdfTextItem[])));
      page.cleanup();
    }
    const paragraphs = joinPages(pages);
    if (paragraphs.join('').replace(/\s/g, '').length < MIN_TEXT_CHARS) {
      throw new ImportError(
        name,
        'no-text-layer',
        `${name} has no text layer, only pictures of pages (it is probably a scan). Run OCR on it first (for example "Make searchable" in your PDF or scanner app), then import the searchable PDF.`,
      );
    }
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    let title = usefulTitle(info.Title);
    if (!title && paragraphs.length > 1 && looksLikeTitle(paragraphs[0]) && paragraphs[0].length <= 150 && !metadataLine(paragraphs[0])) title = paragraphs.shift();
    if (title && paragraphs.length > 1 && paragraphs[0] === title) paragraphs.shift();
    // Under the headline, a printed article's byline and dateline are its details, not its text.
    const found: ArticleMetadata[] = [];
    for (let meta = metadataLine(paragraphs[0] ?? ''); meta && paragraphs.length > 1 && found.length < 4; meta = metadataLine(paragraphs[0] ?? '')) {
      found.push(meta);
      paragraphs.shift();
    }
    const author = typeof info.Author === 'string' ? info.Author.trim() || undefined : undefined;
    // The date the page itself prints beats the file's creation date (often the day it was saved).
    const details = mergeMetadata(...found, { author, publishedAt: pdfDate(info.CreationDate) });
    return { ...details, title: title ?? titleFromFileName(name), text: paragraphs.join('\n\n'), format: 'pdf' };
  } finally {
    await task.destroy();
  }
}

// Word processors fill the Title field with the file name or "Untitled"; that is no headline.
function usefulTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  if (!title || /^(untitled|document\d*|microsoft word\b.*|title)$/i.test(title) || /\.(docx?|pdf|odt|rtf|txt|indd|pages)$/i.test(title)) return undefined;
  return title;
}

function pdfOpenError(name: string, error: unknown): ImportError {
  const kind = (error as { name?: string })?.name;
  if (kind === 'PasswordException') {
    return new ImportError(
      name,
      'password',
      `${name} is protected by a password, so Dossier cannot read its text. Open it in your PDF viewer with the password, save or print a copy without protection, and import that copy.`,
    );
  }
  return new ImportError(
    name,
    'unreadable',
    `${name} could not be read as a PDF (it may be damaged or only partly downloaded). Open it in a PDF viewer to check it, save a fresh copy, and import that.`,
  );
}
