import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect } from 'react';
import type { CitationAnchor } from '../../../../shared/note-nodes';
import { $isCitationNode, CitationNode } from '../../../../shared/nodes/CitationNode';
import { registerRootEvents } from '../root-events';

/** Where a cited article is, when it is not simply in the notebook. */
export type SourceState = 'trash' | 'gone';

const SAID: Record<SourceState, string> = { trash: 'Source in the trash', gone: 'Source no longer in this notebook' };

/**
 * Clicking a citation (or pressing Enter on its title) opens its article at the passage. A citation
 * whose article is in the trash, or no longer in the notebook, stays readable and says so.
 */
export function CitationsPlugin({ onOpenCitation, sources }: { onOpenCitation?: (anchor: CitationAnchor) => void; sources?: (articleId: string) => SourceState | undefined }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const mark = (figure: HTMLElement) => {
      const id = figure.dataset.articleId;
      const state = id ? sources?.(id) : undefined;
      const open = figure.querySelector<HTMLElement>('.citation-open');
      const title = open?.textContent ?? '';
      if (state) figure.dataset.sourceState = state;
      else delete figure.dataset.sourceState;
      figure.title = state ? `${SAID[state]}: the passage is kept as it was cited.` : '';
      open?.setAttribute('aria-label', state ? `Open the cited passage in “${title}” (${SAID[state].toLowerCase()})` : `Open the cited passage in “${title}”`);
    };
    const markAll = () => editor.getRootElement()?.querySelectorAll<HTMLElement>('figure.citation').forEach(mark);
    markAll();
    return editor.registerMutationListener(CitationNode, markAll);
  }, [editor, sources]);
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
