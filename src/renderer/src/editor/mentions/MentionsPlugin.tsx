import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { EntitySummary } from '../../../../shared/model';
import { MentionCard } from './MentionCard';
import { MentionDrop } from './MentionDrop';
import { MentionTypeahead } from './MentionTypeahead';
import { $refreshMentions } from './refresh-mentions';

interface Props {
  entities: readonly EntitySummary[];
  onOpenEntity?: (id: string) => void;
}

/** Entity mentions: `@` typeahead, drop from the sidebar, hover card, click to open, and renames followed. */
export function MentionsPlugin({ entities, onOpenEntity }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (entities.length === 0) return;
    // Not an edit the user made: keep it out of the undo history.
    editor.update(() => void $refreshMentions(entities), { tag: 'history-merge' });
  }, [editor, entities]);
  return (
    <>
      <MentionTypeahead entities={entities} />
      <MentionDrop />
      <MentionCard entities={entities} onOpenEntity={onOpenEntity} />
    </>
  );
}
