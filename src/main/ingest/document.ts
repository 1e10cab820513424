/** What every reader hands back: clean article text plus whatever details the source gave. */
export interface ImportedDocument {
  title: string;
  /** Plain text, paragraphs separated by a blank line ("\n\n"), no markup. */
  text: string;
  source?: string;
  author?: string;
  /** YYYY-MM-DD. */
  publishedAt?: string;
  url?: string;
  format: ImportFormat;
}

export type ImportFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'paste' | 'url';
