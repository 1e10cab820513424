import type { EntityType } from '../../shared/extraction';
import type { Entity } from '../../shared/model';
import { isMention, type SerializedNode, walk } from './note-json';

/** An entity named in a brief, for its appendix. */
export interface MentionedEntity {
  id: string;
  name: string;
  type: EntityType;
  posts: string[];
  aliases: string[];
  /** How many times the brief mentions it. */
  count: number;
}

export const TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  PLACE: 'Place',
  DATE: 'Date',
  TERM: 'Key term',
};

/** A stable, readable anchor for an entity's appendix entry. */
export const entityAnchor = (entityId: string) => `entity-${entityId.replace(/[^A-Za-z0-9_-]/g, '') || 'x'}`;

/** The entities a brief mentions, in order of first mention, with what the notebook knows of them. */
export function mentionedEntities(blocks: SerializedNode[], entities: readonly Entity[]): MentionedEntity[] {
  const found = new Map<string, MentionedEntity>();
  for (const node of walk(blocks)) {
    if (!isMention(node)) continue;
    const seen = found.get(node.entityId);
    if (seen) {
      seen.count++;
      continue;
    }
    // A mention may outlive its entity (deleted since): it still gets an entry, from its own fields.
    const entity = entities.find((e) => e.id === node.entityId);
    found.set(node.entityId, {
      id: node.entityId,
      name: entity?.name ?? node.name,
      type: entity?.type ?? node.entityType,
      posts: [...new Set((entity?.roles ?? []).map((r) => (r.organization ? `${r.title}, ${r.organization}` : r.title)))],
      aliases: entity?.aliases ?? [],
      count: 1,
    });
  }
  return [...found.values()];
}
