import { randomUUID } from 'node:crypto';
import type { Extraction } from '../../shared/extraction';
import type { Article, Entity, EntitySummary, StoredMention, StoredQuote } from '../../shared/model';

function isShouting(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase() && name !== name.toLowerCase();
}

function normal(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function aliasKey(type: string, name: string): string {
  return `${type}:${normal(name)}`;
}

// Key and alias → entity, kept for the life of the notebook so each import costs its own size, not
// the notebook's. Imports keep it current; corrections drop it (forgetEntityIndex) to be rebuilt.
const indexes = new WeakMap<Entity[], Map<string, Entity>>();

function entityIndex(entities: Entity[]): Map<string, Entity> {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map();
    for (const entity of entities) {
      index.set(entity.key, entity);
      // A name merged in for this notebook only does not pull later imports into the entity.
      const local = new Set(entity.notebookAliases ?? []);
      if (entity.type === 'DATE') continue; // a date's words name different days in different articles
      for (const alias of [entity.name, ...entity.aliases]) if (!local.has(alias)) index.set(aliasKey(entity.type, alias), entity);
    }
    indexes.set(entities, index);
  }
  return index;
}

const NAMED_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;

/**
 * "Donald Trump" read as an organisation in one article, when the notebook already holds a person of
 * that very name: the case keeps one entity, of the type it has. Names of two words or more only:
 * a lone "Jordan" may be a country in one article and a surname in the next.
 */
function sameNameOtherType(index: Map<string, Entity>, found: Extraction['entities'][number]): Entity | undefined {
  if (!(NAMED_TYPES as readonly string[]).includes(found.type) || !/\S\s+\S/.test(found.name.trim())) return undefined;
  for (const type of NAMED_TYPES) {
    if (type === found.type) continue;
    const other = index.get(aliasKey(type, found.name));
    if (other && normal(other.name) === normal(found.name)) return other;
  }
  return undefined;
}

export function forgetEntityIndex(entities: Entity[]): void {
  indexes.delete(entities);
}

/**
 * Folds one article's extraction into the notebook's entities: the same canonical key (or a known
 * alias) keeps one id across articles. Returns the article's mentions and quotes tied to entity ids.
 */
export function mergeExtraction(
  entities: Entity[],
  articleId: string,
  extraction: Extraction,
): { mentions: StoredMention[]; quotes: StoredQuote[] } {
  const index = entityIndex(entities);
  const idByKey = new Map<string, string>();
  for (const found of extraction.entities) {
    // A date is the day it names: "Oct. 10" of 2016 is not "Oct. 10" of an undated article, so dates join by key alone.
    let entity = index.get(found.key) ?? (found.type === 'DATE' ? undefined : index.get(aliasKey(found.type, found.name))) ?? sameNameOtherType(index, found);
    if (!entity) {
      entity = { id: randomUUID(), key: found.key, type: found.type, name: found.name, aliases: [], roles: [], iso: found.iso };
      entities.push(entity);
      index.set(entity.key, entity);
    }
    // A name first met in an all-caps headline or dateline takes its ordinary spelling once one is seen.
    const spellings = [found.name, ...found.aliases, ...extraction.mentions.filter((m) => m.key === found.key).map((m) => m.text)];
    const calmer = spellings.find((n) => !isShouting(n));
    if (isShouting(entity.name) && calmer) {
      entity.aliases = [...entity.aliases.filter((a) => a !== calmer), entity.name];
      entity.name = calmer;
      if (entity.type !== 'DATE') index.set(aliasKey(entity.type, calmer), entity);
    }
    for (const alias of [found.name, ...found.aliases]) {
      if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
      if (entity.type !== 'DATE') index.set(aliasKey(entity.type, alias), entity);
    }
    for (const role of found.roles) entity.roles.push({ ...role, articleId });
    idByKey.set(found.key, entity.id);
  }
  const mentions: StoredMention[] = [];
  for (const m of extraction.mentions) {
    const entityId = idByKey.get(m.key);
    if (entityId) mentions.push({ start: m.start, end: m.end, entityId });
  }
  // The speaker is named by its canonical name in this extraction; that entity's id, else a notebook name.
  const byName = new Map<string, string>();
  for (const found of extraction.entities) if (idByKey.has(found.key)) byName.set(found.name, idByKey.get(found.key) as string);
  const speakerId = (name: string) => byName.get(name) ?? (index.get(`PERSON:${normal(name)}`) ?? index.get(`ORGANIZATION:${normal(name)}`))?.id;
  const quotes: StoredQuote[] = extraction.quotes.map((q) => ({
    ...q,
    speakerEntityId: q.speaker ? speakerId(q.speaker) : undefined,
  }));
  return { mentions, quotes };
}

/** Entities with their mention and article counts, over the given articles. */
export function summarise(entities: Entity[], articles: Article[]): EntitySummary[] {
  const mentions = new Map<string, number>();
  const inArticles = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const m of article.mentions) {
      mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
      if (!seen.has(m.entityId)) {
        seen.add(m.entityId);
        inArticles.set(m.entityId, (inArticles.get(m.entityId) ?? 0) + 1);
      }
    }
  }
  return entities
    .filter((e) => mentions.has(e.id))
    .map((e) => ({ ...e, mentionCount: mentions.get(e.id) ?? 0, articleCount: inArticles.get(e.id) ?? 0 }))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}
