import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EntitySummary } from '../../../../shared/model';
import { TYPE_LABELS, typeClass } from '../../entities/types';
import { $replaceQueryWithMention } from './insert-mention';
import { type MentionOption, mentionOptions } from './MentionOption';

/** Typing `@` offers the notebook's entities (names and aliases); choosing one inserts a mention. */
export function MentionTypeahead({ entities }: { entities: readonly EntitySummary[] }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  // Names have spaces: "@Gen N" still looks for Gen Nakatani (the menu closes once nothing matches).
  const triggerFn = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 40, allowWhitespace: true });
  const options = useMemo(() => (query === null ? [] : mentionOptions(entities, query)), [entities, query]);

  const onSelect = useCallback(
    (option: MentionOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const [, space] = $replaceQueryWithMention(option.entity, nodeToReplace);
        space.select(1, 1);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length
          ? createPortal(
              <div className="typeahead">
                <div role="listbox" aria-label="Entities to mention">
                  {options.map((option, i) => (
                    // The typeahead plugin handles the keys (arrows, Enter, Escape) from the editor itself.
                    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is the typeahead plugin's
                    <div
                      key={option.key}
                      ref={option.setRefElement}
                      id={`mention-option-${i}`}
                      role="option"
                      aria-selected={selectedIndex === i}
                      tabIndex={-1}
                      className={`typeahead-item ${typeClass(option.entity.type)}`}
                      onMouseEnter={() => setHighlightedIndex(i)}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => selectOptionAndCleanUp(option)}
                    >
                      <span className="dot" aria-hidden="true" />
                      <span className="typeahead-name">{option.entity.name}</span>
                      {option.alias && <span className="typeahead-alias">“{option.alias}”</span>}
                      <span className="typeahead-type">{TYPE_LABELS[option.entity.type].singular}</span>
                    </div>
                  ))}
                </div>
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
