import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, KEY_MODIFIER_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { safeUrl } from './safe-url';

function $currentLink(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : '';
}

/** A small form under the toolbar to add, change or remove the link on the selection (Ctrl/Cmd+K). */
export function LinkEditor() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [existing, setExisting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const show = () => {
      const current = editor.getEditorState().read($currentLink);
      setUrl(current);
      setExisting(current !== '');
      setError(null);
      setOpen(true);
      window.setTimeout(() => input.current?.select(), 0);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(OPEN_LINK_EDITOR_COMMAND, show, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
          event.preventDefault();
          return show();
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor]);

  const close = () => {
    setOpen(false);
    editor.focus();
  };
  const apply = () => {
    const href = safeUrl(url);
    if (!href) return setError('Enter a web address (https://…) or an email link (mailto:…).');
    const attributes = { rel: 'noreferrer noopener', target: '_blank' };
    editor.update(() => {
      const selection = $getSelection();
      // With nothing selected, the address itself becomes the link's text.
      if ($isRangeSelection(selection) && selection.isCollapsed() && !$currentLink()) {
        selection.insertNodes([$createLinkNode(href, attributes).append($createTextNode(url.trim()))]);
      } else {
        $toggleLink(href, attributes);
      }
    });
    close();
  };
  const remove = () => {
    editor.update(() => $toggleLink(null));
    close();
  };

  if (!open) return null;
  return (
    <form
      className="link-editor"
      role="dialog"
      aria-label={existing ? 'Edit link' : 'Insert link'}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <input ref={input} aria-label="Link address" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
      <button type="submit" className="primary">
        {existing ? 'Update link' : 'Apply link'}
      </button>
      {existing && (
        <button type="button" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error && (
        <p className="link-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
