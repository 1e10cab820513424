import * as chrono from 'chrono-node/en';

/**
 * chrono's English parser with each pattern made case-blind by letter classes ("[aA][gG][oO]") instead of the i
 * flag. The matches are the same: the patterns' letters are ASCII, and without the u flag the i flag folds an ASCII
 * letter to its other case only (a pattern holding any other letter is left as it is). But V8 compiles the longest
 * patterns ("two days ago", "three weeks later") to machine code in a quarter of the time: about 65 ms less for
 * every process that reads dates, the CLI's first article and the app's first import among them.
 *
 * And a parser is not run over a sentence that lacks what its pattern cannot match without (NEEDS): chrono runs all
 * eighteen over every sentence it is given, and most find nothing there. On GMB's news such misses were half of what
 * chrono cost.
 */
export const dateParser: chrono.Chrono = (() => {
  const parser = chrono.casual.clone();
  const blind = new WeakMap<RegExp, { pattern: RegExp; needs: Need | undefined }>();
  for (const p of parser.parsers) {
    const pattern = p.pattern.bind(p);
    const name = p.constructor.name;
    p.pattern = (context) => {
      const original = pattern(context);
      let out = blind.get(original);
      if (!out) {
        out = { pattern: caseBlind(original), needs: needsOf(name, original) };
        blind.set(original, out);
      }
      return out.needs && !out.needs.in(context.text) ? FINDS_NOTHING : out.pattern;
    };
  }
  return parser;
})();

// Fails at the text's start, and being anchored there, is tried nowhere else.
const FINDS_NOTHING = /^(?!)/;

/** What a pattern cannot match without, looked for case-blind (as the patterns are, and as fast), once a sentence. */
class Need {
  private readonly pattern: RegExp;
  private text = '';
  private found = false;

  constructor(pattern: RegExp) {
    this.pattern = caseBlind(pattern);
  }

  /** Whether the text holds it: the month's names, which four parsers need, are looked for once a sentence. */
  in(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.found = this.pattern.test(text);
    }
    return this.found;
  }
}

const MONTH = { piece: '(?:september|february|november|december|january|october|august|march|april|', needs: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i };

/**
 * What each parser's pattern cannot match without, as chrono 2.10's English patterns read (a word or figure outside
 * every optional group): a sentence that lacks it gives the parser nothing. Each is trusted only while the parser's
 * pattern still holds `piece`, the part of it that says so, so a chrono whose patterns changed runs them all again.
 */
const NEEDS: Record<string, { piece: string; needs: RegExp }> = {
  ENYearMonthDayParser: { piece: '(\\W|^)([0-9]{4})[-\\.\\/\\s]', needs: /\d{4}[-./\s]/ },
  ISOFormatParser: { piece: '(\\W|^)([0-9]{4})\\-([0-9]{1,2})\\-', needs: /\d{4}-\d/ },
  SlashDateFormatParser: { piece: '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})', needs: /\d[/.-]\d/ },
  ENSlashMonthFormatParser: { piece: '\\/([0-9]{4})', needs: /\/\d{4}/ },
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENMonthNameParser: MONTH,
  ENTimeExpressionParser: { piece: '(\\d{1,4})', needs: /\d/ },
  ENTimeUnitAgoFormatParser: { piece: '\\s{0,5}(?:ago|before|earlier)(?=\\W|$)', needs: /ago|before|earlier/i },
  ENTimeUnitLaterFormatParser: { piece: '\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))', needs: /later|after|from now|henceforth|forward|out/i },
  ENCasualDateParser: { piece: '(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)', needs: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i },
  ENCasualTimeParser: { piece: '(morning|afternoon|evening|night|midnight|midday|noon)(?=\\W|$)', needs: /morning|noon|evening|night|midday/i },
  ENEndOfCurrentMonthParser: { piece: '\\s+of\\s+(?:the\\s+)?month(?=\\W|$)', needs: /month/i },
  ENRelativeDateFormatParser: { piece: '(this|last|past|next|after\\s*this)\\s*(', needs: /this|last|past|next/i },
  ENTimeUnitCasualRelativeFormatParser: { piece: '(this|last|past|next|after|\\+|-)\\s*(', needs: /this|last|past|next|after|[+-]/i },
};

const needs = new Map<RegExp, Need>();

/** The parser's need (NEEDS), where its pattern still reads as it did when the need was written down; one a need, shared. */
function needsOf(name: string, pattern: RegExp): Need | undefined {
  const need = NEEDS[name];
  if (!need || !pattern.flags.includes('i') || !pattern.source.includes(need.piece)) return undefined;
  let out = needs.get(need.needs);
  if (!out) {
    out = new Need(need.needs);
    needs.set(need.needs, out);
  }
  return out;
}

const ASCII_LETTER = /[a-zA-Z]/;

/** How many characters an escape at `i` (its backslash) spans: \xHH and \uHHHH whole, \cX with its letter; else two. */
function escapeLength(source: string, i: number): number {
  const kind = source[i + 1];
  return kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'c' ? 3 : 2;
}

/**
 * The pattern without the i flag, each ASCII letter as a class of both its cases; the pattern itself where that
 * cannot be done exactly (the u or v flag, a letter beyond ASCII, a named group, a class range across the cases).
 */
export function caseBlind(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  if (!flags.includes('i') || /[uv]/.test(flags) || /[^\x00-\x7f]/.test(source) || /\(\?<[a-zA-Z]|\\k</.test(source)) return pattern;
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i];
    if (ch === '\\') {
      // An escape keeps its letters: \s, \b, \W, \d, a backreference, \x41, \u0041.
      const n = escapeLength(source, i);
      out += source.slice(i, i + n);
      i += n;
      continue;
    }
    if (ch !== '[') {
      out += ASCII_LETTER.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
      i++;
      continue;
    }
    // A class: its letters and letter ranges gain their other case, negated or not ("[^a]" with the flag is "[^aA]").
    let j = i + 1;
    let body = source[j] === '^' ? '^' : '';
    if (body) j++;
    let other = '';
    while (j < source.length && source[j] !== ']') {
      if (source[j] === '\\') {
        const n = escapeLength(source, j);
        body += source.slice(j, j + n);
        j += n;
        continue;
      }
      const a = source[j];
      const b = source[j + 2];
      if (source[j + 1] === '-' && b !== undefined && b !== ']' && b !== '\\') {
        if (ASCII_LETTER.test(a) !== ASCII_LETTER.test(b) || (ASCII_LETTER.test(a) && (a <= 'Z') !== (b <= 'Z'))) return pattern;
        if (ASCII_LETTER.test(a)) other += a <= 'Z' ? `${a.toLowerCase()}-${b.toLowerCase()}` : `${a.toUpperCase()}-${b.toUpperCase()}`;
        body += `${a}-${b}`;
        j += 3;
        continue;
      }
      if (ASCII_LETTER.test(a)) other += a === a.toLowerCase() ? a.toUpperCase() : a.toLowerCase();
      body += a;
      j++;
    }
    out += `[${body}${other}]`;
    i = j + 1;
  }
  return new RegExp(out, flags.replace('i', ''));
}
