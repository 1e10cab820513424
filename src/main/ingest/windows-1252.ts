// Bytes 0x80–0x9F of Windows-1252; the rest of the code page is Latin-1. (Undefined bytes keep
// their Latin-1 meaning, as browsers do.)
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes Windows-1252 ourselves: Node 20's TextDecoder treats the label as Latin-1 and turns
 * curly quotes, dashes and the euro sign into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) codes.push(b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}
