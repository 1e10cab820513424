import { Notebook } from './notebook';
import { type OpenOptions, openNotebookStore } from './store';

/** Opens the notebook in dataDir as the API every transport serves. */
export async function openNotebook(dataDir: string, options: OpenOptions = {}) {
  const store = await openNotebookStore(dataDir, options);
  return { notebook: new Notebook(store, dataDir), store };
}
