import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDossierError } from '../shared/errors';
import { defaultDataDir } from './data-dir';
import { NotebookService } from './service/notebook-service';
import { startWebServer } from './web/server';

// Browser mode: `npm run web -- [--data DIR] [--port N]`. The built window lives in ../renderer.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const dataDir = values.data ?? defaultDataDir();
  // The notebooks live on their own thread; this one only serves the window.
  const service = await NotebookService.start(dataDir);
  const { notice } = await service.api.info();
  if (notice) console.error(notice);
  const web = await startWebServer(service.transportApi, join(__dirname, '../renderer'), port);
  console.log(`Dossier is running at ${web.url}`);
  // Once the window is served, read (or build) the search index in small steps, so the first search is instant.
  setTimeout(() => service.warmSearch(), 1000).unref();
  const stop = async () => {
    // Saves are already on disk; never let a stuck connection keep the notebook locked.
    setTimeout(() => process.exit(0), 3000).unref();
    await web.close();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(isDossierError(error) ? error.message : `Dossier could not start: ${(error as Error).message}`);
  process.exit(1);
});
