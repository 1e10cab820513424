import type { EntityType } from '../../shared/extraction';
import type { Note } from '../../shared/model';

/** A node of a note's serialised Lexical state, as far as the entity corrections read it. */
interface JsonNode {
  type?: string;
  entityId?: string;
  entityType?: EntityType;
  name?: string;
  text?: string;
  anchor?: { articleId?: string };
  children?: JsonNode[];
  root?: JsonNode;
}

function parse(content: string): JsonNode | null {
  if (!content) return null;
  try {
    return JSON.parse(content) as JsonNode;
  } catch {
    return null; // A note that is not Lexical JSON has no mention nodes to follow.
  }
}

function walk(node: JsonNode | undefined, visit: (node: JsonNode) => void): void {
  if (!node || typeof node !== 'object') return;
  visit(node);
  if (node.root) walk(node.root, visit);
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit);
}

/** The entity ids of the note's mention nodes and the articles its citations point at. */
export function noteReferences(note: Note): { entityIds: Set<string>; articleIds: Set<string> } {
  const entityIds = new Set<string>();
  const articleIds = new Set<string>();
  walk(parse(note.content) ?? undefined, (node) => {
    if (node.type === 'mention' && typeof node.entityId === 'string') entityIds.add(node.entityId);
    if (node.type === 'citation' && typeof node.anchor?.articleId === 'string') articleIds.add(node.anchor.articleId);
  });
  return { entityIds, articleIds };
}

export interface MentionTarget {
  id: string;
  type: EntityType;
  name: string;
}

/**
 * Points every mention of the given entity ids at `target` (its id, type and name), so a brief
 * follows a rename, retype or merge. Returns the new content, or null when nothing changed.
 */
export function retargetMentions(content: string, fromIds: ReadonlySet<string>, target: MentionTarget): string | null {
  const state = parse(content);
  if (!state) return null;
  let changed = false;
  walk(state, (node) => {
    if (node.type !== 'mention' || !node.entityId || !fromIds.has(node.entityId)) return;
    const showsName = node.text === node.name;
    if (node.entityId === target.id && node.entityType === target.type && node.name === target.name) return;
    node.entityId = target.id;
    node.entityType = target.type;
    node.name = target.name;
    // A chip the writer retyped by hand keeps their words; one that showed the name shows the new one.
    if (showsName) node.text = target.name;
    changed = true;
  });
  return changed ? JSON.stringify(state) : null;
}
