import { locateAnchor, makeAnchor } from '../../shared/anchor';
import { ENTITY_TYPES, type EntityType } from '../../shared/extraction';
import type { Article, Entity } from '../../shared/model';
import type { CitationSource } from '../../shared/nodes/CitationNode';
import type { MarkdownReading, MentionRef } from '../../shared/nodes/markdown-transformers';
import { resolveEntityId } from '../entities/resolve';
import { sameName } from '../entities/rules';
import type { NotebookData } from '../store/schema';
import { entityAnchor } from './mentioned-entities';
import type { SerializedNode } from './note-json';

/**
 * Reading an exported brief back: what its body's citations and mentions point at is written around
 * the body (footnote definitions, a Sources list, an entity appendix, its front matter's mentions).
 * This takes those parts out of the text and answers the shared transformers' questions about them.
 */

type Cited = Omit<CitationSource, 'anchor'> & { seeSource?: number };

const unescaped = (text: string) => text.replace(/\\(.)/g, '$1');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 October 2024" (as exports print dates) → 2024-10-02; an ISO date as it is; else undefined. */
function isoOf(date: string): string | undefined {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
  const m = /^(?:(\d{1,2}) )?([A-Z][a-z]+) (\d{4})$/.exec(date);
  const month = m ? MONTHS.indexOf(m[2]) + 1 : 0;
  if (!m || month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}${m[1] ? `-${m[1].padStart(2, '0')}` : ''}`;
}

/** One source line as sourceMarkdown writes it: *Title*, publication, author, date. <address> */
export function readSourceLine(line: string): Cited | undefined {
  const see = /^\*((?:\\.|[^*\\])+)\*, see Sources (\d+)\.$/.exec(line.trim());
  if (see) return { articleTitle: unescaped(see[1]), seeSource: Number(see[2]) };
  const m = /^\*((?:\\.|[^*\\])+)\*(.*?)\.(?: <(https?:\/\/[^>\s]+)>)?$/.exec(line.trim());
  if (!m) return undefined;
  const parts = m[2]
    .split(/(?<!\\), /)
    .map((p) => unescaped(p).trim())
    .filter(Boolean);
  const last = parts.at(-1);
  const dated = last === 'undated' || (last !== undefined && isoOf(last) !== undefined);
  const publishedAt = dated && last !== 'undated' ? isoOf(last as string) : undefined;
  const details = dated ? parts.slice(0, -1) : parts;
  return { articleTitle: unescaped(m[1]), source: details[0], publishedAt, url: m[3] };
}

export interface BriefParts {
  /** The text left to import: the brief's notes, without the parts read here. */
  body: string;
  reading: MarkdownReading;
}

const SECTION = (name: string) => new RegExp(`^## ${name}[ \\t]*\\n\\n((?:[^\\n]+\\n?)+)`, 'm');

/** Takes a brief's footnote definitions, Sources list and entity appendix out of `text`, and reads them. */
export function readBriefParts(text: string, frontMatterMentions: MentionRef[]): BriefParts {
  const footnotes = new Map<number, Cited>();
  const sources = new Map<number, Cited>();
  const appendix = new Map<string, MentionRef>();
  let body = text.replace(/^\[\^(\d+)\]: (.+)$\n?/gm, (all, n: string, line: string) => {
    const cited = readSourceLine(line);
    if (!cited) return all;
    footnotes.set(Number(n), cited);
    return '';
  });
  body = body.replace(SECTION('Sources'), (all, list: string) => {
    for (const line of list.split('\n')) {
      const m = /^(\d+)\. (.+)$/.exec(line);
      const cited = m ? readSourceLine(m[2]) : undefined;
      if (m && cited) sources.set(Number(m[1]), cited);
    }
    return sources.size ? '' : all;
  });
  body = body.replace(SECTION('Entities'), (all, list: string) => {
    for (const line of list.split('\n')) {
      const m = /^- <a id="(entity-[A-Za-z0-9_-]+)"><\/a>\*\*((?:\\.|[^*\\])+)\*\* — ([^;]+)/.exec(line);
      if (!m) continue;
      const fromMatter = frontMatterMentions.find((x) => entityAnchor(x.entityId) === m[1]);
      const type = (Object.entries(TYPE_BY_LABEL).find(([label]) => label === m[3].trim())?.[1] ?? 'PERSON') as EntityType;
      appendix.set(m[1], fromMatter ?? { entityId: m[1].slice('entity-'.length), entityType: type, name: unescaped(m[2]) });
    }
    return appendix.size ? '' : all;
  });
  const sourceOf = (cited: Cited | undefined): Cited | undefined => (cited?.seeSource ? (sources.get(cited.seeSource) ?? cited) : cited);
  return {
    body: body.replace(/\n{3,}/g, '\n\n').trimEnd(),
    reading: {
      citedSource: (ref) => {
        const cited = 'footnote' in ref ? sourceOf(footnotes.get(ref.footnote)) : sources.get(ref.source);
        if (!cited) return undefined;
        const { seeSource: _, ...source } = cited;
        return source;
      },
      mentions: frontMatterMentions,
      mentionAt: (anchor) => appendix.get(anchor) ?? frontMatterMentions.find((x) => entityAnchor(x.entityId) === anchor),
    },
  };
}

const TYPE_BY_LABEL: Record<string, EntityType> = { Person: 'PERSON', Organisation: 'ORGANIZATION', Place: 'PLACE', Date: 'DATE', 'Key term': 'TERM' };

/** The mentions a brief's front matter lists: `  - {"id": …, "type": …, "name": …}` lines under `mentions:`. */
export function frontMatterMentions(frontMatter: string): MentionRef[] {
  const block = /^mentions:[ \t]*\n((?:[ \t]+- .+\n?)+)/m.exec(frontMatter)?.[1] ?? '';
  const found: MentionRef[] = [];
  for (const line of block.split('\n')) {
    try {
      const item = JSON.parse(line.replace(/^[ \t]+- /, '')) as { id?: unknown; type?: unknown; name?: unknown };
      if (typeof item.id === 'string' && typeof item.name === 'string' && ENTITY_TYPES.includes(item.type as EntityType)) {
        found.push({ entityId: item.id, entityType: item.type as EntityType, name: item.name });
      }
    } catch {
      // Not a line this export wrote: it is left alone.
    }
  }
  return found;
}

/**
 * Ties an imported brief to this notebook: a citation to the article of its title (its passage found
 * in the article's text), a mention to its entity (by id, else by the same name and type). A mention
 * of an entity this notebook does not have becomes its words. Mutates the serialised state.
 */
export function relinkBrief(root: SerializedNode, data: NotebookData): void {
  const articles = data.articles.filter((a) => !a.trashedAt);
  const walk = (node: SerializedNode): SerializedNode => {
    if (node.type === 'citation') return relinkCitation(node, articles);
    if (node.type === 'mention') return relinkMention(node, data);
    if (node.children) node.children = node.children.map(walk);
    return node;
  };
  walk(root);
}

function relinkCitation(node: SerializedNode, articles: Article[]): SerializedNode {
  const anchor = node.anchor as { articleId: string; exact: string } | undefined;
  if (!anchor || anchor.articleId) return node;
  const title = String(node.articleTitle ?? '');
  const candidates = articles.filter((a) => a.title === title);
  for (const article of candidates.length ? candidates : articles.filter((a) => a.source && a.source === node.source)) {
    const found = locateAnchor(article.text, { articleId: article.id, start: 0, end: 0, exact: anchor.exact, prefix: '', suffix: '' });
    if (!found) continue;
    return {
      ...node,
      anchor: makeAnchor(article.id, article.text, found.start, found.end),
      articleTitle: article.title,
      ...(article.source ? { source: article.source } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(article.url ? { url: article.url } : {}),
    };
  }
  return node;
}

function relinkMention(node: SerializedNode, data: NotebookData): SerializedNode {
  const id = String(node.entityId ?? '');
  const byId = data.entities.find((e) => e.id === resolveEntityId(data, id));
  const entity: Entity | undefined = byId ?? data.entities.filter((e) => e.type === node.entityType && sameName(e.name, String(node.name ?? ''))).at(0);
  if (entity) return { ...node, entityId: entity.id, entityType: entity.type, name: entity.name };
  const { type: _t, entityId: _i, entityType: _e, name: _n, ...text } = node;
  return { ...text, type: 'text', mode: 'normal' };
}
