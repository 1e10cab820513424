/** Elements whose content is dropped entirely: executable, embedded or invisible. */
const DROP = 'script,style,noscript,template,iframe,frame,object,embed,applet,form,input,button,select,textarea,meta,link,base,svg,math,canvas,video,audio,img,picture,source';
/** Attributes that carry structure; everything else (style, class, on*, data-*) goes. */
const KEEP: Record<string, string[]> = { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'] };
const SAFE_HREF = /^(https?:|mailto:|#)/i;

function wrapByStyle(el: HTMLElement): void {
  const style = el.style;
  const wraps: string[] = [];
  const weight = style.fontWeight;
  if (weight === 'bold' || Number(weight) >= 600) wraps.push('strong');
  if (style.fontStyle === 'italic') wraps.push('em');
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  if (decoration.includes('underline')) wraps.push('u');
  if (decoration.includes('line-through')) wraps.push('s');
  for (const tag of wraps) {
    const wrap = el.ownerDocument.createElement(tag);
    wrap.append(...el.childNodes);
    el.append(wrap);
  }
}

/**
 * Pasted HTML from web pages and word processors, reduced to its structure: headings, paragraphs,
 * lists, links, tables and bold/italic/underline/strikethrough (even when a word processor wrote
 * them as styles). Styles, classes, scripts, event handlers and non-web links are removed.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.body.querySelectorAll(DROP)) el.remove();
  // Google Docs wraps everything in <b style="font-weight:normal">: not bold.
  for (const el of doc.body.querySelectorAll<HTMLElement>('b[id^="docs-internal-guid"]')) el.replaceWith(...el.childNodes);
  for (const el of doc.body.querySelectorAll<HTMLElement>('span[style], p[style], td[style], li[style]')) wrapByStyle(el);
  for (const el of doc.body.querySelectorAll<HTMLElement>('*')) {
    const keep = KEEP[el.localName] ?? [];
    for (const attr of [...el.attributes]) if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    if (el.localName === 'a') {
      const href = el.getAttribute('href') ?? '';
      // A link to anything but the web or mail keeps its words and loses the link.
      if (!SAFE_HREF.test(href.trim())) el.replaceWith(...el.childNodes);
    }
    // Spans and fonts carry nothing but style: keep their text only.
    if (el.localName === 'span' || el.localName === 'font') el.replaceWith(...el.childNodes);
  }
  return doc.body.innerHTML;
}
