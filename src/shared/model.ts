import type { EntityType, ExtractedRole } from './extraction';

/** The notebook's records as the store keeps them and the API returns them. */

export interface Note {
  id: string;
  title: string;
  /** Lexical serialised editor state (JSON text); empty string for a new note. */
  content: string;
  createdAt: string;
  updatedAt: string;
  /** Set while the note is in the trash. */
  trashedAt?: string;
}

export type NoteSummary = Pick<Note, 'id' | 'title' | 'createdAt' | 'updatedAt' | 'trashedAt'>;

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
  /** Set while the article is in the trash: its evidence leaves the entities until it is restored. */
  trashedAt?: string;
  mentions: StoredMention[];
  quotes: StoredQuote[];
}

export interface ArticleSummary extends ArticleMeta {
  id: string;
  importedAt: string;
  trashedAt?: string;
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
  /** Aliases merged in for this notebook's articles only: shown with the others, but a later import is not joined by them. */
  notebookAliases?: string[];
  roles: EntityRole[];
  iso?: string;
}

export interface EntitySummary extends Entity {
  mentionCount: number;
  articleCount: number;
  /** Date of the newest article that mentions it (published, else imported). */
  lastSeen?: string;
}

/** An article with everything the reader needs to light up its entities. */
export interface ArticleView extends Article {
  entities: EntitySummary[];
}

/** One mention of an entity in its sentence (keyword in context), for the entity card. */
export interface MentionInContext {
  articleId: string;
  articleTitle: string;
  start: number;
  end: number;
  /** The sentence around the mention, and the mention's offsets within it. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface EntityCard extends EntitySummary {
  mentions: MentionInContext[];
  quotes: Array<StoredQuote & { articleId: string; articleTitle: string }>;
  /** Entities named in the same sentences most often. */
  related: Array<{ id: string; name: string; type: EntityType; together: number }>;
  /** The notes (briefs) that mention it, newest first: where it is already written about. */
  notes?: Array<{ id: string; title: string; updatedAt: string }>;
}

/** A user's correction, remembered as a rule for later imports and undoable. */
export interface Correction {
  id: string;
  kind: 'rename' | 'merge' | 'split' | 'retype' | 'delete' | 'ignore' | 'speaker' | 'dismiss' | 'post' | 'mark';
  at: string;
  /** Plain words for the undo menu: "Merged “Ishiba” into “Shigeru Ishiba”". */
  label: string;
}

/** Where the user was, so the window comes back as it was left. */
export interface UiState {
  open?: { kind: 'note' | 'article'; id: string };
  /** The editor selection as Lexical point offsets, opaque to the main side. */
  noteSelection?: unknown;
  /** How the window's panes were laid out: widths in CSS pixels, which were hidden, focus mode. */
  layout?: PaneLayout;
}

export interface PaneLayout {
  libraryWidth?: number;
  entitiesWidth?: number;
  libraryCollapsed?: boolean;
  entitiesCollapsed?: boolean;
  focusMode?: boolean;
}

/** A stretch of a search result's snippet; `mark` is a matching word, shown highlighted. */
export type SearchSnippet = Array<{ text: string; mark?: boolean }>;

export type SearchKind = 'note' | 'article' | 'entity';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** Source and date of an article, the type of an entity, the edit date of a note. */
  detail?: string;
  snippet: SearchSnippet;
  /** The words that matched, as they appear in the text, to light up where the hit opens. */
  terms: string[];
  /** Articles: where in the text the first match starts. */
  offset?: number;
  score: number;
}

export interface SearchResults {
  query: string;
  notes: SearchHit[];
  articles: SearchHit[];
  entities: SearchHit[];
}

// Pictures: the timeline of dated statements and the graph of who appears with whom.

/** A named thing as a picture shows it. */
export interface PictureEntity {
  id: string;
  name: string;
  type: EntityType;
}

/** A sentence a picture was drawn from: where it is (offsets in the article's text) and what it says. */
export interface EvidenceSentence {
  articleId: string;
  articleTitle: string;
  source?: string;
  publishedAt?: string;
  url?: string;
  start: number;
  end: number;
  sentence: string;
}

/** How much of a date the text gave: "2024", "October 2024", "October 2, 2024". */
export type DatePrecision = 'year' | 'month' | 'day';

/** One dated statement: a sentence holding a date the extractor resolved, with who is named in it. */
export interface TimelineEvent extends EvidenceSentence {
  /** articleId:offset of the date, stable while the article is unchanged. */
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: DatePrecision;
  /** The date as the text wrote it, and where (offsets in the article's text). */
  dateText: string;
  dateStart: number;
  dateEnd: number;
  entities: PictureEntity[];
}

export interface TimelineOptions {
  articleId?: string;
  /** Only statements naming this entity. */
  entityId?: string;
  /** Most events returned (the latest dates are kept); 2,000 unless given. */
  limit?: number;
}

export interface Timeline {
  /** Oldest first. */
  events: TimelineEvent[];
  /** Dated statements in scope before the limit. */
  total: number;
  /** Dates in scope the text did not pin to a calendar ("last week"): left off rather than put on a wrong day. */
  unresolved: number;
}

export interface GraphOptions {
  articleId?: string;
  /** The kinds of node: people and organisations unless given. */
  types?: EntityType[];
  /** Most nodes (the most mentioned are kept); 120 unless given. */
  maxNodes?: number;
  /** Most edges (the strongest are kept); 300 unless given. */
  maxEdges?: number;
  /** Fewest shared sentences an edge needs; 1 unless given. */
  minWeight?: number;
  /** Two names are linked by sharing a sentence (the default) or a paragraph. */
  level?: 'sentence' | 'paragraph';
  /** How many edges, strongest first, carry their sentences (all unless given); the others carry none. */
  evidence?: number;
  /** The shape (width / height) of the stage it is drawn on: given, the nodes come placed by the force layout (x, y, r). */
  aspect?: number;
  /** Only the link between these two, with its sentences: what a picked line shows. */
  link?: { source: string; target: string };
}

export interface GraphNode extends PictureEntity {
  mentions: number;
  /** Sentences shared with the other nodes shown. */
  strength: number;
  /** Where the layout placed it and the radius it made room for, when the graph was asked for with `aspect`. */
  x?: number;
  y?: number;
  r?: number;
}

/** Two entities named in the same sentences: how many, and a few of those sentences. */
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  evidence: EvidenceSentence[];
}

export interface EntityGraph {
  nodes: GraphNode[];
  /** Strongest first. */
  edges: GraphEdge[];
  /** Before the caps: every entity of the chosen kinds; every link strong enough between the nodes shown. */
  totalNodes: number;
  totalEdges: number;
}
