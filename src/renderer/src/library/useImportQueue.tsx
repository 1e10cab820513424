import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { ImportResult } from '../../../shared/api';
import { api, errorMessage } from '../lib/api';

// Files larger than this are refused before they are read: the notebook's own limit is close to it.
const MAX_FILE_BYTES = 45 * 1024 * 1024;

export interface ImportOutcome {
  name: string;
  status: 'imported' | 'duplicate' | 'failed' | 'cancelled';
  message: string;
  articleId?: string;
}

interface Batch {
  total: number;
  done: number;
  current: string | null;
  outcomes: ImportOutcome[];
  running: boolean;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function importOne(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(0);
    return { name: file.name, status: 'failed', message: `${file.name} is ${mb} MB; Dossier imports files up to 45 MB. Split it or save only the article.` };
  }
  try {
    const result: ImportResult = await api.importFile({ name: file.name, dataBase64: await toBase64(file) });
    return result.duplicateOf
      ? {
          name: file.name,
          status: 'duplicate',
          message: result.article.trashedAt
            ? `Already in the notebook as “${result.article.title}”, in the trash: restore it from the trash to use it again.`
            : `Already in the notebook as “${result.article.title}”.`,
          articleId: result.article.id,
        }
      : { name: file.name, status: 'imported', message: `Imported “${result.article.title}”.`, articleId: result.article.id };
  } catch (error) {
    return { name: file.name, status: 'failed', message: errorMessage(error) };
  }
}

/** Imports files one after another with progress and cancel; shows a panel with what happened to each. */
export function useImportQueue({ onImported }: { onImported: (lastArticleId: string | undefined) => void }) {
  const [batch, setBatch] = useState<Batch | null>(null);
  const cancelled = useRef(false);
  const imported = useRef(onImported);
  imported.current = onImported;

  const enqueue = useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    cancelled.current = false;
    const outcomes: ImportOutcome[] = [];
    setBatch({ total: files.length, done: 0, current: files[0].name, outcomes, running: true });
    for (const [i, file] of files.entries()) {
      if (cancelled.current) {
        outcomes.push({ name: file.name, status: 'cancelled', message: 'Not imported: the import was cancelled.' });
        continue;
      }
      setBatch({ total: files.length, done: i, current: file.name, outcomes: [...outcomes], running: true });
      outcomes.push(await importOne(file));
    }
    setBatch({ total: files.length, done: files.length, current: null, outcomes: [...outcomes], running: false });
    const last = [...outcomes].reverse().find((o) => o.articleId);
    imported.current(last?.articleId);
  }, []);

  const panel: ReactNode = batch && <ImportPanel batch={batch} onCancel={() => (cancelled.current = true)} onClose={() => setBatch(null)} />;
  return { enqueue, panel, busy: batch?.running ?? false };
}

function ImportPanel({ batch, onCancel, onClose }: { batch: Batch; onCancel: () => void; onClose: () => void }) {
  const failed = batch.outcomes.filter((o) => o.status === 'failed');
  const done = batch.outcomes.filter((o) => o.status === 'imported').length;
  const summary = batch.running
    ? `Importing ${Math.min(batch.done + 1, batch.total)} of ${batch.total}: ${batch.current}`
    : `${done} imported${batch.outcomes.some((o) => o.status === 'duplicate') ? `, ${batch.outcomes.filter((o) => o.status === 'duplicate').length} already in the notebook` : ''}${failed.length ? `, ${failed.length} could not be imported` : ''}.`;
  return (
    <section className="import-panel" aria-label="Import progress">
      <div className="import-panel-head">
        <strong>{batch.running ? 'Importing files' : 'Import finished'}</strong>
        {batch.running ? (
          <button type="button" onClick={onCancel}>
            Cancel import
          </button>
        ) : (
          <button type="button" onClick={onClose} aria-label="Close import report">
            Close
          </button>
        )}
      </div>
      <progress max={batch.total} value={batch.done} aria-label="Files imported" />
      <p role="status" className="import-summary">
        {summary}
      </p>
      {failed.length > 0 && (
        <ul className="import-failures" role="alert" aria-label="Files not imported">
          {failed.map((o) => (
            <li key={o.name}>
              {o.message.includes(o.name) ? (
                o.message
              ) : (
                <>
                  <strong>{o.name}</strong>: {o.message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
