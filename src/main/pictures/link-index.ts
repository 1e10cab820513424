import type { ArticleDigest } from './article-digest';
import { linkGroups } from './article-digest';

/** Two entities named together: in how many sentences (or paragraphs), and in which articles how often. */
export interface Link {
  a: string;
  b: string;
  weight: number;
  articles: Map<string, number>;
}

/**
 * Who is named with whom, kept per entity: adding or removing an article's digest adjusts only the
 * links it holds, and a drawing reads the links of the nodes it shows rather than every pair there is.
 */
export class LinkIndex {
  private readonly links = new Map<string, Map<string, Link>>();
  /** How many pairs are linked. */
  size = 0;

  constructor(readonly level: 'sentence' | 'paragraph') {}

  /** The links of one entity, by the other end's id. */
  of(id: string): ReadonlyMap<string, Link> | undefined {
    return this.links.get(id);
  }

  /** Each linked entity with its links. */
  entries(): MapIterator<[string, Map<string, Link>]> {
    return this.links.entries();
  }

  add(digest: ArticleDigest): void {
    const articleId = digest.article.id;
    for (const group of linkGroups(digest, this.level)) {
      const ids = group.ids;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
          let link = this.links.get(a)?.get(b);
          if (!link) {
            link = { a, b, weight: 0, articles: new Map() };
            this.end(a).set(b, link);
            this.end(b).set(a, link);
            this.size++;
          }
          link.weight++;
          link.articles.set(articleId, (link.articles.get(articleId) ?? 0) + 1);
        }
      }
    }
  }

  remove(digest: ArticleDigest): void {
    const articleId = digest.article.id;
    for (const group of linkGroups(digest, this.level)) {
      const ids = group.ids;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
          const link = this.links.get(a)?.get(b);
          if (!link) continue;
          link.weight--;
          const left = (link.articles.get(articleId) ?? 1) - 1;
          if (left > 0) link.articles.set(articleId, left);
          else link.articles.delete(articleId);
          if (link.weight > 0) continue;
          this.drop(a, b);
          this.drop(b, a);
          this.size--;
        }
      }
    }
  }

  private end(id: string): Map<string, Link> {
    let links = this.links.get(id);
    if (!links) {
      links = new Map();
      this.links.set(id, links);
    }
    return links;
  }

  private drop(from: string, to: string): void {
    const links = this.links.get(from);
    links?.delete(to);
    if (links?.size === 0) this.links.delete(from);
  }
}
