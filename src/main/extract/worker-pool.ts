import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, Extraction } from '../../shared/extraction';
import { extract } from './index';

// Extraction runs in a worker thread so the process serving the window keeps answering while a
// batch of articles is read. The worker is the built out/main/extract-worker.js; where it is absent
// (unit tests run the TypeScript sources) extraction runs in-process, with the same result.
// The bundler may place this module in out/main/chunks/, beside or below the worker entry.
const WORKER_FILE = [join(__dirname, 'extract-worker.js'), join(__dirname, '..', 'extract-worker.js')].find((f) => existsSync(f)) ?? '';

interface Job {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 1;

function startWorker(): Worker {
  const w = new Worker(WORKER_FILE);
  w.unref();
  w.on('message', (message: { id: number; extraction?: Extraction; error?: string }) => {
    const job = jobs.get(message.id);
    if (!job) return;
    jobs.delete(message.id);
    if (message.extraction) job.resolve(message.extraction);
    else job.reject(new Error(message.error ?? 'extraction failed'));
  });
  w.on('error', (error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
    worker = null;
  });
  return w;
}

export function extractOffThread(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  if (!WORKER_FILE) return Promise.resolve(extract(text, options));
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    worker!.postMessage({ id, text, options });
  });
}

/** Lets a command-line run end: the worker would otherwise keep the process waiting. */
export async function stopExtractionWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
