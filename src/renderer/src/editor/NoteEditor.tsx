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
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { NOTE_NODES, NOTE_TRANSFORMERS } from '../../../shared/editor-nodes';
import type { EntitySummary, Note } from '../../../shared/model';
import type { CitationAnchor } from '../../../shared/note-nodes';
import { CitationsPlugin, type SourceState } from './citations/CitationsPlugin';
import { MentionsPlugin } from './mentions/MentionsPlugin';
import { NoteErrorBoundary } from './NoteErrorBoundary';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { CursorMemoryPlugin } from './plugins/CursorMemoryPlugin';
import { FindPlugin } from './plugins/FindPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { RulePlugin } from './plugins/RulePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { NoteTitle } from './NoteTitle';
import { recoveredContent } from './recover-note';
import { editorTheme } from './theme';
import { safeUrl } from './toolbar/safe-url';
import { UnreadableNote } from './UnreadableNote';

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
  /** A note just made: its title starts selected. */
  isNew?: boolean;
  /** Words to light in the note as it opens (a search hit): the find bar opens with them. */
  find?: { query: string };
  /** Cited articles that are in the trash or no longer in the notebook, by id. */
  sources?: (articleId: string) => SourceState | undefined;
}

const NO_ENTITIES: readonly EntitySummary[] = [];
const isSafeUrl = (url: string) => safeUrl(url) === url;

/**
 * The brief's body: Lexical rich text. Keyed by note id by its parent, so each note gets a fresh
 * editor. A note whose saved text cannot be opened shows what happened and how to go on, not a
 * blank window.
 */
export function NoteEditor(props: Props) {
  const { note, onSaveContent } = props;
  // The note as stored, until the user starts it afresh.
  const [content, setContent] = useState(note.content);
  // Bumped to mount a fresh editor: after starting afresh, or to try again.
  const [attempt, setAttempt] = useState(0);
  const startAfresh = () => {
    const fresh = recoveredContent(content);
    onSaveContent(fresh);
    setContent(fresh);
    setAttempt((n) => n + 1);
  };
  return (
    <NoteErrorBoundary
      resetKey={attempt}
      fallback={(error) => <UnreadableNote title={note.title} raw={content} error={error} onStartAfresh={startAfresh} onRetry={() => setAttempt((n) => n + 1)} />}
    >
      <NoteEditorBody key={attempt} {...props} content={content} />
    </NoteErrorBoundary>
  );
}

function NoteEditorBody({ note, content, entities = NO_ENTITIES, onSaveContent, onRename, onOpenEntity, onOpenCitation, actions, noteActions, isNew, find, sources }: Props & { content: string }) {
  // Lexical reports a saved state it cannot read to onError and opens an empty editor instead, which
  // autosave would then write over the note. While the note loads, that error is thrown instead, to
  // NoteErrorBoundary; once loaded, the editor's own errors are only logged, as before.
  const loading = useRef(true);
  useEffect(() => {
    loading.current = false;
  }, []);
  const initialConfig = useMemo(
    () => ({
      namespace: 'dossier-note',
      theme: editorTheme,
      nodes: [...NOTE_NODES],
      editorState: content || undefined,
      onError: (error: Error) => {
        if (loading.current) throw error;
        console.error(error);
      },
    }),
    [content],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin>{actions}</ToolbarPlugin>
      <FindPlugin request={find} />
      <div className="editor-scroll">
        <div className="editor-page">
          <NoteTitle title={note.title} onRename={onRename} autoSelect={isNew} />
          <div className="note-meta">
            <span>Edited {new Date(note.updatedAt).toLocaleString()}</span>
            <span aria-hidden="true">·</span>
            <WordCountPlugin />
            <span className="note-actions">{noteActions}</span>
          </div>
          <div className="editor-body">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="editor-input"
                  data-pane-focus
                  aria-label="Note text"
                  aria-placeholder="Write your brief…"
                  placeholder={<div className="editor-placeholder">Write your brief… (# heading, - list, &gt; quote, @ to mention)</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
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
      <CitationsPlugin onOpenCitation={onOpenCitation} sources={sources} />
      <CursorMemoryPlugin noteId={note.id} />
      <AutosavePlugin noteId={note.id} onSave={onSaveContent} />
    </LexicalComposer>
  );
}
