import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $replaceQueryWithMention } from '../../../../src/renderer/src/editor/mentions/insert-mention';
import { NOTE_NODES } from '../../../../src/shared/editor-nodes';
import type { EntitySummary } from '../../../../src/shared/model';

const ISHIBA: EntitySummary = { id: 'e-1', key: 'PERSON:shigeru ishiba', type: 'PERSON', name: 'Shigeru Ishiba', aliases: [], roles: [], mentionCount: 1, articleCount: 1 };

/** A paragraph of the given text pieces; the typeahead has split the last one out as its query. Returns the paragraph's text after choosing Ishiba. */
function choose(...pieces: string[]): string {
  const editor = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  let text = '';
  editor.update(
    () => {
      const nodes = pieces.map((p) => $createTextNode(p));
      const paragraph = $createParagraphNode().append(...nodes);
      $getRoot().append(paragraph);
      $replaceQueryWithMention(ISHIBA, nodes[nodes.length - 1] as TextNode);
      text = paragraph.getTextContent();
    },
    { discrete: true },
  );
  return text;
}

describe('choosing a mention from the typeahead', () => {
  it('replaces the query with the mention and a space', () => {
    expect(choose('Led by ', '@ishi')).toBe('Led by Shigeru Ishiba ');
  });

  it('takes the "@" and the letters the menu had not yet seen when Enter came right after the last keystroke', () => {
    expect(choose('Led by @', 'ishi')).toBe('Led by Shigeru Ishiba ');
    expect(choose('Led by @i', 'shi')).toBe('Led by Shigeru Ishiba ');
    expect(choose('@', 'ishi')).toBe('Shigeru Ishiba ');
  });

  it('leaves an earlier "@" in the text alone when the query is whole', () => {
    expect(choose('Mail @ the desk, then ', '@ishi')).toBe('Mail @ the desk, then Shigeru Ishiba ');
  });
});
