import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The name rules' compiled code is built for the one object layout every mention is made with ({ start, end, type, text },
// written out). A spread copy ({ ...n, end }) gets a layout of its own, and writing a mention's start, end or text after it
// is made takes those fields out of the shared layout's constants: either throws away the compiled code of every rule the
// first time such a mention passes through them, about sixty at once, and they run slowly until they are compiled again.
const ROOT = join(__dirname, '../../../../src/main/extract');
const FILES = ['names.ts', 'nameRules.ts', ...readdirSync(join(ROOT, 'nameRules')).map((f) => join('nameRules', f))];

describe('mentions keep one layout in the name rules', () => {
  it.each(FILES)('%s makes no spread copies and writes no start, end or text', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(?:\/\/|\*)/.test(l))
      .join('\n');
    expect(source.match(/\{\s*\.\.\.\w+/g) ?? []).toEqual([]);
    expect(source.match(/\b\w+\.(?:start|end|text)\s*(?:[-+]?=)(?!=)/g) ?? []).toEqual([]);
  });
});
