/** A post as the card and the sidebar show it, and as a correction names it: "former Defence Minister, LDP". */
export function postLabel(role: { title: string; organization?: string; former?: boolean }): string {
  return `${role.former ? 'former ' : ''}${role.title}${role.organization ? `, ${role.organization}` : ''}`;
}
