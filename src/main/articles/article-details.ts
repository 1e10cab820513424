import { DossierError } from '../../shared/errors';
import type { ArticleMeta } from '../../shared/model';
import { detailLine, webAddress } from '../ingest';

const DETAIL_KEYS = ['title', 'source', 'author', 'publishedAt'] as const;

/**
 * An address the user typed (Edit details, the paste form): empty, or a web address. A bare
 * "example.com/story" is read as https, as a browser would; any other scheme (javascript:, data:,
 * vbscript:, file:) is refused with a message rather than silently dropped, since the user chose it.
 */
export function typedWebAddress(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const typed = String(value).trim();
  if (!typed) return undefined;
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(typed) && !/^[^:/]+:\d+/.test(typed);
  const url = webAddress(hasScheme ? typed : `https://${typed}`);
  if (!url) {
    const shown = typed.length > 80 ? `${typed.slice(0, 80)}…` : typed;
    throw new DossierError('invalid-input', `“${shown}” is not a web address, so it was not saved. Enter an address that starts with http:// or https://, or leave the address empty.`);
  }
  return url;
}

/**
 * The details typed in Edit details, checked before anything is stored: each on one line, the
 * address a web address. An empty string still means "clear this detail".
 */
export function typedArticleDetails(meta: Partial<ArticleMeta>): Partial<ArticleMeta> {
  const checked: Partial<ArticleMeta> = {};
  for (const key of DETAIL_KEYS) if (typeof meta?.[key] === 'string') checked[key] = detailLine(meta[key]) ?? '';
  if (typeof meta?.url === 'string') checked.url = typedWebAddress(meta.url) ?? '';
  return checked;
}
