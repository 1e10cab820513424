import { randomUUID } from 'node:crypto';
import { DossierError } from '../../shared/errors';
import { ENTITY_TYPES, type EntityType } from '../../shared/extraction';
import type { Correction, Entity } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { dropDoubledMentions, followInArticles, followInNotes } from './follow';
import { requireEntity } from './resolve';
import { entityKey, sameName } from './rules';
import { CorrectionRecorder, restoreSnapshot } from './snapshot';

// The entity workbench's corrections. Each mutates `data`, files an undoable record and, where the
// user would expect it to stick, a rule for later imports. The caller saves.
export { entityCard } from './card';

const q = (name: string) => `“${name}”`;

export function renameEntity(data: NotebookData, id: string, name: string): Entity {
  const entity = requireEntity(data, id);
  const to = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (!to) throw new DossierError('invalid-input', `Type the new name for ${q(entity.name)}, then choose Rename.`);
  if (to === entity.name) return entity;
  const clash = data.entities.find((e) => e !== entity && e.type === entity.type && sameName(e.name, to));
  if (clash) throw new DossierError('invalid-input', `${q(clash.name)} is already an entity. Merge ${q(entity.name)} into it instead of renaming.`);
  const rec = new CorrectionRecorder(data);
  rec.entity(entity);
  const old = entity.name;
  entity.aliases = [old, ...entity.aliases.filter((a) => a !== old && !sameName(a, to))];
  entity.name = to;
  followInArticles(data, rec, new Set([entity.id]), entity);
  followInNotes(data, rec, new Set([entity.id]), entity);
  data.rules.push({ kind: 'rename', name: old, type: entity.type, to });
  rec.commit('rename', `Renamed ${q(old)} to ${q(to)}`);
  return entity;
}

export interface MergeOptions {
  /** Also join these names into `into` in later imports (a rule); by default only the articles so far. */
  laterImports?: boolean;
}

export function mergeEntities(data: NotebookData, intoId: string, otherIds: string[], options: MergeOptions = {}): Entity {
  const into = requireEntity(data, intoId);
  const others = [...new Map((Array.isArray(otherIds) ? otherIds : []).map((id) => requireEntity(data, id)).map((e) => [e.id, e])).values()].filter((e) => e !== into);
  if (others.length === 0) throw new DossierError('invalid-input', `Choose at least one other entity to merge into ${q(into.name)}.`);
  const later = options?.laterImports === true;
  const rec = new CorrectionRecorder(data);
  rec.entity(into);
  for (const other of others) {
    rec.entity(other);
    for (const alias of [other.name, ...other.aliases]) {
      if (sameName(alias, into.name) || into.aliases.some((a) => sameName(a, alias))) continue;
      into.aliases.push(alias);
      // Kept to the articles so far, the name joins `into` here but not in a later import.
      if (!later || other.notebookAliases?.includes(alias)) into.notebookAliases = [...(into.notebookAliases ?? []), alias];
    }
    into.roles.push(...other.roles);
    if (!into.iso && other.iso) into.iso = other.iso;
    const rule = { kind: 'alias', type: other.type, canonical: into.name, canonicalType: into.type } as const;
    if (later) {
      // Every name of the merged entity leads to `into` in later imports; the first also records its id.
      [other.name, ...other.aliases].forEach((alias, i) => {
        data.rules.push({ ...rule, name: alias, ...(i === 0 ? { fromId: other.id, intoId: into.id } : {}) });
      });
    } else {
      // Not a rule for imports: only the record that a note's chip of the old id finds `into`.
      data.rules.push({ ...rule, name: other.name, fromId: other.id, intoId: into.id, laterImports: false });
    }
  }
  const ids = new Set(others.map((e) => e.id));
  data.entities = data.entities.filter((e) => !ids.has(e.id));
  followInArticles(data, rec, ids, into);
  followInNotes(data, rec, ids, into);
  for (const article of data.articles) dropDoubledMentions(article, into.id, rec);
  const scope = later ? ' (and in later imports)' : '';
  rec.commit('merge', `Merged ${others.map((e) => q(e.name)).join(', ')} into ${q(into.name)}${scope}`);
  return into;
}

