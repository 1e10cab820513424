import { rename, unlink, writeFile } from 'node:fs/promises';
import type { ExportedFile } from '../../shared/api';
import { DossierError } from '../../shared/errors';

const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full. Free some space or choose another drive',
  EDQUOT: 'the disk quota is used up. Free some space or choose another drive',
  EACCES: 'you may not write there. Choose a folder you own',
  EPERM: 'you may not write there. Choose a folder you own',
  EROFS: 'that drive is read-only. Choose another folder',
  ENOENT: 'that folder does not exist. Create it or choose another',
  EISDIR: 'that is a folder. Give a file name',
};

/** The bytes to write: base64 content (PDF) is decoded, text is written as UTF-8. */
export function exportedBytes(file: ExportedFile): Buffer {
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}

/**
 * Writes an exported brief next to its final name first, then renames it into place, so a full disk
 * never leaves a half-written file where a good one was.
 */
export async function writeExport(path: string, file: ExportedFile): Promise<void> {
  const temp = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temp, exportedBytes(file));
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new DossierError('export-failed', `Could not write ${path}: ${WHY[code] ?? `the system said ${code}. Check the folder and try again`}.`);
  }
}
