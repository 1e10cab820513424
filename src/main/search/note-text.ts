const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'citation', 'code', 'tablecell']);

/** The words of a note as a reader sees them: its text, mention chips by name, cited passages. */
export function noteText(content: string): string {
  if (!content) return '';
  let root: unknown;
  try {
    root = JSON.parse(content);
  } catch {
    return '';
  }
  const parts: string[] = [];
  // Iterative, so a deeply nested note cannot exhaust the stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; text?: unknown; anchor?: { exact?: unknown }; children?: unknown; root?: unknown } | null;
    if (!node || typeof node !== 'object') continue;
    if (BLOCKS.has(node.type ?? '')) parts.push('\n');
    if (typeof node.text === 'string') parts.push(node.text);
    if (node.type === 'citation' && typeof node.anchor?.exact === 'string') parts.push(node.anchor.exact);
    if (node.root) stack.push(node.root);
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  // A break before each block's words keeps blocks apart in snippets.
  return parts.join(' ').replace(/ ?\n ?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}
