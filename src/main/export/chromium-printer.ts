import { existsSync } from 'node:fs';
import { DossierError } from '../../shared/errors';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { footerTemplate, headerTemplate, PAGE_MARGINS, type PdfPrinter, type PrintLayout } from './pdf-printer';

/** Browser mode and the CLI print through the system's Chromium, driven by playwright-core. */
export class ChromiumPdfPrinter implements PdfPrinter {
  constructor(private readonly executablePath = chromiumPath()) {}

  async print(html: string, layout: PrintLayout): Promise<Uint8Array> {
    if (!existsSync(this.executablePath)) {
      throw new DossierError(
        'export-failed',
        `PDF export needs Chromium, and there is none at ${this.executablePath}. Install Chromium (apt install chromium) or set CHROMIUM_PATH to its program, or export to Markdown instead.`,
      );
    }
    // Imported here so that Markdown export and the rest of the CLI never load Playwright.
    const { chromium } = await import('playwright-core');
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    try {
      browser = await chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      throw new DossierError('export-failed', `Chromium could not be started to print the PDF (${firstLine(error)}). Check CHROMIUM_PATH, or export to Markdown instead.`);
    }
    try {
      // No script runs in the print document; routes are refused so nothing can be fetched either.
      const context = await browser.newContext({ offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
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
      await browser.close().catch(() => undefined);
    }
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n', 1)[0];
}
