import { hasByteOrderMark, utf16WithoutBom } from './encoding';

/** What the first bytes of a file say it is, whatever its name says. */
export type SniffedKind = 'pdf' | 'zip' | 'html' | 'image' | 'binary' | 'text';

interface Magic {
  bytes: number[];
  kind: SniffedKind;
  label: string;
}

// The signatures of the files most often dropped by mistake: documents, archives, images, media.
const MAGIC: Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'pdf', label: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip', label: 'a ZIP archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image', label: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image', label: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image', label: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'image', label: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'image', label: 'a TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'binary', label: 'an old Office document (.doc or .xls)' },
  { bytes: [0x1f, 0x8b], kind: 'binary', label: 'a compressed (gzip) file' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'binary', label: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'binary', label: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'binary', label: 'a program' },
  { bytes: [0x4d, 0x5a], kind: 'binary', label: 'a Windows program' },
  { bytes: [0x49, 0x44, 0x33], kind: 'binary', label: 'an audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], kind: 'binary', label: 'an audio file' },
];

export interface Sniffed {
  kind: SniffedKind;
  /** In the user's words, for messages: "a PNG image". */
  label: string;
}

const SAMPLE = 8 * 1024;

export function sniff(bytes: Uint8Array): Sniffed {
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) {
      // "MZ" also starts ordinary words; only call it a program when binary bytes follow.
      if (magic.label === 'a Windows program' && !looksBinary(bytes)) break;
      return { kind: magic.kind, label: magic.label };
    }
  }
  if (!hasByteOrderMark(bytes) && !utf16WithoutBom(bytes) && looksBinary(bytes)) return { kind: 'binary', label: 'a binary file' };
  if (looksLikeHtml(bytes)) return { kind: 'html', label: 'a web page' };
  return { kind: 'text', label: 'a text file' };
}

/**
 * Text has no NUL bytes and few control characters; anything else is a program, an image or a
 * damaged file, and decoding it would fill an article with junk.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, line feed, form feed, carriage return and escape appear in real text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
}
