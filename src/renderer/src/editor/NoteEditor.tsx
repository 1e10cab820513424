import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { ClickableLinkPlugin } from '@lexical/react/LexicalClickableLinkPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { type ReactNode, useMemo } from 'react';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../../shared/editor-nodes';
import type { EntitySummary, Note } from '../../../shared/model';
import type { CitationAnchor } from '../../../shared/note-nodes';
import { CitationsPlugin } from './citations/CitationsPlugin';
import { MentionsPlugin } from './mentions/MentionsPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { CursorMemoryPlugin } from './plugins/CursorMemoryPlugin';
import { FindPlugin } from './plugins/FindPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { RulePlugin } from './plugins/RulePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { editorTheme } from './theme';
import { safeUrl } from './toolbar/safe-url';

interface Props {
  note: Note;
  entities?: readonly EntitySummary[];
  onSaveContent: (content: string) => void;
  onRename: (title: string) => void;
  onOpenEntity?: (id: string) => void;
  onOpenCitation?: (anchor: CitationAnchor) => void;
  /** Controls at the end of the toolbar (export). */
  actions?: ReactNode;
  /** Controls beside the note's date (duplicate, trash). */
  noteActions?: ReactNode;
}

const NO_ENTITIES: readonly EntitySummary[] = [];
const isSafeUrl = (url: string) => safeUrl(url) === url;

/** The brief's body: Lexical rich text. Keyed by note id by its parent, so each note gets a fresh editor. */
export function NoteEditor({ note, entities = NO_ENTITIES, onSaveContent, onRename, onOpenEntity, onOpenCitation, actions, noteActions }: Props) {
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
      <FindPlugin />
      <div className="editor-scroll">
        <div className="editor-page">
          <input
            className="note-title"
            aria-label="Note title"
            title="Rename the note"
            defaultValue={note.title}
            placeholder="Title of the brief"
            onBlur={(e) => e.currentTarget.value !== note.title && onRename(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              e.currentTarget.blur();
            }}
          />
          <div className="note-meta">
            <span>Edited {new Date(note.updatedAt).toLocaleString()}</span>
            <span aria-hidden="true">·</span>
            <WordCountPlugin />
            <span className="note-actions">{noteActions}</span>
          </div>
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor-input"
                aria-label="Note text"
                aria-placeholder="Write your brief…"
                placeholder={<div className="editor-placeholder">Write your brief… (# heading, - list, &gt; quote, @ to mention)</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <ListTabPlugin />
      <LinkPlugin validateUrl={isSafeUrl} />
      <ClickableLinkPlugin />
      <TablePlugin />
      <RulePlugin />
      <PastePlugin />
      <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
      <MentionsPlugin entities={entities} onOpenEntity={onOpenEntity} />
      <CitationsPlugin onOpenCitation={onOpenCitation} />
      <CursorMemoryPlugin noteId={note.id} />
      <AutosavePlugin onSave={onSaveContent} />
    </LexicalComposer>
  );
}
