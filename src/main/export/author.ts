import { userInfo } from 'node:os';

/** Who wrote a brief: $DOSSIER_AUTHOR, else the signed-in user's name. */
export function briefAuthor(): string | undefined {
  if (process.env.DOSSIER_AUTHOR?.trim()) return process.env.DOSSIER_AUTHOR.trim();
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