export function splitAlias(data: NotebookData, id: string, alias: string): Entity {
  const entity = requireEntity(data, id);
  const name = entity.aliases.find((a) => sameName(a, String(alias ?? '')));
  if (!name) {
    const choices = entity.aliases.length ? `Choose one of: ${entity.aliases.map(q).join(', ')}.` : 'It has no other names.';
    throw new DossierError('invalid-input', `${q(String(alias))} is not another name of ${q(entity.name)}. ${choices}`);
  }
  const rec = new CorrectionRecorder(data);
  rec.entity(entity);
  let target = data.entities.find((e) => e !== entity && e.type === entity.type && sameName(e.name, name));
  if (target) rec.entity(target);
  else {
    target = { id: randomUUID(), key: entityKey(entity.type, name), type: entity.type, name, aliases: [], roles: [] };
    rec.created(target);
    data.entities.push(target);
  }
  entity.aliases = entity.aliases.filter((a) => a !== name);
  if (entity.notebookAliases) entity.notebookAliases = entity.notebookAliases.filter((a) => a !== name);
  for (const article of data.articles) {
    const named = (start: number, end: number) => sameName(article.text.slice(start, end), name);
    const moves = article.mentions.some((m) => m.entityId === entity.id && named(m.start, m.end));
    const speaks = article.quotes.some((qt) => qt.speakerEntityId === entity.id && named(qt.speakerStart, qt.speakerEnd));
    if (!moves && !speaks) continue;
    rec.article(article);
    for (const m of article.mentions) if (m.entityId === entity.id && named(m.start, m.end)) m.entityId = target.id;
    for (const qt of article.quotes) {
      if (qt.speakerEntityId === entity.id && named(qt.speakerStart, qt.speakerEnd)) Object.assign(qt, { speakerEntityId: target.id, speaker: target.name });
    }
  }
  data.rules.push({ kind: 'split', name, type: entity.type, from: entity.name });
  rec.commit('split', `Split ${q(name)} out of ${q(entity.name)}`);
  return target;
}

export function retypeEntity(data: NotebookData, id: string, type: EntityType): Entity {
  const entity = requireEntity(data, id);
  if (!ENTITY_TYPES.includes(type)) {
    throw new DossierError('invalid-input', `“${type}” is not an entity type. Use one of: ${ENTITY_TYPES.join(', ')}.`);
  }
  if (type === entity.type) return entity;
  const rec = new CorrectionRecorder(data);
  rec.entity(entity);
  const from = entity.type;
  entity.type = type;
  entity.key = entityKey(type, entity.name);
  followInNotes(data, rec, new Set([entity.id]), entity);
  data.rules.push({ kind: 'retype', name: entity.name, from, to: type });
  rec.commit('retype', `Changed ${q(entity.name)} from ${from.toLowerCase()} to ${type.toLowerCase()}`);
  return entity;
}

function remove(data: NotebookData, entity: Entity, rec: CorrectionRecorder): void {
  rec.entity(entity);
  data.entities = data.entities.filter((e) => e !== entity);
  for (const article of data.articles) {
    if (!article.mentions.some((m) => m.entityId === entity.id) && !article.quotes.some((qt) => qt.speakerEntityId === entity.id)) continue;
    rec.article(article);
    article.mentions = article.mentions.filter((m) => m.entityId !== entity.id);
    for (const qt of article.quotes) if (qt.speakerEntityId === entity.id) delete qt.speakerEntityId;
  }
}

export function deleteEntity(data: NotebookData, id: string): void {
  const entity = requireEntity(data, id);
  const rec = new CorrectionRecorder(data);
  remove(data, entity, rec);
  rec.commit('delete', `Deleted ${q(entity.name)}`);
}

export function ignoreEntity(data: NotebookData, id: string): void {
  const entity = requireEntity(data, id);
  const rec = new CorrectionRecorder(data);
  remove(data, entity, rec);
  for (const name of [entity.name, ...entity.aliases]) data.rules.push({ kind: 'ignore', name });
  rec.commit('ignore', `Marked ${q(entity.name)} as not an entity`);
}

export function undoLastCorrection(data: NotebookData): Correction | null {
  const last = data.corrections.pop();
  if (!last) return null;
  restoreSnapshot(data, last.undo);
  const { id, kind, at, label } = last;
  return { id, kind, at, label };
}
