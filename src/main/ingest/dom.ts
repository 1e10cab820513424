import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { JSDOM } from 'jsdom';

export type ParsedPage = JSDOM;

export interface DomTools {
  /** Parses markup into a document with no scripts run and no resources fetched. */
  parseHtml: (html: string, pageUrl?: string) => ParsedPage;
  Readability: typeof ReadabilityClass;
}

let loading: Promise<DomTools> | undefined;

/**
 * jsdom and Readability take most of a second to load, so they load on the first HTML or Word
 * import rather than when the app starts.
 */
export function loadDom(): Promise<DomTools> {
  loading ??= (async () => {
    const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
    const parseHtml = (html: string, pageUrl?: string) =>
      // runScripts and resources are left at their defaults: scripts never run, nothing is fetched.
      // A silent console keeps the page's CSS errors out of the app's log.
      new JSDOM(html, { url: pageUrl && /^https?:/i.test(pageUrl) ? pageUrl : undefined, virtualConsole: new VirtualConsole() });
    return { parseHtml, Readability };
  })();
  return loading;
}
