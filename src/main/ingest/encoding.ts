import { decodeWindows1252 } from './windows-1252';

/** Which character encoding a plain-text file was saved in, and its text decoded from it. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SAMPLE = 64 * 1024;

/**
 * Decodes the bytes of a text file. A byte-order mark wins; without one, a regular pattern of
 * NUL bytes means UTF-16 (what Windows Notepad wrote for years as "Unicode"); otherwise UTF-8 when
 * the bytes are valid UTF-8, and Windows-1252 (what Word and older Windows tools write) when not.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = fromByteOrderMark(bytes);
  if (bom) return { encoding: bom.encoding, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)) };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, text: new TextDecoder(utf16).decode(bytes) };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: 'windows-1252', text: decodeWindows1252(bytes) };
  }
}

function fromByteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Whether the bytes start with a byte-order mark that names a text encoding. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return fromByteOrderMark(bytes) !== undefined;
}

/**
 * Latin-script text in UTF-16 has a NUL in nearly every other byte: the odd bytes in
 * little-endian, the even bytes in big-endian. Binary files have NULs too, but not in that rhythm.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}
