import { toIsoDate } from './dates';
import type { ArticleMetadata } from './metadata';
import { webAddress } from './tidy';

export interface FrontMatter {
  meta: ArticleMetadata;
  body: string;
}

const FENCE = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)/;

/**
 * Reads the YAML (or TOML) block that note apps and static-site tools put at the top of a
 * Markdown file. Only flat keys are needed, so a few lines of parsing beat a YAML dependency.
 */
export function readFrontMatter(markdown: string): FrontMatter {
  const match = FENCE.exec(markdown);
  if (!match) return { meta: {}, body: markdown };
  const fields = parseFields(match[2]);
  const pick = (...keys: string[]) => keys.map((k) => fields.get(k)).find((v) => v);
  const meta: ArticleMetadata = {
    title: pick('title', 'headline'),
    author: pick('author', 'authors', 'by', 'byline', 'creator'),
    publishedAt: toIsoDate(pick('date', 'published', 'publishedat', 'published_at', 'pubdate', 'created')),
    source: pick('source', 'publisher', 'publication', 'site', 'site_name', 'outlet'),
    // Only a web address counts: a javascript: or file: "url" in the front matter is dropped.
    url: webAddress(pick('url', 'link', 'canonical', 'source_url', 'original_url')),
  };
  if (meta.source && /^https?:\/\//i.test(meta.source)) {
    meta.url ??= webAddress(meta.source);
    meta.source = undefined;
  }
  return { meta, body: markdown.slice(match[0].length) };
}

function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let listKey: string | undefined;
  for (const line of block.split('\n')) {
    const item = /^\s+-\s+(.+)$/.exec(line) ?? /^-\s+(.+)$/.exec(line);
    if (item && listKey) {
      const previous = fields.get(listKey);
      fields.set(listKey, previous ? `${previous}, ${unquote(item[1])}` : unquote(item[1]));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1].toLowerCase();
    const value = pair[2].trim();
    listKey = value ? undefined : key;
    if (value.startsWith('[') && value.endsWith(']')) {
      fields.set(key, value.slice(1, -1).split(',').map(unquote).filter(Boolean).join(', '));
    } else if (value) {
      fields.set(key, unquote(value));
    }
  }
  return fields;
}

function unquote(value: string): string {
  const v = value.trim();
  if (/^(["']).*\1$/.test(v)) return v.slice(1, -1).trim();
  // As in YAML, " #" starts a comment outside quotes.
  return v.replace(/\s+#.*$/, '');
}
