import { userInfo } from 'node:os';

/** Who wrote a brief: $DOSSIER_AUTHOR, else the signed-in user's name. */
export function briefAuthor(): string | undefined {
  if (process.env.DOSSIER_AUTHOR?.trim()) return process.env.DOSSIER_AUTHOR.trim();
  try {
    const name = userInfo().username;
    // A system account's name (root, admin) says nothing about who wrote the brief.
    return name && !['root', 'admin', 'administrator', 'user'].includes(name.toLowerCase()) ? name : undefined;
  } catch {
    return undefined;
  }
}
