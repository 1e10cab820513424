/** What the extractor finds in one article's plain text. Offsets are JS string indices, end exclusive. */

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'TERM'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of a name in the text. `key` ties it to its ExtractedEntity. */
export interface ExtractedMention extends Span {
  type: EntityType;
  text: string;
  key: string;
}

/** A post or affiliation the text gives a person ("Foreign Minister", "director of …"). */
export interface ExtractedRole extends Span {
  title: string;
  organization?: string;
  former?: boolean;
}

/** All mentions of one thing in one article, joined (aliases, acronyms, surname-only mentions). */
export interface ExtractedEntity {
  /** Stable within and across articles: type + normalised canonical name, e.g. "PERSON:shigeru ishiba". */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  roles: ExtractedRole[];
  /** DATE only: ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) where the text allows. */
  iso?: string;
}

export interface ExtractedQuote extends Span {
  text: string;
  /** The resolved canonical name of who said it, or null. */
  speaker: string | null;
  /** Span in the text naming or referring to the speaker ("he", "Song Xuewen"); -1 when none. */
  speakerStart: number;
  speakerEnd: number;
  /** A short quoted phrase inside a sentence (scare quotes, coined terms), not a statement. */
  fragment: boolean;
}

export interface Extraction {
  mentions: ExtractedMention[];
  entities: ExtractedEntity[];
  quotes: ExtractedQuote[];
}

export interface ExtractOptions {
  /** The article's own date (ISO), to anchor relative dates like "October 2nd". */
  publishedAt?: string;
}
