/**
 * The page each note of a printed collection starts on, read from the PDF's outline (Chromium makes
 * one entry per h1 heading). Chromium cannot number a contents list itself (no target-counter), so a
 * collection is printed once to learn its pages and again with them. Null when they cannot be read.
 */
export async function notePages(pdf: Uint8Array, titles: string[]): Promise<number[] | null> {
  try {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const outline = (await doc.getOutline()) ?? [];
      const pages: number[] = [];
      let from = 0;
      for (const title of titles) {
        const at = outline.findIndex((entry, i) => i >= from && entry.title.trim() === title.trim());
        if (at < 0) return null;
        from = at + 1;
        const entry = outline[at];
        const dest = typeof entry.dest === 'string' ? await doc.getDestination(entry.dest) : entry.dest;
        if (!dest?.[0]) return null;
        pages.push((await doc.getPageIndex(dest[0])) + 1);
      }
      return pages;
    } finally {
      await doc.destroy();
    }
  } catch {
    return null;
  }
}
