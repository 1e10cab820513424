import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article, Entity, Note, SearchHit, SearchKind, SearchResults } from '../../shared/model';
import type { Changes } from '../store/changes';
import type { NotebookData } from '../store/schema';
import { writeFileAtomically } from '../store/atomic-json-file';
import { noteText } from './note-text';
import { parseQuery } from './query';
import { firstMatch, snippetOf } from './snippet';

// Compressed: the index is mostly repeated numbers, and gzip brings it to a fraction of its JSON.
export const SEARCH_INDEX_FILE = 'search-index.json.gz';
const FORMAT = 2;
const PERSIST_AFTER_MS = 10_000;

interface IndexedDoc {
  id: string;
  kind: SearchKind;
  title: string;
  body: string;
  details: string;
}

// Words too common to tell documents apart: left out of the index (a third of its size) and of queries;
// a phrase that holds them is still checked word for word against the text.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she that the their them they this to was we were will with you'.split(' '),
);

const OPTIONS = {
  fields: ['title', 'body', 'details'],
  storeFields: ['kind'],
  processTerm: (term: string) => {
    const word = term.toLocaleLowerCase();
    return STOP_WORDS.has(word) ? null : word;
  },
  searchOptions: { boost: { title: 3, details: 1.5 }, prefix: true, fuzzy: 0.2 },
};

const docId = (kind: SearchKind, id: string) => `${kind[0]}:${id}`;
const trashed = (record: object) => Boolean((record as { trashedAt?: string }).trashedAt);

/**
 * Full-text search over article bodies and details, notes' words and entity names (minisearch).
 * Kept up to date from what each change touched, saved beside the notebook so a start does not
 * rebuild it; a signature per document tells, at the next open, what changed while it was not saved.
 */
export class NotebookSearch {
  private index: MiniSearch<IndexedDoc> | null = null;
  /** What each indexed document looked like when indexed: documents whose signature differs are re-indexed. */
  private signatures = new Map<string, string>();
  private unsaved = false;
  private timer: NodeJS.Timeout | null = null;
  private warming: Promise<void> | null = null;
  private byId: { shape: unknown[]; lookup: Lookup } | null = null;

  constructor(
    private readonly data: NotebookData,
    private readonly dataDir: string,
    private readonly canSave: boolean,
  ) {}

  /** Loads (or builds) the index in small steps, leaving the thread free between them. */
  warm(): Promise<void> {
    this.warming ??= (async () => {
      this.load();
      const work = this.outOfDate();
      for (let i = 0; i < work.length; i++) {
        this.apply(work[i]);
        if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
      }
      this.changed();
      this.lookup();
    })();
    return this.warming;
  }

  async search(query: string, limit = 20): Promise<SearchResults> {
    await this.warm();
    const index = this.index!;
    const { words, phrases } = parseQuery(query);
    const results: SearchResults = { query, notes: [], articles: [], entities: [] };
    if (words.length === 0 && phrases.length === 0) return results;
    const phraseWords = phrases.flatMap((p) => parseQuery(p).words).map((w) => w.toLocaleLowerCase());
    const found = index.search([...phraseWords, ...words].join(' '), {
      combineWith: phrases.length > 0 || words.length > 1 ? 'AND' : 'OR',
      // Words inside a phrase match whole, not as prefixes or misspellings.
      prefix: (term) => !phraseWords.includes(term),
      fuzzy: (term) => (phraseWords.includes(term) || term.length < 4 ? false : 0.2),
    });
    const lookup = this.lookup();
    const listOf = (kind: SearchKind) => (kind === 'note' ? results.notes : kind === 'article' ? results.articles : results.entities);
    for (const result of found) {
      const list = listOf(result.kind as SearchKind);
      if (list.length >= limit) continue; // ranked: the rest of this kind would not be shown
      // A phrase's words are marked as the phrase, not one by one wherever they occur.
      result.terms = result.terms.filter((t) => !phraseWords.includes(t));
      const hit = this.hit(result, phrases, lookup);
      if (hit) list.push(hit);
      if (results.notes.length >= limit && results.articles.length >= limit && results.entities.length >= limit) break;
    }
    return results;
  }

  /** Re-indexes what a change touched (everything when it cannot say). */
  update(changes: Changes): void {
    this.byId = null;
    if (!this.index) return; // not loaded yet: the signatures will catch it up when it is
    if (changes.all) {
      for (const item of this.outOfDate()) this.apply(item);
    } else {
      for (const id of changes.notes ?? []) this.apply(this.noteItem(id));
      for (const id of changes.articles ?? []) this.apply(this.articleItem(id));
      if (changes.catalogue) for (const item of this.outOfDate('entity')) this.apply(item);
    }
    this.changed();
  }

