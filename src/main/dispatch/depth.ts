/**
 * Nesting checks that never recurse themselves, so they can run before anything that does (a
 * schema check, a JSON.stringify on save, an export's tree walk) meets a value nested 10,000 deep.
 */

/** Deepest nesting of any call's arguments. Notes' content is a string, checked on its own. */
export const MAX_ARGUMENT_DEPTH = 64;
/** More values than this in one call's arguments is no call the window makes. */
const MAX_VALUES = 200_000;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether JSON text nests arrays and objects deeper than `limit`, read in one pass without parsing it. */
export function jsonTooDeep(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

/**
 * Whether a value (as IPC hands it over: it may even hold cycles or shared parts) nests deeper than
 * `limit` or holds too many values. Walked with an explicit stack; a cycle shows up as depth.
 */
export function valueTooDeep(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let seen = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++seen > MAX_VALUES) return true;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    seen += children.length;
  }
  return false;
}
