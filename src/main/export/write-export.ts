import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
export function exportedBytes(file: Pick<ExportedFile, 'content' | 'encoding'>): Buffer {
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}

/** An attachment's name is a plain file name: it never reaches into another folder. */
function attachmentPath(path: string, fileName: string): string {
  if (!/^[\w][\w .-]*$/.test(fileName) || basename(fileName) !== fileName) {
    throw new DossierError('export-failed', `Could not write the picture “${fileName}” beside ${path}: its name is not a plain file name. Export again.`);
  }
  return join(dirname(path), fileName);
}

/**
 * Writes an exported brief, and the pictures it links to beside it, each next to its final name first
 * and then renamed into place, so a full disk never leaves a half-written file where a good one was.
 * The pictures go first, so a brief on disk never links to an image that is not there.
 */
export async function writeExport(path: string, file: ExportedFile): Promise<void> {
  for (const attachment of file.attachments ?? []) await writeOne(attachmentPath(path, attachment.fileName), attachment);
  await writeOne(path, file);
}

async function writeOne(path: string, file: Pick<ExportedFile, 'content' | 'encoding'>): Promise<void> {
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
