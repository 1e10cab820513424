import { parentPort } from 'node:worker_threads';
import type { ExtractOptions } from '../shared/extraction';
import { extract } from './extract';
import { tuneCompilerForExtraction } from './extract/jit';
import { primeExtractor } from './extract/primer';

tuneCompilerForExtraction();

// The extraction worker thread (see extract/worker-pool.ts): one message in, one extraction out.
parentPort?.on('message', ({ id, text, options }: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ id, extraction: extract(text, options) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
  // Primed once the first article is answered, not before: that article waits for nothing (extract/primer.ts).
  primeExtractor();
});
