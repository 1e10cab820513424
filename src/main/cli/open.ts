import { openNotebook } from '../open-notebook';
import type { OpenOptions } from '../store';

/**
 * Opens the notebook for a command and, when opening had to recover from a damaged file, says so
 * on stderr in the words the window uses: what happened, where the kept file is, what was opened.
 * Every command that opens a notebook goes through here, so none can stay silent about it.
 */
export async function openNotebookForCommand(dataDir: string, options: OpenOptions = {}) {
  const opened = await openNotebook(dataDir, options);
  if (opened.store.notice) process.stderr.write(`dossier: ${opened.store.notice}\n`);
  return opened;
}
