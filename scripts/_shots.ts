import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/chromium';
import { startDossier } from '../tests/e2e/models/server';

async function main() {
  const dossier = await startDossier();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    let first = true;
    for (const [w, h] of [[1440, 900], [1024, 700]] as const)
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
        await page.goto(dossier.url);
        if (first) {
          first = false;
          await fetch(`${dossier.origin}/api/importText`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dossier-token': dossier.token },
            body: JSON.stringify([{ text: readFileSync('/tmp/biz.txt', 'utf8'), source: 'Dossier Wire', author: 'Staff', publishedAt: '2025-03-04' }]),
          });
          await page.reload();
        }
        await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Kestrova wins/ }).click();
        await page.getByRole('article', { name: 'Article' }).waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `/tmp/shots/biz-${w}-${scheme}.png` });
        await page.close();
      }
  } finally {
    await browser.close();
    await dossier.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
