import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedTextNode,
  TextNode,
} from 'lexical';
import type { EntityType } from '../extraction';
import type { SerializedMentionFields } from '../note-nodes';

export type SerializedMentionNode = SerializedTextNode & SerializedMentionFields;

/**
 * An inline mention of an entity, tied to its id. A token: it is typed, deleted and selected whole,
 * so its text is always the entity's name. DOM-free so the headless exporter can read it; the hover
 * card and click live in the renderer's MentionsPlugin.
 */
export class MentionNode extends TextNode {
  __entityId: string;
  __entityType: EntityType;
  __name: string;

  static getType(): string {
    return 'mention';
  }

  static clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__entityId, node.__entityType, node.__name, node.__text, node.__key);
  }

  static importJSON(json: LexicalParseJSON<SerializedMentionNode>): MentionNode {
    const { entityId, entityType, name } = json as unknown as SerializedMentionNode;
    return $createMentionNode(entityId, entityType, name).updateFromJSON(json);
  }

  constructor(entityId = '', entityType: EntityType = 'PERSON', name = '', text?: string, key?: NodeKey) {
    super(text ?? name, key);
    this.__entityId = entityId;
    this.__entityType = entityType;
    this.__name = name;
  }

  updateFromJSON(json: LexicalParseJSON<SerializedMentionNode>): this {
    return super.updateFromJSON(json).setMode('token');
  }

  exportJSON(): SerializedMentionNode {
    return {
      ...super.exportJSON(),
      type: 'mention',
      version: 1,
      entityId: this.getLatest().__entityId,
      entityType: this.getLatest().__entityType,
      name: this.getLatest().__name,
    };
  }

  getEntityId(): string {
    return this.getLatest().__entityId;
  }

  getEntityType(): EntityType {
    return this.getLatest().__entityType;
  }

  getName(): string {
    return this.getLatest().__name;
  }

  /** Points the mention at an entity again (after a rename or merge) and shows its current name. */
  setEntity(entityId: string, entityType: EntityType, name: string): this {
    const self = this.getWritable();
    self.__entityId = entityId;
    self.__entityType = entityType;
    self.__name = name;
    self.setTextContent(name);
    return self;
  }

  createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    this.decorateDOM(dom);
    return dom;
  }

  updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replace = super.updateDOM(prevNode, dom, config);
    if (prevNode.__entityId !== this.__entityId || prevNode.__entityType !== this.__entityType) this.decorateDOM(dom);
    return replace;
  }

  private decorateDOM(dom: HTMLElement): void {
    dom.classList.add('mention-chip', `t-${this.__entityType.toLowerCase()}`);
    dom.dataset.entityId = this.__entityId;
    dom.spellcheck = false;
  }

  isTextEntity(): true {
    return true;
  }

  canInsertTextBefore(): boolean {
    return false;
  }

  canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createMentionNode(entityId: string, entityType: EntityType, name: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(entityId, entityType, name)).setMode('token');
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
