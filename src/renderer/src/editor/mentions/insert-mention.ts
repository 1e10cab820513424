import { $createTextNode, type TextNode } from 'lexical';
import type { EntitySummary } from '../../../../shared/model';
import { $createMentionNode } from '../../../../shared/nodes/MentionNode';
import type { DraggedEntity } from './entity-drag';

/** Creates the mention and a space after it, and returns the space so the cursor can go there. */
export function $mentionWithSpace(entity: DraggedEntity | EntitySummary): [TextNode, TextNode] {
  return [$createMentionNode(entity.id, entity.type, entity.name), $createTextNode(' ')];
}
