import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { EntitySummary } from '../../../../shared/model';
import { TYPE_LABELS, typeClass } from '../../entities/types';
import { registerRootEvents } from '../root-events';

interface Shown {
  entity: EntitySummary;
  left: number;
  top: number;
}

function posts(entity: EntitySummary): string[] {
  return [...new Set(entity.roles.map((r) => (r.former ? `former ${r.title}` : r.title)))].slice(0, 3);
}

/**
 * Hovering a mention shows a small card (type, posts, how many articles name it); clicking it opens
 * the entity. Listeners sit on the editor's root once, not on every mention, so 500 mentions cost nothing.
 */
export function MentionCard({ entities, onOpenEntity }: { entities: readonly EntitySummary[]; onOpenEntity?: (id: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const chipOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.mention-chip') : null);
    const over = (event: MouseEvent) => {
      const chip = chipOf(event.target);
      const entity = chip && byId.get(chip.dataset.entityId ?? '');
      if (!chip || !entity) return setShown(null);
      const rect = chip.getBoundingClientRect();
      setShown({ entity, left: rect.left, top: rect.bottom + 6 });
    };
    const out = (event: MouseEvent) => {
      if (chipOf(event.target) && !chipOf(event.relatedTarget)) setShown(null);
    };
    const click = (event: MouseEvent) => {
      const id = chipOf(event.target)?.dataset.entityId;
      if (id && onOpenEntity) onOpenEntity(id);
    };
    return registerRootEvents(editor, { mouseover: over, mouseout: out, click });
  }, [editor, entities, onOpenEntity]);

  if (!shown) return null;
  const { entity } = shown;
  const roles = posts(entity);
  return (
    <div className={`mention-card ${typeClass(entity.type)}`} role="tooltip" style={{ left: shown.left, top: shown.top }}>
      <div className="mention-card-type">
        <span className="dot" aria-hidden="true" />
        {TYPE_LABELS[entity.type].singular}
      </div>
      <div className="mention-card-name">{entity.name}</div>
      {roles.length > 0 && <div className="mention-card-posts">{roles.join(' · ')}</div>}
      <div className="mention-card-count">
        Named in {entity.articleCount} {entity.articleCount === 1 ? 'article' : 'articles'} · {entity.mentionCount} mentions
      </div>
    </div>
  );
}
