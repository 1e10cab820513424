import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DossierError } from '../../shared/errors';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { footerTemplate, headerTemplate, PAGE_MARGINS, type PdfPrinter, type PrintLayout } from './pdf-printer';

/** Browser mode and the CLI print through the system's Chromium, driven by playwright-core. */
export class ChromiumPdfPrinter implements PdfPrinter {
  constructor(
    private readonly executablePath = chromiumPath(),
    /** Where the private print folder is made; the system's temporary folder unless a test picks one. */
    private readonly tempRoot = tmpdir(),
  ) {}

  async print(html: string, layout: PrintLayout): Promise<Uint8Array> {
    if (!existsSync(this.executablePath)) {
      throw new DossierError(
        'export-failed',
        `PDF export needs Chromium, and there is none at ${this.executablePath}. Install Chromium (apt install chromium) or set CHROMIUM_PATH to its program, or export to Markdown instead.`,
      );
    }
    // Imported here so that Markdown export and the rest of the CLI never load Playwright.
    const { chromium } = await import('playwright-core');
    // The brief's HTML reaches Chromium in memory and is never written to disk. What Chromium
    // itself writes while printing (its profile, the PDF it streams back) goes in a folder only this
    // user can open (mkdtemp makes it 0700), removed afterwards, even when printing fails.
    const workDir = await mkdtemp(join(printRoot(this.tempRoot), 'dossier-print-'));
    let context: BrowserContext | undefined;
    try {
      try {
        context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
          executablePath: this.executablePath,
          args: CHROMIUM_ARGS,
          env: { ...process.env, TMPDIR: workDir, TMP: workDir, TEMP: workDir },
          // No script runs in the print document; routes are refused so nothing can be fetched either.
          offline: true,
        });
      } catch (error) {
        throw new DossierError('export-failed', `Chromium could not be started to print the PDF (${firstLine(error)}). Check CHROMIUM_PATH, or export to Markdown instead.`);
      }
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: layout.paper,
        margin: PAGE_MARGINS,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(layout.runningTitle),
        footerTemplate: footerTemplate(),
        outline: true,
        tagged: true,
      });
      return new Uint8Array(pdf);
    } catch (error) {
      if (error instanceof DossierError) throw error;
      throw new DossierError('export-failed', `Chromium could not print the PDF (${firstLine(error)}). Try again, or export to Markdown instead.`);
    } finally {
      await context?.close().catch(() => undefined);
      await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

// Chromium makes its single-instance socket at TMPDIR/.org.chromium.Chromium.XXXXXX/SingletonSocket, and a Unix
// socket's path holds at most 107 characters: with a longer TMPDIR it cannot start. The private folder below is
// Chromium's TMPDIR, so its path ("…/dossier-print-XXXXXX") must leave room for the rest.
const SOCKET_PATH_MAX = 107;
const SOCKET_UNDER_TMPDIR = '/.org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

/**
 * Where the private print folder is made: `tempRoot`, unless its path is too long for Chromium's socket (macOS gives
 * every user a TMPDIR of some fifty characters under /var/folders), then /tmp, where one exists; mkdtemp keeps the
 * folder this user's alone there too.
 */
export function printRoot(tempRoot: string, platform: NodeJS.Platform = process.platform): string {
  const longest = join(tempRoot, 'dossier-print-XXXXXX').length + SOCKET_UNDER_TMPDIR;
  return longest > SOCKET_PATH_MAX && platform !== 'win32' && existsSync('/tmp') ? '/tmp' : tempRoot;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n', 1)[0];
}
