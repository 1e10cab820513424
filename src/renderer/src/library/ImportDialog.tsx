import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ImportTextInput } from '../../../shared/api';
import { closedBy, DialogActions, FormError, useModal } from '../lib/dialog';
import { PasteFields } from './PasteFields';

export type Tab = 'paste' | 'files' | 'url' | 'brief';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Each returns null on success, or the plain message to show. */
  onImport: (input: ImportTextInput) => Promise<string | null>;
  onImportUrl?: (url: string) => Promise<string | null>;
  onImportFiles?: (files: File[]) => void;
  /** A brief in Markdown (one Dossier exported, or any), opened as a new note; null on success, or the message. */
  onImportBrief?: (file: File) => Promise<string | null>;
  /** Which way of importing to show first (the menu's "Import from Web Address…" opens on 'url'). */
  initialTab?: Tab;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf';
const FIRST_FIELD: Record<Tab, string> = {
  paste: 'textarea[name="text"]',
  files: '#import-panel-files .primary',
  url: 'input[name="address"]',
  brief: '#import-panel-brief .primary',
};
const TABS: Array<[Tab, string]> = [
  ['paste', 'Paste text'],
  ['files', 'Files'],
  ['url', 'Web address'],
  ['brief', 'Brief as a note'],
];

/** Import an article by pasting it, choosing files, or giving its address. Errors stay in the dialog with the input kept. */
export function ImportDialog({ open, onClose, onImport, onImportUrl, onImportFiles, onImportBrief, initialTab }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const briefInput = useRef<HTMLInputElement>(null);
  const [tab, setTab] = useState<Tab>('paste');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Each way of importing starts with the keyboard in its field, so Ctrl+Shift+O then typing fills the address.
  const show = (which: Tab) => {
    setTab(which);
    window.setTimeout(() => ref.current?.querySelector<HTMLElement>(FIRST_FIELD[which])?.focus(), 0);
  };
  const ref = useModal(open, () => {
    setError(null);
    show(initialTab ?? 'paste');
  });
  // The menu asked for another tab while the dialog is open (Ctrl+Shift+O over Ctrl+O).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new initialTab while open moves the focus
  useEffect(() => {
    if (open && initialTab) show(initialTab);
  }, [initialTab]);

  const run = async (event: FormEvent<HTMLFormElement>, work: (data: FormData) => Promise<string | null>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    const problem = await work(new FormData(form));
    setBusy(false);
    if (problem) setError(problem);
    else form.reset();
  };
  const value = (data: FormData, key: string) => String(data.get(key) ?? '');

  const pasteSubmit = (event: FormEvent<HTMLFormElement>) =>
    run(event, (data) =>
      onImport({
        title: value(data, 'title'),
        text: value(data, 'text'),
        source: value(data, 'source'),
        author: value(data, 'author'),
        publishedAt: value(data, 'publishedAt'),
        url: value(data, 'url'),
      }),
    );
  const urlSubmit = (event: FormEvent<HTMLFormElement>) =>
    run(event, async (data) => {
      const url = value(data, 'address').trim();
      if (!/^https?:\/\/\S+$/i.test(url)) return 'Give the full address of the article, starting with http:// or https://.';
      return onImportUrl ? onImportUrl(url) : 'Importing from an address is not available here.';
    });

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="import-title" {...closedBy(ref, onClose)}>
      <div className="dialog-body">
        <h2 id="import-title">{tab === 'brief' ? 'Import a brief' : 'Import an article'}</h2>
        <div role="tablist" aria-label="How to import" className="tabs">
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`import-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`import-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => {
                setTab(id);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                const i = TABS.findIndex(([t]) => t === tab);
                const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length][0];
                setTab(next);
                document.getElementById(`import-tab-${next}`)?.focus();
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {tab === 'paste' && (
          <form onSubmit={pasteSubmit} onInput={() => error && setError(null)} id="import-panel-paste" role="tabpanel" aria-labelledby="import-tab-paste" className="tab-panel">
            <p className="hint">Paste the article’s text. Dossier finds its people, organisations, places, dates and quotes.</p>
            <PasteFields />
            <FormError message={error} />
            <DialogActions onCancel={onClose} submitLabel="Import" busyLabel="Importing…" busy={busy} />
          </form>
        )}
        {tab === 'files' && (
          <div id="import-panel-files" role="tabpanel" aria-labelledby="import-tab-files" className="tab-panel">
            <p className="hint">Text, Markdown, saved web pages, PDF and Word files. You can also drop files anywhere on the window.</p>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={ACCEPT}
              aria-label="Article files"
              className="file-input"
              onChange={(e) => {
                const files = Array.from(e.currentTarget.files ?? []);
                e.currentTarget.value = '';
                if (files.length === 0) return;
                onImportFiles?.(files);
                onClose();
              }}
            />
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={() => fileInput.current?.click()}>
                Choose files…
              </button>
            </div>
          </div>
        )}
        {tab === 'brief' && (
          <div id="import-panel-brief" role="tabpanel" aria-labelledby="import-tab-brief" className="tab-panel" aria-busy={busy}>
            <p className="hint">
              A brief in Markdown, such as one exported from Dossier, opens as a new note. Its citations are tied back to this notebook’s articles at their passages, and the names its front matter lists become mentions again.
            </p>
            <input
              ref={briefInput}
              type="file"
              accept=".md,.markdown,text/markdown"
              aria-label="Brief file"
              className="file-input"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (!file || !onImportBrief) return;
                setBusy(true);
                setError(null);
                const problem = await onImportBrief(file);
                setBusy(false);
                if (problem) setError(problem);
              }}
            />
            <FormError message={error} />
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={() => briefInput.current?.click()} disabled={busy}>
                {busy ? 'Opening…' : 'Choose a brief…'}
              </button>
            </div>
          </div>
        )}
        {tab === 'url' && (
          <form onSubmit={urlSubmit} onInput={() => error && setError(null)} id="import-panel-url" role="tabpanel" aria-labelledby="import-tab-url" className="tab-panel">
            <p className="hint">Dossier fetches the page and keeps only the article: no menus, adverts or scripts.</p>
            <label>
              Address
              <input name="address" type="url" placeholder="https://…" />
            </label>
            <FormError message={error} />
            <DialogActions onCancel={onClose} submitLabel="Import" busyLabel="Fetching…" busy={busy} />
          </form>
        )}
      </div>
    </dialog>
  );
}
