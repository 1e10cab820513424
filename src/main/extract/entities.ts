import type { ExtractOptions, ExtractedEntity, ExtractedMention, EntityType } from '../../shared/extraction';

// First, deliberately simple extractor: runs of capitalised words, typed by a few cue words.
// The learned tagger replaces this.
const ORG_CUES = /\b(Party|Ministry|University|Agency|Corporation|Inc|Ltd|Bank|Council|Forces|Times|News|Institute|Association|Committee|Department|Office)\b/;
const PLACE_NAMES = new Set(['Japan', 'China', 'Taiwan', 'Korea', 'United States', 'US', 'U.S.', 'Tokyo', 'Beijing', 'Russia', 'Ukraine', 'Europe', 'Asia', 'India', 'Washington', 'London', 'France', 'Germany', 'Britain']);
const STOP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'His', 'Her', 'Their', 'Our', 'As', 'If', 'For', 'After', 'Before', 'When', 'While', 'Mr', 'Ms', 'Mrs', 'Dr']);

export function findEntities(text: string, _options: ExtractOptions = {}): { mentions: ExtractedMention[]; entities: ExtractedEntity[] } {
  const mentions: ExtractedMention[] = [];
  const byKey = new Map<string, ExtractedEntity>();
  const re = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\p{L}'’.-]*)*/gu;
  for (const m of text.matchAll(re)) {
    let name = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    let start = m.index ?? 0;
    const first = name.split(/\s+/)[0];
    if (STOP.has(first)) {
      const rest = name.slice(first.length).trimStart();
      start += name.length - rest.length;
      name = rest;
    }
    if (!name || name.length < 2) continue;
    const type: EntityType = PLACE_NAMES.has(name) ? 'PLACE' : ORG_CUES.test(name) ? 'ORGANIZATION' : name.includes(' ') ? 'PERSON' : 'TERM';
    if (type === 'TERM') continue;
    const key = `${type}:${name.toLowerCase()}`;
    const end = start + name.length;
    mentions.push({ start, end, type, text: name, key });
    const entity = byKey.get(key) ?? { key, type, name, aliases: [], mentions: [], roles: [] };
    entity.mentions.push({ start, end });
    byKey.set(key, entity);
  }
  return { mentions, entities: [...byKey.values()] };
}
