import { DossierError } from '../../shared/errors';
import type { Article, Entity } from '../../shared/model';
import { type Changes, reindexArticles } from '../store/changes';
import type { NotebookData } from '../store/schema';
import { type ArticleDigest, digestArticle, type NamedSentence } from './article-digest';
import { LinkIndex } from './link-index';

type Level = 'sentence' | 'paragraph';

/** Articles digested between two turns of the notebook's thread when the index is built in the background (a few milliseconds' work). */
const WARM_SLICE = 50;

/**
 * What the timeline and the graph are drawn from, kept up to date as the notebook changes: a digest
 * of each article not in the trash (its sentences that name something), how often each entity is named
 * and where, and who is named with whom. An import adds one digest, a trash or restore removes or adds
 * one, a correction redoes the articles it changed; a drawing then reads the index, not every article.
 * Built in the background once the notebook is open (warm), or on the first picture asked for before.
 */
export class PictureIndex {
  private readonly digests = new Map<string, ArticleDigest>();
  /** Mentions of each entity in articles not in the trash. */
  readonly mentions = new Map<string, number>();
  /** The sentences naming each entity. */
  readonly sentencesOf = new Map<string, Set<NamedSentence>>();
  private readonly levels = new Map<Level, LinkIndex>();
  private built = false;
  private version = 0;
  private lookups: { entities: Map<string, Entity>; dates: Entity[]; positions: Map<string, number> } | null = null;
  private stale = { entities: true, positions: true };
  /** Bumps on every change: a background build that sees it move stops, and the index is built when next asked for. */
  private generation = 0;
  private warming: Promise<void> | null = null;

  constructor(private readonly data: NotebookData) {}

  /** An index of one article (even one in the trash, when asked for by name). */
  static ofArticle(data: NotebookData, articleId: string): PictureIndex {
    const article = data.articles.find((a) => a.id === articleId);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook. Choose another in the library.');
    return new PictureIndex({ ...data, articles: [{ ...article, trashedAt: undefined }] });
  }

  /** Bumps on every change the pictures can see. */
  get changes(): number {
    return this.version;
  }

  /** Redoes what a change touched: the articles it names, everything when it cannot say. */
  update(changes: Changes): void {
    this.generation++;
    const ids = new Set(changes.articles ?? []);
    if (!changes.all && !changes.catalogue && ids.size === 0) return;
    this.version++;
    // An import only appends entities; a correction may change any of them.
    if (changes.all || (changes.catalogue && !changes.entitiesOfArticlesOnly)) this.stale.entities = true;
    if (changes.all) this.stale.positions = true;
    if (!this.built) return;
    if (changes.all) {
      this.rebuild();
      return;
    }
    reindexArticles(this.data, ids, (id) => this.remove(id), (article) => this.add(article));
  }

  digest(articleId: string): ArticleDigest | undefined {
    this.ensureBuilt();
    return this.digests.get(articleId);
  }

  /** The links at sentence level, or paragraph level (that one built the first time it is asked for). */
  links(level: Level): LinkIndex {
    this.ensureBuilt();
    let links = this.levels.get(level);
    if (!links) {
      links = new LinkIndex(level);
      for (const digest of this.digests.values()) links.add(digest);
      this.levels.set(level, links);
    }
    return links;
  }

  /**
   * Entities by id, the dates among them, and articles by their place in the notebook. Entities are looked up afresh after a
   * correction and topped up after an import (which only appends); places after articles come or go.
   */
  lookup(): { entities: Map<string, Entity>; dates: Entity[]; positions: Map<string, number> } {
    this.ensureBuilt();
    const { entities: list, articles } = this.data;
    const known = this.lookups;
    if (!known || this.stale.entities || list.length < known.entities.size) {
      this.lookups = { entities: new Map(), dates: [], positions: known?.positions ?? new Map() };
    }
    const { entities, dates } = this.lookups as NonNullable<typeof this.lookups>;
    for (let i = entities.size; i < list.length; i++) {
      entities.set(list[i].id, list[i]);
      if (list[i].type === 'DATE') dates.push(list[i]);
    }
    const lookups = this.lookups as NonNullable<typeof this.lookups>;
    if (this.stale.positions || lookups.positions.size !== articles.length) {
      lookups.positions = new Map(articles.map((a, i) => [a.id, i]));
    }
    this.stale = { entities: false, positions: false };
    return lookups;
  }

  /**
   * Builds the index in the background, a slice of articles at a time, so calls on the notebook are
   * answered between slices and the first picture finds it ready. A picture asked for meanwhile builds
   * the rest at once; a change meanwhile stops it (the index is then built when next asked for).
   */
  warm(): Promise<void> {
    this.warming ??= (async () => {
      if (this.built) return;
      const generation = this.generation;
      const articles = this.data.articles;
      this.clear();
      for (let i = 0; i < articles.length; i++) {
        if (i % WARM_SLICE === 0) {
          await new Promise((next) => setImmediate(next));
          if (this.built || this.generation !== generation) return;
        }
        this.add(articles[i]);
      }
      this.built = true;
    })().finally(() => {
      this.warming = null;
    });
    return this.warming;
  }

  private ensureBuilt(): void {
    if (this.built) return;
    this.built = true;
    this.rebuild();
  }

  private rebuild(): void {
    this.clear();
    for (const article of this.data.articles) this.add(article);
  }

  private clear(): void {
    this.digests.clear();
    this.mentions.clear();
    this.sentencesOf.clear();
    this.levels.clear();
    this.levels.set('sentence', new LinkIndex('sentence'));
  }

  private add(article: Article): void {
    if (article.trashedAt) return; // an article in the trash is no evidence until it is restored
    const digest = digestArticle(article);
    this.digests.set(article.id, digest);
    for (const [id, n] of digest.named) this.mentions.set(id, (this.mentions.get(id) ?? 0) + n);
    for (const s of digest.sentences) {
      for (const id of s.ids) {
        let sentences = this.sentencesOf.get(id);
        if (!sentences) {
          sentences = new Set();
          this.sentencesOf.set(id, sentences);
        }
        sentences.add(s);
      }
    }
    for (const links of this.levels.values()) links.add(digest);
  }

  private remove(articleId: string): void {
    const digest = this.digests.get(articleId);
    if (!digest) return;
    this.digests.delete(articleId);
    for (const [id, n] of digest.named) {
      const left = (this.mentions.get(id) ?? n) - n;
      if (left > 0) this.mentions.set(id, left);
      else this.mentions.delete(id);
    }
    for (const s of digest.sentences) {
      for (const id of s.ids) {
        const sentences = this.sentencesOf.get(id);
        sentences?.delete(s);
        if (sentences?.size === 0) this.sentencesOf.delete(id);
      }
    }
    for (const links of this.levels.values()) links.remove(digest);
  }
}
