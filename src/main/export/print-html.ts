import { PRINT_CSS } from './print-style';
import type { ExportOptions } from '../../shared/api';
import type { Note } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import type { BriefMeta } from './brief-markdown';
import { attribution, blocksToHtml, escapeHtml } from './html-writer';
import { noteBlocks } from './note-json';
import { CitationNumbers, humanDate, type SourceRef } from './sources';

// Nothing in a print document may run or load: no script at all, only the inline stylesheet.
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

function sourceItem(source: SourceRef, id?: string): string {
  const url = source.url ? ` <a class="url" href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>` : '';
  const author = source.author ? `, ${escapeHtml(source.author)}` : '';
  return `<li${id ? ` id="${id}"` : ''}>${attribution(source)}${author}.${url}</li>`;
}

function titleBlock(meta: BriefMeta, subtitle: string): string {
  const byline = [meta.author, humanDate(meta.date)].filter(Boolean).map((p) => escapeHtml(p as string));
  return `<header class="title-block"><p class="kicker">${escapeHtml(subtitle)}</p><h1>${escapeHtml(meta.title)}</h1><p class="byline">${byline.join(' · ')}</p></header>`;
}

/**
 * A brief (one note, or several with a contents list) as one self-contained print document: the
 * same HTML is printed by Electron and by headless Chromium, so both give the same pages.
 */
export function briefPrintHtml(data: NotebookData, notes: Note[], meta: BriefMeta, options: ExportOptions, contentsPages?: number[]): string {
  const style = options.citations ?? 'footnotes';
  const sources = new CitationNumbers(data.articles, 'sources');
  const several = notes.length > 1;
  const showSources = (style === 'sources' || options.sourcesList === true);
  const sections = notes.map((note, i) => {
    // Footnotes start again at 1 in every note; a Sources list numbers articles across the whole brief.
    const citations = style === 'sources' ? sources : new CitationNumbers(data.articles, 'footnotes');
    const idPrefix = `n${i + 1}-`;
    const body = blocksToHtml(noteBlocks(note.content, note.title), { citations, idPrefix });
    if (style === 'footnotes') for (const c of citations.notes) sources.include(c.source);
    // With a Sources list at the end, a note points into it rather than printing the same source twice.
    const noteItem = (c: (typeof citations.notes)[number]) => {
      const listed = sources.sources.findIndex((s) => s.articleId === c.source.articleId) + 1;
      if (!showSources || listed === 0) return sourceItem(c.source, `${idPrefix}fn-${c.number}`);
      return `<li id="${idPrefix}fn-${c.number}"><i>${escapeHtml(c.source.title || 'Untitled article')}</i>, see <a href="#source-${listed}">Sources ${listed}</a>.</li>`;
    };
    const notesList =
      style === 'footnotes' && citations.notes.length > 0
        ? `<section class="endnotes" aria-label="Notes"><h3>Notes</h3><ol>${citations.notes.map(noteItem).join('')}</ol></section>`
        : '';
    const heading = several ? `<h1 class="note-title" id="note-${i + 1}">${escapeHtml(note.title || 'Untitled note')}</h1>` : '';
    return `<article class="note${several ? ' in-collection' : ''}">${heading}${body}${notesList}</article>`;
  });

  const contents = several
    ? `<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>${notes
        .map((n, i) => {
          const page = contentsPages?.[i] ? `<span class="toc-page">${contentsPages[i]}</span>` : '';
          return `<li><a href="#note-${i + 1}"><span class="toc-title">${escapeHtml(n.title || 'Untitled note')}</span>${page}</a></li>`;
        })
        .join('')}</ol></nav>`
    : '';
  const sourcesList = showSources && sources.sources.length > 0
    ? `<section class="sources"><h2>Sources</h2><ol>${sources.sources.map((s, i) => sourceItem(s, `source-${i + 1}`)).join('')}</ol></section>`
    : '';
  const paper = options.paper === 'Letter' ? 'Letter' : 'A4';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(meta.title)}</title>
<style>${PRINT_CSS}</style>
<style>@page { size: ${paper}; }</style>
</head>
<body>
${titleBlock(meta, several ? `Briefing pack · ${notes.length} notes` : 'Brief')}
${contents}
${sections.join('\n')}
${sourcesList}
</body>
</html>
`;
}
