import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportedDocument } from './document';
import { readDocxFile } from './docx';
import { emptyFile, ImportError, MAX_IMPORT_BYTES, tooLarge } from './errors';
import { readHtmlFile } from './html';
import { readMarkdownFile } from './markdown';
import { readPdfFile } from './pdf';
import { type Sniffed, sniff } from './sniff';
import { readTextFile } from './text';
import { tidyDocument } from './tidy';
import { hasZipEntry } from './zip';

type Reader = (name: string, bytes: Uint8Array) => ImportedDocument | Promise<ImportedDocument>;

const BY_EXTENSION: Record<string, Reader> = {
  '.txt': readTextFile,
  '.text': readTextFile,
  '.md': readMarkdownFile,
  '.markdown': readMarkdownFile,
  '.html': readHtmlFile,
  '.htm': readHtmlFile,
  '.xhtml': readHtmlFile,
  '.pdf': readPdfFile,
  '.docx': readDocxFile,
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/**
 * A dropped or chosen file → article. The extension picks the reader, but the first bytes have
 * the last word: a PDF saved as .txt is read as a PDF, and a picture named .txt is refused.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const file = basename(name || 'file');
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(file, bytes.length);
  if (bytes.length === 0) throw emptyFile(file, false);
  return tidyDocument(await pickReader(file, sniff(bytes), bytes)(file, bytes));
}

/** The same from a path on disk, checking the size before reading a byte. */
export async function readDocumentFile(path: string): Promise<ImportedDocument> {
  const file = basename(path);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(file, 'unreadable', `${file} could not be opened (${error.code === 'ENOENT' ? 'it no longer exists' : error.code === 'EACCES' ? 'permission denied' : error.message}). Check the file is still there and readable, then try again.`);
  });
  if (!info.isFile()) throw new ImportError(file, 'unknown-format', `${file} is a folder, not a file. Choose the files inside it instead.`);
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(file, info.size);
  const handle = await open(path, 'r');
  try {
    // Read exactly the size stat reported, so a file growing meanwhile cannot exceed the limit.
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(bytes, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return await readDocument(file, bytes.subarray(0, read));
  } finally {
    await handle.close();
  }
}

function pickReader(file: string, sniffed: Sniffed, bytes: Uint8Array): Reader {
  const ext = extname(file).toLowerCase();
  if (sniffed.kind === 'pdf') return readPdfFile;
  if (sniffed.kind === 'zip' && hasZipEntry(bytes, 'word/document.xml')) return readDocxFile;
  // A damaged .docx is reported as a damaged Word document, not as an unknown binary.
  if (ext === '.docx' && (sniffed.kind === 'zip' || sniffed.label === 'a binary file' || sniffed.kind === 'text')) return readDocxFile;
  if (sniffed.kind === 'image' || sniffed.kind === 'binary' || sniffed.kind === 'zip') throw notText(file, ext, sniffed);
  if (ext === '.pdf') return readPdfFile;
  const reader = BY_EXTENSION[ext];
  if (reader === readTextFile && sniffed.kind === 'html') return readHtmlFile;
  if (reader) return reader;
  throw new ImportError(
    file,
    'unknown-format',
    `Dossier cannot import ${ext ? `${ext} files` : 'files without an extension'} (${file}). It reads ${SUPPORTED_EXTENSIONS.filter((e) => e !== '.text' && e !== '.markdown' && e !== '.xhtml').join(', ')}: save the article in one of those formats, or copy its text and paste it.`,
  );
}

function notText(file: string, ext: string, sniffed: Sniffed): ImportError {
  const what = ext ? `named ${ext} but is ${sniffed.label}` : sniffed.label;
  const hint =
    sniffed.kind === 'image'
      ? 'To import a picture of text, run OCR on it and import the text or a searchable PDF.'
      : sniffed.label.includes('old Office')
        ? 'Open it in Word or LibreOffice and save it as .docx, then import that.'
        : 'Check that you chose the right file; Dossier imports article text (.txt, .md, .html, .pdf, .docx).';
  return new ImportError(file, 'binary', `${file} is ${what}, not article text. ${hint}`);
}
