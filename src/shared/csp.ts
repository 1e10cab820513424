/**
 * The Content-Security-Policy for the window, in Electron and in browser mode alike: the one copy.
 * Servers send it as a header; the build writes it into index.html's meta tag (see
 * electron.vite.config.ts), so a page opened without the header is held to the same rules.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Lexical and React set style attributes; no inline script is ever allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for a meta tag, which browsers read without the directives only a header may carry. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Where index.html asks for the policy; the build replaces it. */
export const CSP_PLACEHOLDER = '%DOSSIER_CSP%';
