import { $dfs } from '@lexical/utils';
import type { EntitySummary } from '../../../../shared/model';
import { $isMentionNode, type MentionNode } from '../../../../shared/nodes/MentionNode';

export function $collectMentions(): MentionNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter($isMentionNode);
}

/**
 * Brings mentions up to date with the notebook's entities: a renamed entity shows its new name; a
 * mention whose entity was merged away (its id gone) is found by its name among names and aliases,
 * and points at the surviving entity. A mention whose entity is gone for good is left as it was.
 * Returns how many mentions changed.
 */
export function $refreshMentions(entities: readonly EntitySummary[], mentions: MentionNode[] = $collectMentions()): number {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byName = new Map<string, EntitySummary>();
  for (const e of entities) for (const name of [e.name, ...e.aliases]) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), e);
  let changed = 0;
  for (const mention of mentions) {
    const entity = byId.get(mention.getEntityId()) ?? byName.get(mention.getName().toLowerCase()) ?? byName.get(mention.getTextContent().toLowerCase());
    if (!entity) continue;
    if (entity.id === mention.getEntityId() && entity.name === mention.getName() && entity.type === mention.getEntityType() && entity.name === mention.getTextContent()) continue;
    mention.setEntity(entity.id, entity.type, entity.name);
    changed++;
  }
  return changed;
}
