import type { ExtractedEntity, ExtractedRole, Span } from '../../shared/extraction';
import { rolesAfter } from './roles/afterName';
import { roleBefore } from './roles/titleBefore';

/**
 * Fills `roles` on every PERSON entity with the posts the text gives at each of its mentions:
 * a title before the name, an appositive after it, or a "who served as …" clause.
 */
export function findRoles(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const bodies = new Map<number, Span>();
  // Where each place's or body's mention ends, and where each person's starts.
  const placesAndBodies = new Map<number, Span>();
  const people = new Map<number, { entity: ExtractedEntity; end: number }>();
  for (const entity of entities) {
    if (entity.type === 'ORGANIZATION') for (const m of entity.mentions) bodies.set(m.end, m);
    if (entity.type === 'ORGANIZATION' || entity.type === 'PLACE') for (const m of entity.mentions) placesAndBodies.set(m.end, m);
    else if (entity.type === 'PERSON') for (const m of entity.mentions) people.set(m.start, { entity, end: m.end });
  }
  // "Lena Ortiz, the former prime minister of Japan Ken Oda, and …": a phrase after a name whose place or body runs
  // straight on into another person's name, or whose "of" is followed by one, describes that person, in a list; it is
  // no post of the first.
  const describesAnother = (role: Span, entity: ExtractedEntity) => {
    for (let at = text.indexOf(' ', role.start); at >= 0 && at < role.end; at = text.indexOf(' ', at + 1)) {
      const other = people.get(at + 1);
      if (!other || other.entity === entity) continue;
      const before = placesAndBodies.get(at);
      if (before && before.start >= role.start) return true;
      // "… of Ostrevo Ken Oda": the name the "of" leads to ends the phrase ("chairman of Hillary Clinton's campaign" stays).
      if (other.end >= role.end && text.endsWith(' of', at)) return true;
    }
    return false;
  };
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    const seen = new Set(entity.roles.map(roleKey));
    for (const mention of entity.mentions) {
      const before = roleBefore(text, mention.start, bodies, mention.end);
      for (const role of [...(before ? [before] : []), ...rolesAfter(text, mention.end, mention.start).filter((r) => !describesAnother(r, entity))]) {
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
