import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from '../paste/clean-html';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** Pastes from other apps keep their structure but lose their styles and anything executable. */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html');
          // Copies from Dossier itself carry Lexical's own format, mentions and citations included.
          if (!data || !html || data.types.includes(LEXICAL_MIME)) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          const clean = new DataTransfer();
          clean.setData('text/html', cleanPastedHtml(html));
          clean.setData('text/plain', data.getData('text/plain'));
          $insertDataTransferForRichText(clean, selection, editor);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
