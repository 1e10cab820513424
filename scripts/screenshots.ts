// Takes the README's screenshots: browser mode on a throwaway notebook with the sample article and a brief.
// Run: npm run build && npx tsx scripts/screenshots.ts [outDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/chromium';
import { startDossier } from '../tests/e2e/models/server';

const outDir = process.argv[2] ?? 'docs';
const BRIEF = `## Summary

Prime Minister **Shigeru Ishiba** has filled his cabinet with defence veterans. Expect a firmer line on regional security and continued growth in the defence budget.

## Key appointments

- Takeshi Iwaya — Foreign Minister (defence minister in 2019)
- Gen Nakatani — Defence Minister, former Ground Self-Defense Force officer

## What they said

> We cannot protect peace by wishing for it.

Analysts in Taipei read the line-up as *continuity*, not a turn.
`;

async function main() {
  const dossier = await startDossier();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(dossier.url);
      if (scheme === 'light') {
        const post = (method: string, args: unknown[]) =>
          fetch(`${dossier.origin}/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dossier-token': dossier.token },
            body: JSON.stringify(args),
          });
        const text = readFileSync(join(__dirname, '../resources/sample-article.txt'), 'utf8');
        await post('importText', [{ text, source: 'Dossier Wire', author: 'Staff', publishedAt: '2024-10-02' }]);
        await post('createNote', [{ title: 'Ishiba cabinet: defence outlook', markdown: BRIEF }]);
        await page.reload();
      }
      // The window reopens whatever was open last; start each pass from the brief.
      await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Ishiba cabinet: defence outlook/ }).click();
      await page.getByRole('textbox', { name: 'Note text' }).waitFor();
      await page.screenshot({ path: join(outDir, `window-note-${scheme}.png`) });
      await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Japan's new cabinet/ }).click();
      await page.getByRole('article', { name: 'Article' }).waitFor();
      await page.screenshot({ path: join(outDir, `window-article-${scheme}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await dossier.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
