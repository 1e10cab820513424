import type { ExtractedEntity, ExtractedRole, Span } from '../../shared/extraction';
import { rolesAfter } from './roles/afterName';
import { roleBefore } from './roles/titleBefore';

/**
 * Fills `roles` on every PERSON entity with the posts the text gives at each of its mentions:
 * a title before the name, an appositive after it, or a "who served as …" clause.
 */
export function findRoles(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const bodies = new Map<number, Span>();
  for (const entity of entities) if (entity.type === 'ORGANIZATION') for (const m of entity.mentions) bodies.set(m.end, m);
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    const seen = new Set(entity.roles.map(roleKey));
    for (const mention of entity.mentions) {
      const before = roleBefore(text, mention.start, bodies, mention.end);
      for (const role of [...(before ? [before] : []), ...rolesAfter(text, mention.end, mention.start)]) {
        const key = roleKey(role);
        if (seen.has(key)) continue;
        seen.add(key);
        entity.roles.push(role);
      }
    }
  }
  return entities;
}

// The same post stated twice ("President Obama" … "President Obama") is one role.
function roleKey(role: ExtractedRole): string {
  return `${role.title.toLowerCase()}|${(role.organization ?? '').toLowerCase()}|${role.former ? 'former' : ''}`;
}
