const ALLOWED = /^(https?:|mailto:)/i;

/**
 * The address a link may point at, or null. Only web and mail links: a `javascript:` or `file:` link
 * in a brief must never run or open anything local. A bare "example.com" becomes https.
 */
export function safeUrl(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  if (!ALLOWED.test(withScheme)) return null;
  try {
    return new URL(withScheme).href === 'https:' ? null : withScheme;
  } catch {
    return null;
  }
}
