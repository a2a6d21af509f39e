// Every regular expression in src/ must run in linear time on any input: a CMS feeds us text we do
// not control, and one catastrophic backtrack blocks the whole thread. Each regex literal and
// `new RegExp('...')` is found by a small scanner and checked by recheck (a ReDoS checker that runs
// in pure JS here); without recheck, a structural check catches the classic shapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** A regex found in the source: where it is, its pattern and flags (or why it cannot be checked). */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Set for `new RegExp(expr)` whose pattern is built at run time. */
  dynamic?: string;
}

/**
 * Known super-linear patterns, to be fixed by their owners: `file: source` → why it is tolerated.
 * The test fails on any unsafe regex not listed here and warns about entries no longer found.
 */
const KNOWN: Record<string, string> = {
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Finds regex literals and `new RegExp(` calls in TypeScript source. Crude on purpose: it skips
 * comments, strings and template literals, and reads a `/` as a regex where an expression starts.
 */
export function findRegexes(code: string, file: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  let last = ''; // the last significant token, to tell a regex from a division
  let beforeLast = '';
  let i = 0;
  const skipString = (quote: string) => {
    const start = i++;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') i++;
      else if (quote === '`' && code[i] === '$' && code[i + 1] === '{') {
        // Template substitution: skip to the matching brace (nested strings inside are rare in src/).
        let depth = 0;
        for (i++; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
      }
      i++;
    }
    i++;
    return code.slice(start + 1, i - 1);
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
    } else if (c === '"' || c === "'" || c === '`') {
      skipString(c);
      beforeLast = last;
      last = 'string';
    } else if (c === '/' && startsExpression(last, beforeLast)) {
      const start = i++;
      let inClass = false;
      while (i < code.length && (inClass || code[i] !== '/') && code[i] !== '\n') {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      const source = code.slice(start + 1, i++);
      const flags = /^[a-z]*/.exec(code.slice(i))![0];
      i += flags.length;
      found.push({ file, line: lineAt(start), source, flags });
      beforeLast = last;
      last = 'regex';
    } else if (/\s/.test(c)) {
      i++;
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(code.slice(i, i + 200))![0];
      if (word === 'new' && /^new\s+RegExp\s*\(/.test(code.slice(i, i + 40))) {
        const open = code.indexOf('(', i);
        found.push(newRegExp(code, open + 1, file, lineAt(i)));
      }
      i += word.length;
      beforeLast = last;
      last = word;
    } else {
      beforeLast = last;
      last = c;
      i++;
    }
  }
  return found;
}

/** The argument of `new RegExp(` when it is a plain string literal, else the expression's text. */
function newRegExp(code: string, at: number, file: string, line: number): FoundRegex {
  const rest = code.slice(at, at + 500);
  const literal = /^\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*(?:,\s*(['"])([a-z]*)\3\s*)?\)/.exec(rest);
  if (literal) {
    const source = (JSON.parse(`"${literal[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
    return { file, line, source, flags: literal[4] ?? '' };
  }
  return { file, line, source: '', flags: '', dynamic: /^[^;\n]*/.exec(rest)![0].trim() };
}

const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void', 'yield', 'await', 'delete', 'throw', 'new']);
function startsExpression(last: string, beforeLast: string): boolean {
  if (last === '') return true;
  // TypeScript's non-null assertion `x! / y` and `f()! / y`: the `!` ends an expression.
  if (last === '!' && (/^[)\]]$/.test(beforeLast) || (/^[\w$]+$/.test(beforeLast) && !EXPRESSION_KEYWORDS.has(beforeLast)))) return false;
  if (/^[\w$]+$/.test(last)) return EXPRESSION_KEYWORDS.has(last);
  return !/^[)\]}]$/.test(last) && last !== 'string' && last !== 'regex';
}

/**
 * Without recheck: flags a group under an unbounded quantifier whose body either holds another
 * unbounded quantifier with no plain (unquantified) atom to separate the repetitions ((a+)+,
 * (\w+\s?)*), or alternates branches that can start with the same character ((a|a)*): the shapes
 * behind nearly every catastrophic backtrack. Cruder than recheck (misses polynomial \s*x\s* cases).
 */
export function structurallyUnsafe(source: string): string | undefined {
  for (const token of tokens(source)) {
    if (!token.atom.startsWith('(')) continue;
    const body = token.atom.slice(1, -1).replace(/^\?(?::|=|!|<=|<!|<[\w$]+>)/, '');
    const inner = structurallyUnsafe(body);
    if (inner) return inner;
    if (!/^(?:[*+]|\{\d+,\})/.test(token.quantifier)) continue;
    const branches = splitTopLevel(body);
    const firsts = branches.map((b) => tokens(b)[0]?.atom ?? '');
    if (branches.length > 1 && new Set(firsts).size < firsts.length) return `overlapping alternation under a quantifier: ${token.atom}${token.quantifier}`;
    const parts = tokens(body);
    const unbounded = parts.some((t) => /^(?:[*+]|\{\d+,\})/.test(t.quantifier) || (t.atom.startsWith('(') && /(?:^|[^\\])(?:[*+]|\{\d+,\})/.test(t.atom)));
    const plain = parts.some((t) => t.quantifier === '' && !/^(?:\^|\$|\\b|\\B|\(\?[=!<])/.test(t.atom));
    if (unbounded && !plain && branches.length === 1) return `nested quantifier: ${token.atom}${token.quantifier}`;
  }
  return undefined;
}

/** Atoms (a character, an escape, a class, a whole group) with their quantifiers, at the top level. */
function tokens(source: string): { atom: string; quantifier: string }[] {
  const out: { atom: string; quantifier: string }[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
    } else if (c === '(') {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
      i++;
    } else i++;
    const atom = source.slice(start, i);
    const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i))?.[0] ?? '';
    i += quantifier.length;
    if (atom !== '|') out.push({ atom, quantifier });
  }
  return out;
}

/** The branches of a pattern's top-level alternation. */
function splitTopLevel(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

type Checker = (source: string, flags: string) => Promise<string | undefined>;

async function loadChecker(): Promise<{ name: string; check: Checker }> {
  try {
    // 'auto': recheck's native binary when npm installed it (an optional dependency, no download at
    // run time), else its pure-JS checker on a worker thread. Never the network.
    const recheck = await import('recheck');
    return {
      name: 'recheck',
      check: async (source, flags) => {
        const result = await recheck.check(source, flags, { timeout: 10_000 });
        if (result.status === 'vulnerable') return `${result.complexity.summary}, attack: ${result.attack.pattern}`;
        // Unknown (a timeout of the slower pure-JS checker, syntax it does not know) is no finding.
        if (result.status === 'unknown') console.warn(`regex-safety: recheck could not decide /${source}/${flags}: ${result.error.kind}`);
        return undefined;
      },
    };
  } catch {
    return { name: 'structural', check: async (source) => structurallyUnsafe(source) };
  }
}

describe('regex safety', () => {
  const files = sourceFiles(join(root, 'src'));
  const regexes = files.flatMap((path) => findRegexes(readFileSync(path, 'utf8'), relative(root, path)));

  it('finds the regexes in src/', () => {
    expect(regexes.length).toBeGreaterThan(50);
  });

  it('has no regex that can backtrack super-linearly', async () => {
    const { name, check } = await loadChecker();
    const unsafe: string[] = [];
    const known = new Set<string>();
    for (const regex of regexes) {
      if (regex.dynamic) continue; // built at run time; listed by the next test
      const problem = await check(regex.source, regex.flags);
      if (!problem) continue;
      const key = `${regex.file}: /${regex.source}/${regex.flags}`;
      if (key in KNOWN) known.add(key);
      else unsafe.push(`${regex.file}:${regex.line} /${regex.source}/${regex.flags}: ${problem}`);
    }
    expect(unsafe, `unsafe regexes (checked with ${name}):\n${unsafe.join('\n')}`).toEqual([]);
    // A fixed pattern leaves a stale entry: say so, but do not fail the owner's fix.
    const stale = Object.keys(KNOWN).filter((key) => !known.has(key));
    if (stale.length > 0) console.warn(`regex-safety: KNOWN entries no longer found (fixed?), remove them:\n${stale.join('\n')}`);
  }, 600_000);

  it('the checker in use flags a catastrophic pattern and passes a linear one', async () => {
    const { check } = await loadChecker();
    expect(await check('^(a+)+$', '')).toBeDefined();
    expect(await check('^\\d{1,2}:\\d{2}$', '')).toBeUndefined();
  }, 60_000);

  it('builds no regex at run time from an expression it cannot check', () => {
    const dynamic = regexes.filter((r) => r.dynamic).map((r) => `${r.file}:${r.line} new RegExp(${r.dynamic}`);
    expect(dynamic).toEqual([]);
  });

  it('the structural fallback catches the classic shapes and passes ordinary ones', () => {
    for (const bad of ['(a+)+$', '(a*)*b', '(a|a)*c', '(\\w+\\s?)*$', '(?:x+y?)+z']) expect(structurallyUnsafe(bad), bad).toBeDefined();
    for (const good of ['^\\s*<(!doctype|html)', '\\.html?$', '(?:ab)+', '[a-z]+(?:-[a-z]+)*', '\\d{1,3}(?:\\s\\d{3})*']) {
      expect(structurallyUnsafe(good), good).toBeUndefined();
    }
  });
});
