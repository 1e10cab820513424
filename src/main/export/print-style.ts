// Dossier's print stylesheet for briefs, inlined into the one print document (no file to find at run time).
// Page size comes from a second @page rule; the header and footer from the printer.
export const PRINT_CSS = `
:root {
  --serif: 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', 'Noto Serif CJK JP', 'Noto Serif CJK SC', 'Noto Serif CJK KR', serif;
  --sans: 'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', 'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif;
  --mono: 'DejaVu Sans Mono', 'Liberation Mono', 'Noto Sans Mono CJK JP', monospace;
  --ink: #1b1b1b;
  --muted: #5f5f5f;
  --rule: #c9c9c9;
  --accent: #1f3a5f;
}
@page { margin: 22mm 22mm 20mm 22mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: var(--serif);
  font-size: 11pt;
  line-height: 1.45;
  color: var(--ink);
  hyphens: auto;
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  orphans: 3;
  widows: 3;
}

/* Title block */
.title-block { border-bottom: 1.5pt solid var(--accent); padding-bottom: 5mm; margin-bottom: 7mm; }
.kicker { font-family: var(--sans); font-size: 8pt; letter-spacing: 0.14em; text-transform: uppercase; color: var(--accent); margin: 0 0 2mm; }
.title-block h1 { font-family: var(--sans); font-size: 22pt; line-height: 1.15; font-weight: 700; margin: 0 0 2.5mm; letter-spacing: -0.01em; }
.byline { font-family: var(--sans); font-size: 9pt; color: var(--muted); margin: 0; }

/* Contents of a collection */
.contents { page-break-after: always; break-after: page; }
.contents h2 { font-family: var(--sans); font-size: 12pt; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); }
.contents ol { padding-left: 6mm; }
.contents li { font-size: 11.5pt; margin: 0 0 2mm; }
.contents a { color: var(--ink); text-decoration: none; }
.contents a { display: flex; align-items: baseline; gap: 2mm; }
.contents .toc-title { flex: 0 1 auto; }
.contents .toc-page { flex: 1 0 auto; text-align: right; font-variant-numeric: tabular-nums; }
.contents .toc-page::before { content: ''; display: inline-block; width: calc(100% - 8mm); border-bottom: 0.75pt dotted var(--muted); margin-right: 2mm; transform: translateY(-0.8mm); }
.note.in-collection { break-before: page; page-break-before: always; }
.note.in-collection:first-of-type { break-before: auto; page-break-before: auto; }
.note-title { font-family: var(--sans); font-size: 17pt; line-height: 1.2; margin: 0 0 5mm; padding-bottom: 2.5mm; border-bottom: 0.75pt solid var(--rule); }

/* Headings */
h2, h3, h4, h5, h6 { font-family: var(--sans); color: var(--ink); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 14pt; margin: 7mm 0 2.5mm; }
h3 { font-size: 12pt; margin: 5.5mm 0 2mm; }
h4, h5, h6 { font-size: 11pt; margin: 4.5mm 0 1.5mm; }

p { margin: 0 0 2.8mm; text-align: justify; text-justify: inter-word; }
a { color: var(--accent); text-decoration: none; }
strong { font-weight: 700; }
code { font-family: var(--mono); font-size: 0.86em; background: #f3f3f1; padding: 0 0.2em; border-radius: 2px; }
pre { font-family: var(--mono); font-size: 8.5pt; line-height: 1.4; background: #f6f6f4; border: 0.5pt solid #e2e2de; padding: 3mm 4mm; white-space: pre-wrap; break-inside: avoid; }
pre code { background: none; padding: 0; font-size: inherit; }
mark { background: #fff1a8; }
hr { border: 0; border-top: 0.75pt solid var(--rule); margin: 6mm 20%; }

/* Lists */
ul, ol { margin: 0 0 3mm; padding-left: 6.5mm; }
li { margin: 0 0 1mm; }
li > ul, li > ol { margin: 1mm 0 0; }
ul.checklist { list-style: none; padding-left: 1mm; }
ul.checklist li { padding-left: 6mm; text-indent: -6mm; }
ul.checklist .box { display: inline-block; width: 6mm; text-indent: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: var(--accent); }
ul.checklist li.done { color: var(--muted); }

/* Quotes and cited passages */
blockquote { margin: 4mm 0 4mm; padding: 0.5mm 0 0.5mm 5mm; border-left: 2pt solid var(--accent); color: #2a2a2a; font-style: italic; }
blockquote p { margin: 0; text-align: left; }
figure.citation { margin: 4.5mm 0 4.5mm; break-inside: avoid; page-break-inside: avoid; }
figure.citation blockquote { margin: 0 0 1.5mm; }
figure.citation figcaption { padding-left: 5mm; font-family: var(--sans); font-size: 8.5pt; color: var(--muted); }
figure.citation figcaption::before { content: '— '; }
/* Pictures from the timeline and the entity graph: the page's width at most, kept on one page with their caption */
figure.picture { margin: 5mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure.picture img { display: block; max-width: 100%; max-height: 180mm; margin: 0 auto; border: 0.5pt solid #ccc; }
figure.picture figcaption { margin-top: 2mm; font-family: var(--sans); font-size: 8.5pt; font-style: italic; color: var(--muted); }
cite { font-style: italic; }
sup.fn-ref { font-family: var(--sans); font-size: 0.68em; line-height: 0; vertical-align: super; margin-left: 0.1em; font-style: normal; }
sup.fn-ref a, .source-ref a { color: var(--accent); }
.source-ref { font-family: var(--sans); font-size: 0.85em; font-style: normal; margin-left: 0.2em; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 4mm 0 5mm; font-family: var(--sans); font-size: 9pt; line-height: 1.35; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 700; border-top: 1pt solid var(--ink); border-bottom: 0.75pt solid var(--ink); padding: 1.6mm 2.5mm; }
td { border-bottom: 0.4pt solid var(--rule); padding: 1.5mm 2.5mm; vertical-align: top; }
tbody tr:last-child td { border-bottom: 1pt solid var(--ink); }

/* Notes and sources */
.endnotes, .sources { margin-top: 8mm; padding-top: 2.5mm; border-top: 0.75pt solid var(--rule); font-size: 8.8pt; line-height: 1.4; }
.endnotes h3, .sources h2 { font-family: var(--sans); font-size: 8.5pt; letter-spacing: 0.1em; text-transform: uppercase; color: var(--muted); margin: 0 0 2mm; }
.endnotes ol, .sources ol { padding-left: 5.5mm; margin: 0; }
.endnotes li, .sources li { margin: 0 0 1.2mm; break-inside: avoid; }
.url { font-family: var(--sans); font-size: 0.92em; color: var(--accent); word-break: break-all; }
.sources { break-before: auto; }
`;
