// Stands in for src/main/extract/worker-pool.ts in the crash test's child (swapped in when it is
// bundled): it returns extractions the real extractor made in the parent, looked up by the text
// before its " (ref …)" suffix, so hundreds of short-lived children skip loading the model.
import { readFileSync } from 'node:fs';
import type { Extraction } from '../../../../src/shared/extraction';

const replayed = new Map<string, Extraction>(Object.entries(JSON.parse(readFileSync(process.env.DOSSIER_REPLAYED_EXTRACTIONS ?? '', 'utf8'))));

export function extractOffThread(text: string): Promise<Extraction> {
  const extraction = replayed.get(text.split(' (ref ')[0]);
  if (!extraction) return Promise.reject(new Error('no replayed extraction for this text'));
  return Promise.resolve(structuredClone(extraction));
}

export async function stopExtractionWorker(): Promise<void> {}
