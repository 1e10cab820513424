import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect } from 'react';
import type { CitationAnchor } from '../../../../shared/note-nodes';
import { $isCitationNode } from '../../../../shared/nodes/CitationNode';
import { registerRootEvents } from '../root-events';

/** Clicking a citation (or pressing Enter on its title) opens its article at the passage. */
export function CitationsPlugin({ onOpenCitation }: { onOpenCitation?: (anchor: CitationAnchor) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!onOpenCitation) return;
    const click = (event: MouseEvent) => {
      const figure = event.target instanceof Element ? event.target.closest('figure.citation') : null;
      if (!figure) return;
      event.preventDefault();
      const anchor = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(figure);
        return $isCitationNode(node) ? node.getAnchor() : null;
      });
      if (anchor) onOpenCitation(anchor);
    };
    return registerRootEvents(editor, { click });
  }, [editor, onOpenCitation]);
  return null;
}
