import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot } from 'lexical';
import { NOTE_NODES } from '../../../../shared/editor-nodes';
import { $createCitationNode, type CitationSource } from '../../../../shared/nodes/CitationNode';

/**
 * The note's content with a citation block (and a paragraph to write on after it) at the end.
 * Runs headless so the analyst can cite from the reader without leaving the article.
 */
export function appendCitation(content: string, citation: CitationSource): string {
  const editor = createHeadlessEditor({
    namespace: 'dossier-cite',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (content.trim()) editor.setEditorState(editor.parseEditorState(content));
  editor.update(
    () => {
      const root = $getRoot();
      const last = root.getLastChild();
      // Reuse a trailing empty paragraph rather than leaving gaps between citations.
      if (last && last.getTextContent() === '' && last.getType() === 'paragraph') last.remove();
      root.append($createCitationNode(citation), $createParagraphNode());
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}
