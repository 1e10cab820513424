import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $collectMentions, $refreshMentions } from '../../../../src/renderer/src/editor/mentions/refresh-mentions';
import { NOTE_NODES } from '../../../../src/shared/editor-nodes';
import type { EntitySummary } from '../../../../src/shared/model';
import { $createMentionNode } from '../../../../src/shared/nodes/MentionNode';

function entity(id: string, name: string, aliases: string[] = [], type: EntitySummary['type'] = 'PERSON'): EntitySummary {
  return { id, key: `${type}:${name}`, type, name, aliases, roles: [], mentionCount: 1, articleCount: 1 };
}

function noteWith(...mentions: Array<[string, string]>) {
  const editor = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  editor.update(() => $getRoot().append($createParagraphNode().append(...mentions.map(([id, name]) => $createMentionNode(id, 'PERSON', name)))), { discrete: true });
  return editor;
}

function refresh(editor: ReturnType<typeof noteWith>, entities: EntitySummary[]): number {
  let changed = 0;
  editor.update(() => { changed = $refreshMentions(entities); }, { discrete: true });
  return changed;
}

const mentions = (editor: ReturnType<typeof noteWith>) =>
  editor.getEditorState().read(() => $collectMentions().map((m) => ({ id: m.getEntityId(), name: m.getName(), text: m.getTextContent() })));

describe('$refreshMentions', () => {
  it('shows the new name of a renamed entity', () => {
    const editor = noteWith(['e1', 'Shigeru Ishiba']);
    expect(refresh(editor, [entity('e1', 'Ishiba Shigeru')])).toBe(1);
    expect(mentions(editor)).toEqual([{ id: 'e1', name: 'Ishiba Shigeru', text: 'Ishiba Shigeru' }]);
  });

  it('points a mention of a merged-away entity at the entity that kept its name as an alias', () => {
    const editor = noteWith(['gone', 'Ishiba']);
    refresh(editor, [entity('e1', 'Shigeru Ishiba', ['Ishiba'])]);
    expect(mentions(editor)).toEqual([{ id: 'e1', name: 'Shigeru Ishiba', text: 'Shigeru Ishiba' }]);
  });

  it('leaves up-to-date mentions and mentions of deleted entities alone', () => {
    const editor = noteWith(['e1', 'Takeshi Iwaya'], ['deleted', 'Nobody Known']);
    expect(refresh(editor, [entity('e1', 'Takeshi Iwaya')])).toBe(0);
    expect(mentions(editor).map((m) => m.text)).toEqual(['Takeshi Iwaya', 'Nobody Known']);
  });

  it('keeps the change in the saved note', () => {
    const editor = noteWith(['e1', 'Gen Nakatani']);
    refresh(editor, [entity('e1', 'Nakatani Gen')]);
    const saved = JSON.stringify(editor.getEditorState().toJSON());
    expect(saved).toContain('"name":"Nakatani Gen"');
    expect(saved).toContain('"text":"Nakatani Gen"');
  });
});
