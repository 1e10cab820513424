import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { type ReactNode, useMemo } from 'react';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../../shared/editor-nodes';
import type { Note } from '../../../shared/model';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';

interface Props {
  note: Note;
  onSaveContent: (content: string) => void;
  onRename: (title: string) => void;
  actions?: ReactNode;
}

/** The brief's body: Lexical rich text. Keyed by note id by its parent, so each note gets a fresh editor. */
export function NoteEditor({ note, onSaveContent, onRename, actions }: Props) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'dossier-note',
      theme: editorTheme,
      nodes: [...NOTE_NODES],
      editorState: note.content || undefined,
      onError: (error: Error) => console.error(error),
    }),
    [note.content],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin>{actions}</ToolbarPlugin>
      <div className="editor-scroll">
        <div className="editor-page">
          <input
            className="note-title"
            aria-label="Note title"
            defaultValue={note.title}
            placeholder="Title of the brief"
            onBlur={(e) => e.currentTarget.value !== note.title && onRename(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              e.currentTarget.blur();
            }}
          />
          <div className="note-meta">Edited {new Date(note.updatedAt).toLocaleString()}</div>
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-input" aria-label="Note text" aria-placeholder="Write your brief…" placeholder={<div className="editor-placeholder">Write your brief… (Markdown shortcuts work: # heading, - list, &gt; quote)</div>} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin />
      <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
      <AutosavePlugin onSave={onSaveContent} />
    </LexicalComposer>
  );
}
