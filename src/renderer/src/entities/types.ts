import type { EntityType } from '../../../shared/extraction';

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
