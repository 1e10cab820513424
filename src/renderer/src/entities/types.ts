import type { EntityType } from '../../../shared/extraction';
import type { EntitySummary } from '../../../shared/model';

export const TYPE_LABELS: Record<EntityType, { plural: string; singular: string }> = {
  PERSON: { plural: 'People', singular: 'Person' },
  ORGANIZATION: { plural: 'Organisations', singular: 'Organisation' },
  PLACE: { plural: 'Places', singular: 'Place' },
  DATE: { plural: 'Dates', singular: 'Date' },
  TERM: { plural: 'Key terms', singular: 'Key term' },
};

export const TYPE_ORDER: EntityType[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'TERM'];

export function typeClass(type: EntityType): string {
  return `t-${type.toLowerCase()}`;
}

/** What listEntities answers: a summary, and the newest date of an article naming it. */
/** An entity as the sidebar lists it (lastSeen is on EntitySummary itself). */
export type ListedEntity = EntitySummary;

export type EntityScope = 'article' | 'note' | 'notebook';
export type EntitySort = 'mentions' | 'name' | 'lastSeen';

export { postLabel } from '../../../shared/posts';
