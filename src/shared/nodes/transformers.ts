import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/extension';
import type { ElementTransformer, TextMatchTransformer } from '@lexical/markdown';
import { $createCitationNode, $isCitationNode, CitationNode, citationMarker } from './CitationNode';
import { $isMentionNode, MentionNode } from './MentionNode';

/** A mention is exported as the entity's plain name; Markdown has no way to carry the id. */
export const MENTION: TextMatchTransformer = {
  dependencies: [MentionNode],
  export: (node) => ($isMentionNode(node) ? node.getTextContent() : null),
  // Never matches: a plain name in Markdown stays plain text.
  regExp: /(?!)/,
  type: 'text-match',
};

const CITATION_LINE = /^>\s(.+)\s\[([^\]]+)\]\s*$/;
const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A citation is `> the passage [source, date]`; read back, it keeps the text and its source. */
export const CITATION: ElementTransformer = {
  dependencies: [CitationNode],
  export: (node) => {
    if (!$isCitationNode(node)) return null;
    const citation = node.getCitation();
    return `> ${citation.anchor.exact.replace(/\s*\n\s*/g, ' ')} [${citationMarker(citation)}]`;
  },
  regExp: CITATION_LINE,
  replace: (parentNode, _children, match, isImport) => {
    if (!isImport) return false;
    const parts = match[2].split(', ');
    const last = parts.at(-1) ?? '';
    const publishedAt = parts.length > 1 && ISO_DAY.test(last) ? last : undefined;
    const source = (publishedAt ? parts.slice(0, -1) : parts).join(', ');
    const exact = match[1];
    parentNode.replace(
      $createCitationNode({ anchor: { articleId: '', start: 0, end: exact.length, exact, prefix: '', suffix: '' }, articleTitle: source, source, publishedAt }),
    );
  },
  type: 'element',
};

export const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    // Typed at the end of the note: keep the (now empty) paragraph after the rule to write on.
    if (isImport || parentNode.getNextSibling() !== null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
  type: 'element',
};