  /** Writes the index beside the notebook if it changed since it was last written. */
  persist(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.index || !this.unsaved || !this.canSave) return;
    try {
      const json = JSON.stringify({ format: FORMAT, signatures: [...this.signatures], index: this.index });
      writeFileAtomically(join(this.dataDir, SEARCH_INDEX_FILE), gzipSync(json, { level: 6 }));
      this.unsaved = false;
    } catch {
      // The index can always be rebuilt from the notebook: a full disk must not fail the user's save.
    }
  }

  private changed(): void {
    this.unsaved = true;
    if (this.timer || !this.canSave) return;
    this.timer = setTimeout(() => this.persist(), PERSIST_AFTER_MS);
    this.timer.unref();
  }

  private load(): void {
    if (this.index) return;
    try {
      const saved = JSON.parse(gunzipSync(readFileSync(join(this.dataDir, SEARCH_INDEX_FILE))).toString('utf8')) as { format: number; signatures: Array<[string, string]>; index: unknown };
      if (saved.format !== FORMAT) throw new Error('older format');
      this.index = MiniSearch.loadJS(saved.index as never, OPTIONS);
      this.signatures = new Map(saved.signatures);
    } catch {
      this.index = new MiniSearch<IndexedDoc>(OPTIONS);
      this.signatures = new Map();
    }
  }

  /** Records by id, kept between searches while the lists are the same (rebuilding them cost more than the search). */
  private lookup(): Lookup {
    const { notes, articles, entities } = this.data;
    const shape = [notes, notes.length, articles, articles.length, entities, entities.length];
    if (!this.byId || this.byId.shape.some((x, i) => x !== shape[i])) {
      this.byId = {
        shape,
        lookup: {
          notes: new Map(notes.map((n) => [n.id, n])),
          articles: new Map(articles.map((a) => [a.id, a])),
          entities: new Map(entities.map((e) => [e.id, e])),
        },
      };
    }
    return this.byId.lookup;
  }

  private hit(result: SearchResult, phrases: string[], lookup: Lookup): SearchHit | null {
    const [prefix, ...rest] = String(result.id).split(':');
    const id = rest.join(':');
    const kind = result.kind as SearchKind;
    const terms = result.terms;
    if (prefix === 'n') {
      const note = lookup.notes.get(id);
      if (!note || trashed(note)) return null;
      const words = noteText(note.content);
      if (!containsPhrases(`${note.title}\n${words}`, phrases)) return null;
      return { kind, id, title: note.title, detail: note.updatedAt, snippet: snippetOf(words || note.title, terms, phrases), terms: [...phrases, ...terms], score: result.score };
    }
    if (prefix === 'a') {
      const article = lookup.articles.get(id);
      if (!article || trashed(article)) return null;
      if (!containsPhrases(`${article.title}\n${article.text}\n${articleDetails(article)}`, phrases)) return null;
      const detail = [article.source, article.publishedAt].filter(Boolean).join(' · ') || undefined;
      return { kind, id, title: article.title, detail, snippet: snippetOf(article.text, terms, phrases), terms: [...phrases, ...terms], offset: firstMatch(article.text, terms, phrases), score: result.score };
    }
    const entity = lookup.entities.get(id);
    if (!entity) return null;
    if (!containsPhrases([entity.name, ...entity.aliases].join('\n'), phrases)) return null;
    return { kind, id, title: entity.name, detail: entity.type, snippet: snippetOf(entity.aliases.length ? `also: ${entity.aliases.join(', ')}` : entity.name, terms, phrases), terms: [...phrases, ...terms], score: result.score };
  }

  // Work items: a document to (re)index, or an id to drop.

  private outOfDate(only?: SearchKind): WorkItem[] {
    const work: WorkItem[] = [];
    const present = new Set<string>();
    const consider = (item: WorkItem) => {
      present.add(item.key);
      if (item.doc ? this.signatures.get(item.key) !== item.signature : this.signatures.has(item.key)) work.push(item);
    };
    if (!only || only === 'note') for (const note of this.data.notes) consider(noteWork(note));
    if (!only || only === 'article') for (const article of this.data.articles) consider(articleWork(article));
    if (!only || only === 'entity') for (const entity of this.data.entities) consider(entityWork(entity));
    for (const key of this.signatures.keys()) {
      if (!present.has(key) && (!only || key.startsWith(`${only[0]}:`))) work.push({ key });
    }
    return work;
  }

  private noteItem(id: string): WorkItem {
    const note = this.data.notes.find((n) => n.id === id);
    return note ? noteWork(note) : { key: docId('note', id) };
  }

  private articleItem(id: string): WorkItem {
    const article = this.data.articles.find((a) => a.id === id);
    return article ? articleWork(article) : { key: docId('article', id) };
  }

  private apply(item: WorkItem): void {
    const index = this.index!;
    if (index.has(item.key)) index.discard(item.key);
    if (item.doc) {
      index.add(item.doc);
      this.signatures.set(item.key, item.signature ?? '');
    } else {
      this.signatures.delete(item.key);
    }
  }
}

interface Lookup {
  notes: Map<string, Note>;
  articles: Map<string, Article>;
  entities: Map<string, Entity>;
}

interface WorkItem {
  key: string;
  doc?: IndexedDoc;
  signature?: string;
}

function noteWork(note: Note): WorkItem {
  const key = docId('note', note.id);
  if (trashed(note)) return { key };
  return { key, signature: note.updatedAt, doc: { id: key, kind: 'note', title: note.title, body: noteText(note.content), details: '' } };
}

function articleDetails(article: Article): string {
  return [article.source, article.author, article.publishedAt].filter(Boolean).join(' ');
}

function articleWork(article: Article): WorkItem {
  const key = docId('article', article.id);
  if (trashed(article)) return { key };
  const details = articleDetails(article);
  return { key, signature: `${article.title}\u0000${details}`, doc: { id: key, kind: 'article', title: article.title, body: article.text, details } };
}

function entityWork(entity: Entity): WorkItem {
  const key = docId('entity', entity.id);
  return { key, signature: `${entity.type}\u0000${entity.name}\u0000${entity.aliases.join('\u0000')}`, doc: { id: key, kind: 'entity', title: entity.name, body: entity.aliases.join(' '), details: entity.type } };
}

function containsPhrases(text: string, phrases: string[]): boolean {
  if (phrases.length === 0) return true;
  const flat = text.replace(/\s+/g, ' ').toLocaleLowerCase();
  return phrases.every((p) => flat.includes(p.toLocaleLowerCase()));
}
