import type { EntityType, ExtractedRole } from './extraction';

/** The notebook's records as the store keeps them and the API returns them. */

export interface Note {
  id: string;
  title: string;
  /** Lexical serialised editor state (JSON text); empty string for a new note. */
  content: string;
  createdAt: string;
  updatedAt: string;
}

export type NoteSummary = Pick<Note, 'id' | 'title' | 'createdAt' | 'updatedAt'>;

export interface ArticleMeta {
  title: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
}

export interface StoredMention {
  start: number;
  end: number;
  entityId: string;
}

export interface StoredQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerEntityId?: string;
  speakerStart: number;
  speakerEnd: number;
  fragment: boolean;
}

export interface Article extends ArticleMeta {
  id: string;
  text: string;
  format: string;
  importedAt: string;
  mentions: StoredMention[];
  quotes: StoredQuote[];
}

export interface ArticleSummary extends ArticleMeta {
  id: string;
  importedAt: string;
  entityCount: number;
}

/** A role as stored on an entity: where the text gave it. */
export interface EntityRole extends ExtractedRole {
  articleId: string;
}

export interface Entity {
  id: string;
  /** Type + normalised canonical name: the same thing keeps one id across articles. */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: EntityRole[];
  iso?: string;
}

export interface EntitySummary extends Entity {
  mentionCount: number;
  articleCount: number;
}

/** An article with everything the reader needs to light up its entities. */
export interface ArticleView extends Article {
  entities: EntitySummary[];
}
