import { figureHtml, isFigure } from './figure';
import { citationText, FORMAT, hasFormat, isCitation, isMention, type SerializedNode } from './note-json';
import { type CitationNumbers, type SourceRef, safeUrl } from './sources';

/** What the print HTML of one note's body depends on besides the note itself. */
export interface HtmlContext {
  citations: CitationNumbers;
  /** Prefix for this note's footnote ids, so several notes in one document do not clash. */
  idPrefix: string;
}

/** Note text is untrusted: every character that could open markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function formatted(node: SerializedNode, html: string): string {
  let out = html;
  if (hasFormat(node, FORMAT.code)) out = `<code>${out}</code>`;
  if (hasFormat(node, FORMAT.subscript)) out = `<sub>${out}</sub>`;
  if (hasFormat(node, FORMAT.superscript)) out = `<sup>${out}</sup>`;
  if (hasFormat(node, FORMAT.highlight)) out = `<mark>${out}</mark>`;
  if (hasFormat(node, FORMAT.underline)) out = `<u>${out}</u>`;
  if (hasFormat(node, FORMAT.strikethrough)) out = `<s>${out}</s>`;
  if (hasFormat(node, FORMAT.italic)) out = `<em>${out}</em>`;
  if (hasFormat(node, FORMAT.bold)) out = `<strong>${out}</strong>`;
  return out;
}

function citationMark(node: SerializedNode & { anchor: unknown }, ctx: HtmlContext): string {
  const { number } = ctx.citations.cite(node as Parameters<CitationNumbers['cite']>[0]);
  if (ctx.citations.style === 'sources') return `<span class="source-ref">[<a href="#source-${number}">${number}</a>]</span>`;
  return `<sup class="fn-ref" id="${ctx.idPrefix}ref-${number}"><a href="#${ctx.idPrefix}fn-${number}">${number}</a></sup>`;
}

export function inlineHtml(nodes: SerializedNode[], ctx: HtmlContext): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') out += '<br>';
    else if (node.type === 'tab') out += '\u2003';
    else if (isMention(node)) out += formatted(node, `<span class="mention">${escapeHtml(node.text || node.name)}</span>`);
    else if (typeof node.text === 'string') out += formatted(node, escapeHtml(node.text));
    else if (node.type === 'link' || node.type === 'autolink') {
      const label = inlineHtml(node.children ?? [], ctx);
      const url = safeUrl(node.url);
      out += url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
    } else if (isCitation(node)) out += citationMark(node, ctx);
    else if (node.children) out += inlineHtml(node.children, ctx);
  }
  return out;
}

function listHtml(list: SerializedNode, ctx: HtmlContext): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul';
  const start = tag === 'ol' && list.start && list.start !== 1 ? ` start="${Number(list.start)}"` : '';
  const cls = list.listType === 'check' ? ' class="checklist"' : '';
  const items: string[] = [];
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    const nested = children.filter((c) => c.type === 'list').map((n) => listHtml(n, ctx));
    const inline = inlineHtml(
      children.filter((c) => c.type !== 'list'),
      ctx,
    );
    // Lexical keeps a nested list in an item of its own, right after its parent item.
    if (!inline && nested.length > 0 && items.length > 0) {
      items[items.length - 1] = items[items.length - 1].replace(/<\/li>$/, `${nested.join('')}</li>`);
      continue;
    }
    const checked = list.listType === 'check' ? ` class="${item.checked ? 'done' : 'todo'}"` : '';
    const box = list.listType === 'check' ? `<span class="box" aria-hidden="true">${item.checked ? '☑' : '☐'}</span>` : '';
    items.push(`<li${checked}>${box}${inline}${nested.join('')}</li>`);
  }
  return `<${tag}${start}${cls}>${items.join('')}</${tag}>`;
}

function tableHtml(table: SerializedNode, ctx: HtmlContext): string {
  const rows = (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell) => (cell.children ?? []).map((block) => inlineHtml(block.children ?? [block], ctx)).join('<br>')),
  );
  if (rows.length === 0) return '';
  const head = `<thead><tr>${rows[0].map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  const body = rows
    .slice(1)
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** "Title — Publication, 2 October 2024": the attribution printed under a cited passage. */
export function attribution(source: SourceRef): string {
  const rest = [source.publication, source.date].filter(Boolean).map((p) => escapeHtml(p as string));
  return `<cite>${escapeHtml(source.title)}</cite>${rest.length ? `, ${rest.join(', ')}` : ''}`;
}

function blockHtml(node: SerializedNode, ctx: HtmlContext): string {
  switch (node.type) {
    case 'heading': {
      // The note title is the h1 (or h2 in a collection): the note's own headings sit below it.
      const level = Math.min(6, Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 2) + 1);
      return `<h${level}>${inlineHtml(node.children ?? [], ctx)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inlineHtml(node.children ?? [], ctx)}</p></blockquote>`;
    case 'list':
      return listHtml(node, ctx);
    case 'code':
      return `<pre><code>${escapeHtml((node.children ?? []).map((c) => (c.type === 'linebreak' ? '\n' : (c.text ?? ''))).join(''))}</code></pre>`;
    case 'table':
      return tableHtml(node, ctx);
    case 'horizontalrule':
      return '<hr>';
    default: {
      if (isFigure(node)) return figureHtml(node);
      if (isCitation(node)) {
        const mark = citationMark(node, ctx);
        const source = ctx.citations.notes[ctx.citations.notes.length - 1].source;
        return `<figure class="citation"><blockquote><p>${escapeHtml(citationText(node))}</p></blockquote><figcaption>${attribution(source)}${mark}</figcaption></figure>`;
      }
      const inner = inlineHtml(node.children ?? (node.text ? [node] : []), ctx);
      return inner ? `<p>${inner}</p>` : '';
    }
  }
}

export function blocksToHtml(blocks: SerializedNode[], ctx: HtmlContext): string {
  return blocks
    .map((b) => blockHtml(b, ctx))
    .filter(Boolean)
    .join('\n');
}
