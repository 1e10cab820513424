/** How a brief's page should be laid out when printed. */
export interface PrintLayout {
  paper: 'A4' | 'Letter';
  /** Shown in the running header of every page. */
  runningTitle: string;
}

/**
 * Turns one self-contained print HTML document into PDF bytes. The desktop app prints with
 * Electron's own Chromium; browser mode and the CLI drive the system's Chromium. Both get the
 * same HTML, header and footer, so both give the same pages.
 */
export interface PdfPrinter {
  print(html: string, layout: PrintLayout): Promise<Uint8Array>;
}

// Page margins (the header and footer sit inside the top and bottom ones).
export const PAGE_MARGINS = { top: '22mm', bottom: '20mm', left: '22mm', right: '22mm' } as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

// Chromium draws these in the page margins; they need their own inline styles (no page CSS reaches them).
const MARGIN_STYLE =
  "font-family:'Liberation Sans',Arial,'Helvetica Neue','DejaVu Sans','Noto Sans CJK JP','Noto Sans CJK SC','Noto Sans CJK KR',sans-serif;font-size:7.5pt;color:#6b6b6b;width:100%;margin:0 22mm;display:flex;justify-content:space-between;letter-spacing:0.02em;";

export function headerTemplate(runningTitle: string): string {
  return `<div style="${MARGIN_STYLE}padding-top:3mm;"><span>${escapeHtml(runningTitle)}</span><span>Dossier brief</span></div>`;
}

export function footerTemplate(): string {
  return `<div style="${MARGIN_STYLE}justify-content:center;padding-bottom:3mm;"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
