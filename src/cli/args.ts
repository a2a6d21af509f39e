/**
 * Command-line arguments, parsed without a dependency: the CLI's surface is small and stable.
 * @module
 */

/** What the command line asks for. */
export interface CliArgs {
  command: 'enrich' | 'related' | 'help' | 'version';
  files: string[];
  jsonl: boolean;
  pretty: boolean;
  /** `--html`: print a standalone HTML page of the (first) article instead of JSON. */
  html: boolean;
  lang?: string;
  top: number;
  /** `--workers N`: enrich JSON lines on N worker threads (output order kept). Default 1. */
  workers?: number;
}

/** Thrown for a command line the CLI cannot run; the message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses `argv` (without `node` and the script path). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'enrich', files: [], jsonl: false, pretty: false, html: false, top: 5 };
  let rest = argv;
  if (rest[0] === 'related') {
    args.command = 'related';
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '--pretty') args.pretty = true;
    else if (arg === '--html') args.html = true;
    else if (arg === '--lang') args.lang = value();
    else if (arg === '--top') args.top = positiveInteger(arg, value());
    else if (arg === '--workers') args.workers = positiveInteger(arg, value());
    else if (arg === '-h' || arg === '--help') args.command = 'help';
    else if (arg === '-v' || arg === '--version') args.command = 'version';
    else if (arg === '-') args.files.push(arg);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}; see news-enrich --help`);
    else args.files.push(arg);
  }
  if (args.html && (args.jsonl || args.command === 'related')) throw new UsageError('--html renders one article: news-enrich --html FILE > out.html');
  if (args.workers !== undefined && (!args.jsonl || args.command !== 'enrich')) throw new UsageError('--workers applies to JSON lines: news-enrich --jsonl FILE --workers N');
  if (args.command === 'related' && !args.jsonl) throw new UsageError('related reads JSON lines: news-enrich related --jsonl FILE --top K');
  return args;
}

function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive integer, got ${text}`);
  return n;
}

/** The help text. */
export const USAGE = `news-enrich: structured metadata from news articles (ru, kk, en)

Usage:
  news-enrich [--pretty] [--lang xx] FILE...     one JSON Enrichment per file (.html/.htm parsed as HTML)
  news-enrich [--pretty] [--lang xx]             reads one article from stdin
  news-enrich --jsonl [FILE|-]                   one Enrichment per JSON line; input lines carry
                                                 text or html, and optionally id, lang, title, url;
                                                 --workers N spreads them over N threads, same order
  news-enrich related --jsonl FILE [--top K]     for each line: { id, related: [{ id, score, shared }] }
  news-enrich --html [--lang xx] [FILE]          a standalone HTML page of the (first) article: mentions
                                                 coloured by type, quotes and speakers, chrome dimmed

A bad JSON line gives { "id", "error" } on its output line; the run goes on and exits with 1.
Progress goes to stderr when stderr is a terminal; stdout carries only JSON (or the --html page).
`;
