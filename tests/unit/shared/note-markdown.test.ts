import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../../src/shared/editor-nodes';
import { $createCitationNode } from '../../../src/shared/nodes/CitationNode';
import { $createMentionNode } from '../../../src/shared/nodes/MentionNode';

function editor() {
  return createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
}

function $brief() {
  const mention = $createMentionNode('e1', 'PERSON', 'Shigeru Ishiba');
  $getRoot().append(
    $createParagraphNode().append($createTextNode('Prime Minister '), mention, $createTextNode(' spoke.')),
    $createCitationNode({
      anchor: { articleId: 'a1', start: 10, end: 52, exact: 'We cannot protect peace by wishing for it.', prefix: 'He said: ', suffix: ' Critics' },
      articleTitle: "Japan's new cabinet",
      source: 'Dossier Wire',
      publishedAt: '2024-10-02',
    }),
  );
}

describe('note nodes', () => {
  it('serialise a mention with its entity id, type and name', () => {
    const e = editor();
    e.update($brief, { discrete: true });
    const json = e.getEditorState().toJSON();
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children[1]).toMatchObject({ type: 'mention', version: 1, entityId: 'e1', entityType: 'PERSON', name: 'Shigeru Ishiba', text: 'Shigeru Ishiba' });
    expect(json.root.children[1]).toMatchObject({ type: 'citation', version: 1, articleTitle: "Japan's new cabinet", anchor: { articleId: 'a1', exact: 'We cannot protect peace by wishing for it.' } });
  });

  it('read back what they wrote', () => {
    const e = editor();
    e.update($brief, { discrete: true });
    const text = JSON.stringify(e.getEditorState().toJSON());
    const again = editor();
    again.setEditorState(again.parseEditorState(text));
    expect(JSON.stringify(again.getEditorState().toJSON())).toBe(text);
  });

  it('export a mention as its name and a citation as a quote with its source', () => {
    const e = editor();
    e.update($brief, { discrete: true });
    const markdown = e.getEditorState().read(() => $convertToMarkdownString(NOTE_TRANSFORMERS));
    expect(markdown).toBe('Prime Minister Shigeru Ishiba spoke.\n\n> We cannot protect peace by wishing for it. [Dossier Wire, 2024-10-02]');
  });

  it('round-trip rules, tables, check lists and citations through Markdown', () => {
    const source = [
      '## Outlook',
      '- [ ] Call the embassy',
      '- [x] Read the cabinet list',
      '***',
      '| Name | Post |\n| --- | --- |\n| Iwaya | Foreign Minister |',
      '> We cannot protect peace. [Dossier Wire, 2024-10-02]',
      '> A plain quote.',
    ].join('\n\n');
    const e = editor();
    e.update(() => $convertFromMarkdownString(source, NOTE_TRANSFORMERS), { discrete: true });
    const types = e.getEditorState().toJSON().root.children.map((c) => c.type);
    expect(types).toEqual(['heading', 'list', 'horizontalrule', 'table', 'citation', 'quote']);
    const markdown = e.getEditorState().read(() => $convertToMarkdownString(NOTE_TRANSFORMERS));
    expect(markdown).toContain('| Name | Post |\n| --- | --- |\n| Iwaya | Foreign Minister |');
    expect(markdown).toContain('- [ ] Call the embassy\n- [x] Read the cabinet list');
    expect(markdown).toContain('\n---\n');
    expect(markdown).toContain('> We cannot protect peace. [Dossier Wire, 2024-10-02]');
    expect(markdown).toContain('> A plain quote.');
  });
});
