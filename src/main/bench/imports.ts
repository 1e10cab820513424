import { basename, join } from 'node:path';
import { readDocumentFile } from '../ingest';
import { polnearFiles } from './corpora';

/** How fast the .txt reader imports the PolNeAR news articles, and the memory it peaks at. */
export async function benchReadPolnear(dataDir: string): Promise<void> {
  const files = polnearFiles(dataDir);
  if (files.length === 0) {
    console.log(`  skipped: no PolNeAR texts under ${join(dataDir, 'polnear')}`);
    return;
  }
  let chars = 0;
  let titled = 0;
  let failed = 0;
  const start = performance.now();
  for (const file of files) {
    try {
      const doc = await readDocumentFile(file);
      chars += doc.text.length;
      // A title that is only the file name means no headline was recognised.
      if (doc.title !== basename(file, '.txt').replace(/_+/g, ' ')) titled++;
    } catch (error) {
      failed++;
      if (failed <= 3) console.log(`  ${(error as Error).message}`);
    }
  }
  const ms = performance.now() - start;
  // maxRSS is in kilobytes and covers the whole process so far: an upper bound for the reader.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`  PolNeAR .txt: ${files.length} files, ${(chars / 1e6).toFixed(1)} M characters, ${failed} failed, ${titled} with a headline found`);
  console.log(`  ${ms.toFixed(0)} ms total, ${((files.length / ms) * 1000).toFixed(0)} files/s, peak RSS ${peakMb.toFixed(0)} MB`);
}
