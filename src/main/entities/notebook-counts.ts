import type { Article } from '../../shared/model';
import { type Changes, reindexArticles } from '../store/changes';
import type { NotebookData } from '../store/schema';

export interface EntityCount {
  mentions: number;
  articles: number;
  /** The newest date of an article naming it (its publication date, else its import). */
  lastSeen: string;
}

type Contribution = Map<string, { mentions: number; date: string }>;

const dateOf = (a: Article) => a.publishedAt ?? a.importedAt;

/**
 * Notebook-wide mention counts per entity, kept up to date from what each change touched: an import
 * adds its article, a correction re-counts the articles it changed. Listing the whole notebook's
 * entities then costs the number of entities, not a scan of every mention in every article.
 */
export class NotebookEntityCounts {
  private readonly byArticle = new Map<string, Contribution>();
  private readonly totals = new Map<string, { mentions: number; articles: number; dates: Map<string, number> }>();
  /** The articles naming each entity, and those where it is quoted: an entity's card reads only these. */
  private readonly naming = new Map<string, Set<string>>();
  private readonly quoting = new Map<string, Set<string>>();
  private readonly speakersByArticle = new Map<string, Set<string>>();
  private version = 0;
  /** Entities whose counts or record may have changed since `takeChanged` was last called; null: any. */
  private changed: Set<string> | null = null;

  constructor(private readonly data: NotebookData) {
    this.rebuild();
  }

  /** Bumps on every change, so callers can keep results computed from these counts until then. */
  get changes(): number {
    return this.version;
  }

  get(entityId: string): EntityCount | undefined {
    const total = this.totals.get(entityId);
    if (!total) return undefined;
    let lastSeen = '';
    for (const date of total.dates.keys()) if (date > lastSeen) lastSeen = date;
    return { mentions: total.mentions, articles: total.articles, lastSeen };
  }

  /**
   * Re-counts what a change touched (everything when it cannot say). `precise`: the change touched
   * no entity record beyond those its articles mention (an import), so a list of them can be patched.
   */
  update(changes: Changes, precise = false): void {
    const ids = new Set(changes.articles ?? []);
    // A note save or the window's state leaves entities alone: the list stays as it was.
    if (!changes.all && !changes.catalogue && ids.size === 0) return;
    this.version++;
    if (changes.all || (changes.catalogue && !precise)) this.changed = null;
    if (changes.all) {
      this.rebuild();
      return;
    }
    reindexArticles(this.data, ids, (id) => this.remove(id), (article) => this.add(article));
  }

  /** The ids of the articles (not in the trash) that name the entity or quote it. */
  articlesOf(entityId: string): Set<string> {
    return new Set([...(this.naming.get(entityId) ?? []), ...(this.quoting.get(entityId) ?? [])]);
  }

  /** The entities changed since the last call (null: any of them), and starts a new record. */
  takeChanged(): Set<string> | null {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  private touch(entityId: string): void {
    this.changed?.add(entityId);
  }

  private rebuild(): void {
    this.byArticle.clear();
    this.totals.clear();
    this.naming.clear();
    this.quoting.clear();
    this.speakersByArticle.clear();
    for (const article of this.data.articles) this.add(article);
  }

  private add(article: Article): void {
    if (article.trashedAt) return; // an article in the trash is no evidence until it is restored
    const contribution: Contribution = new Map();
    const date = dateOf(article);
    for (const m of article.mentions) {
      const c = contribution.get(m.entityId);
      if (c) c.mentions++;
      else contribution.set(m.entityId, { mentions: 1, date });
    }
    this.byArticle.set(article.id, contribution);
    const speakers = new Set(article.quotes.map((q) => q.speakerEntityId).filter((id): id is string => !!id));
    this.speakersByArticle.set(article.id, speakers);
    for (const speaker of speakers) setOf(this.quoting, speaker).add(article.id);
    for (const [entityId, c] of contribution) {
      this.touch(entityId);
      setOf(this.naming, entityId).add(article.id);
      let total = this.totals.get(entityId);
      if (!total) {
        total = { mentions: 0, articles: 0, dates: new Map() };
        this.totals.set(entityId, total);
      }
      total.mentions += c.mentions;
      total.articles++;
      total.dates.set(c.date, (total.dates.get(c.date) ?? 0) + 1);
    }
  }

  private remove(articleId: string): void {
    const contribution = this.byArticle.get(articleId);
    if (!contribution) return;
    this.byArticle.delete(articleId);
    for (const speaker of this.speakersByArticle.get(articleId) ?? []) dropFrom(this.quoting, speaker, articleId);
    this.speakersByArticle.delete(articleId);
    for (const [entityId, c] of contribution) {
      this.touch(entityId);
      dropFrom(this.naming, entityId, articleId);
      const total = this.totals.get(entityId);
      if (!total) continue;
      total.mentions -= c.mentions;
      total.articles--;
      const left = (total.dates.get(c.date) ?? 1) - 1;
      if (left > 0) total.dates.set(c.date, left);
      else total.dates.delete(c.date);
      if (total.articles <= 0) this.totals.delete(entityId);
    }
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

function dropFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
