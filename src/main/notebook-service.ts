import { parentPort, workerData } from 'node:worker_threads';
import type { ServiceOptions } from './service/protocol';
import { serveNotebooks } from './service/serve';

// The notebook service thread (see service/notebook-service.ts): the notebooks live here.
if (parentPort) void serveNotebooks(parentPort, workerData as ServiceOptions);
