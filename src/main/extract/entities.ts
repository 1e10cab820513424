import type { EntityType, ExtractedEntity, ExtractedMention, ExtractOptions } from '../../shared/extraction';
import { tagText } from './ner/tagger';

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE' };

export function findEntities(text: string, _options: ExtractOptions = {}): { mentions: ExtractedMention[]; entities: ExtractedEntity[] } {
  const mentions: ExtractedMention[] = [];
  const byKey = new Map<string, ExtractedEntity>();
  for (const span of tagText(text).spans) {
    const type = TYPE[span.type];
    if (!type) continue;
    const start = span.tokens[0].start;
    const end = span.tokens[span.tokens.length - 1].end;
    const name = text.slice(start, end);
    const key = `${type}:${name.toLowerCase()}`;
    mentions.push({ start, end, type, text: name, key });
    const entity = byKey.get(key) ?? { key, type, name, aliases: [], mentions: [], roles: [] };
    entity.mentions.push({ start, end });
    byKey.set(key, entity);
  }
  return { mentions, entities: [...byKey.values()] };
}
