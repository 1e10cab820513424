import { $createTextNode, $insertNodes, $isTextNode, type TextNode } from 'lexical';
import type { EntitySummary } from '../../../../shared/model';
import { $createMentionNode, $isMentionNode } from '../../../../shared/nodes/MentionNode';
import type { DraggedEntity } from './entity-drag';

/** Creates the mention and a space after it, and returns the space so the cursor can go there. */
export function $mentionWithSpace(entity: DraggedEntity | EntitySummary): [TextNode, TextNode] {
  return [$createMentionNode(entity.id, entity.type, entity.name), $createTextNode(' ')];
}

/**
 * Puts a mention where the typeahead's query was: `nodeToReplace` is the query the menu last saw,
 * already split out of the text. A keystroke the menu had not yet seen (Enter right after the last
 * letter) makes that query short of the "@": what is left of it before the node goes too, so no
 * stray "@" or letters stay in front of the mention. Returns the space after the mention.
 */
export function $replaceQueryWithMention(entity: DraggedEntity | EntitySummary, nodeToReplace: TextNode | null): [TextNode, TextNode] {
  const [mention, space] = $mentionWithSpace(entity);
  if (!nodeToReplace) {
    $insertNodes([mention, space]);
    return [mention, space];
  }
  const prev = nodeToReplace.getPreviousSibling();
  if (!nodeToReplace.getTextContent().startsWith('@') && $isTextNode(prev) && !$isMentionNode(prev)) {
    const before = prev.getTextContent();
    const at = before.lastIndexOf('@');
    if (at === 0) prev.remove();
    else if (at > 0) prev.setTextContent(before.slice(0, at));
  }
  nodeToReplace.replace(mention);
  mention.insertAfter(space);
  return [mention, space];
}
