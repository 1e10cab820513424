/**
 * The words of a note whose saved editor state cannot be opened, as a fresh state that can: each
 * block's text its own paragraph, so starting afresh loses none of what the user wrote.
 */

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code', 'citation', 'tablecell']);

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: text ? [textNode(text)] : [],
});

/** Every "text" in document order, a new paragraph at each block; walked with a stack, as the state may be deep. */
function blockTexts(state: unknown): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const stack: unknown[] = [state];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === 'end-of-block') {
      if (current.trim()) paragraphs.push(current.trim());
      current = '';
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as { type?: unknown; text?: unknown };
    if (typeof record.text === 'string') current += record.text;
    if (record.type === 'linebreak') current += ' ';
    const children = Array.isArray(node) ? node : Object.values(node);
    if (typeof record.type === 'string' && BLOCKS.has(record.type)) stack.push('end-of-block');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  if (current.trim()) paragraphs.push(current.trim());
  return paragraphs;
}

/** A serialized editor state holding the words recoverable from `raw` (its lines, when it is not JSON at all). */
export function recoveredContent(raw: string): string {
  let paragraphs: string[] = [];
  try {
    paragraphs = blockTexts(JSON.parse(raw));
  } catch {
    // Not JSON: its lines are all there is.
  }
  if (paragraphs.length === 0) paragraphs = raw.split(/\r\n?|\n/).filter((line) => line.trim());
  const children = (paragraphs.length ? paragraphs : ['']).map(paragraph);
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });
}
