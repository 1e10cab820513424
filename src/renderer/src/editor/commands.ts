import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the link editor for the selection (toolbar button, Ctrl/Cmd+K, the Insert link menu item). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

/** Opens the find bar (Ctrl/Cmd+F, the Find in note menu item). */
export const OPEN_FIND_COMMAND: LexicalCommand<void> = createCommand('OPEN_FIND_COMMAND');
