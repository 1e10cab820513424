import { decodeText } from './encoding';
import { decodeWindows1252 } from './windows-1252';

const LABELS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/**
 * A page's bytes → its source. A byte-order mark wins, then the charset the page declares in its
 * first kilobyte, then the same guess as for plain text.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return decodeText(bytes).text;
  }
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    const lower = declared.toLowerCase();
    const label = Object.hasOwn(LABELS, lower) ? LABELS[lower] : lower;
    if (label === 'windows-1252' || label === 'cp1252') return decodeWindows1252(bytes);
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to guessing.
    }
  }
  return decodeText(bytes).text;
}
