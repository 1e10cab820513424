import type { EntityType } from './extraction';

/**
 * The serialised shapes of Dossier's own note nodes: the editor writes them, the exporters and the
 * entity corrections read them. Change them only with a migration.
 */

/** An inline mention of an entity (a TextNode subclass): its text is the entity's name when inserted. */
export interface SerializedMentionFields {
  type: 'mention';
  version: 1;
  entityId: string;
  entityType: EntityType;
  /** The entity's name when the mention was last refreshed; renames and merges update it. */
  name: string;
}

/**
 * Where a cited passage sits in its article: offsets plus the exact text with context on each side
 * (like a W3C Web Annotation TextQuoteSelector), so it is found again if the article text changes.
 */
export interface CitationAnchor {
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A cited passage block: the quoted text and where it came from. */
export interface SerializedCitationFields {
  type: 'citation';
  version: 1;
  anchor: CitationAnchor;
  articleTitle: string;
  source?: string;
  publishedAt?: string;
  url?: string;
}
