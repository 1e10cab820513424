import type { Changes } from './changes';

const KEPT = 1_000;

/** What changed since a revision: the notes and articles to send again, and whether entities changed. */
export interface ChangedSince {
  revision: number;
  /** The log does not reach back that far (or a change could not say what it touched): read everything again. */
  reset: boolean;
  notes: Set<string>;
  articles: Set<string>;
  entities: boolean;
}

/**
 * A numbered record of what each change touched, so a window can ask "what changed since revision
 * N?" and apply just that instead of fetching every list again. The newest KEPT changes are kept;
 * a window further behind reads everything again.
 */
export class ChangeLog {
  private revisionNow = 0;
  private readonly entries: Array<{ revision: number; all: boolean; catalogue: boolean; notes: string[]; articles: string[] }> = [];

  get revision(): number {
    return this.revisionNow;
  }

  record(changes: Changes): void {
    // A copy: a batch keeps adding to the sets it was given.
    const notes = [...(changes.notes ?? [])];
    const articles = [...(changes.articles ?? [])];
    if (!changes.all && !changes.catalogue && !changes.ui && notes.length === 0 && articles.length === 0) return;
    this.revisionNow++;
    this.entries.push({ revision: this.revisionNow, all: changes.all === true, catalogue: changes.catalogue === true, notes, articles });
    if (this.entries.length > KEPT) this.entries.splice(0, this.entries.length - KEPT);
  }

  since(revision: number): ChangedSince {
    const result: ChangedSince = { revision: this.revisionNow, reset: false, notes: new Set(), articles: new Set(), entities: false };
    if (revision === this.revisionNow) return result;
    const oldest = this.entries[0]?.revision ?? this.revisionNow + 1;
    if (revision < 0 || revision > this.revisionNow || revision < oldest - 1) return { ...result, reset: true, entities: true };
    for (const entry of this.entries) {
      if (entry.revision <= revision) continue;
      if (entry.all) return { ...result, reset: true, entities: true };
      for (const id of entry.notes) result.notes.add(id);
      for (const id of entry.articles) result.articles.add(id);
      if (entry.catalogue || entry.articles.length > 0) result.entities = true;
    }
    return result;
  }
}
