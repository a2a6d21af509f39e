/**
 * Corrections the English tagger's training data cannot teach: GUM and wikigold have few news
 * titles before names, no sports results or scorecards, few agencies and datelines. Each rule is
 * one function from a sentence's words and the tagger's spans to corrected spans; tagger.ts runs
 * them in a fixed order (the order matters: later rules see earlier corrections), so they run
 * wherever the tagger runs (the pack, and the scorers measuring it). Rules that need the
 * whole document (a name's type from all its mentions, sports documents) live in consistency.ts
 * and sports.ts.
 * @module
 */
import type { TokenSpan } from '../../entities/tagger/index.js';
import { startsUpper } from '../../entities/tagger/features.js';
import { loadGazetteer } from '../../entities/link/gazetteer.js';
import { LEADING_TITLE } from './roles.js';

const MAX_NAME_WORDS = 4;

/** Words of titles and bodies that follow a title word but never start a name ("Foreign Affairs", "Defence Ministry"). */
const NOT_NAME = new Set([
  'affairs', 'relations', 'policy', 'trade', 'security', 'development', 'ministry', 'office', 'council', 'committee',
  'department', 'service', 'services', 'forces', 'staff', 'cabinet', 'government', 'parliament', 'assembly', 'agency',
  'commission', 'board', 'court', 'house', 'bank', 'union', 'party', 'officer', 'general', 'of',
]);

function isNameWord(word: string): boolean {
  if (!startsUpper(word)) return false;
  const lower = word.toLowerCase();
  // Plural titles ("Foreign Ministers") are bodies of people, not a name.
  const singular = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return /\p{Ll}/u.test(word) && !LEADING_TITLE.has(lower) && !NOT_NAME.has(lower) && !LEADING_TITLE.has(singular);
}

/**
 * Names right after a capitalized title ("President Kassym-Jomart Tokayev", "Foreign Minister
 * Murat Nurtleu") are people: an untagged run of up to four capitalized words after one becomes a
 * PER span, and a span the tagger typed otherwise that starts there is retyped. All-caps words
 * never count (headlines say nothing by their case).
 */
export function titleLedNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out = spans.slice();
  const covering = new Int32Array(words.length).fill(-1);
  out.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) covering[t] = k;
  });
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!startsUpper(w) || !LEADING_TITLE.has(w.toLowerCase())) continue;
    let j = i + 1;
    if (words[j] === '.') j++;
    if (j >= words.length || !isNameWord(words[j]!)) continue;
    let end = j;
    while (end < words.length && end - j < MAX_NAME_WORDS && isNameWord(words[end]!)) end++;
    const k = covering[j]!;
    if (k < 0) {
      let free = true;
      for (let t = j; t < end; t++) if (covering[t]! >= 0) free = false;
      if (free) out.push({ start: j, end, type: 'PER' });
    } else if (out[k]!.start === j && out[k]!.type !== 'PER') out[k] = { ...out[k]!, type: 'PER' };
    i = end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An initial before a surname is a person ("G. Thorpe", "W. Athey"; the tokenizer splits "G" and
 * "."): an untagged initial-and-name run becomes PER, and a span starting at the surname takes the
 * initial in and becomes PER too.
 */
export function initialNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out = spans.slice();
  const covering = new Int32Array(words.length).fill(-1);
  out.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) covering[t] = k;
  });
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1] !== '.' || !/^\p{Lu}$/u.test(words[i]!) || covering[i]! >= 0 || covering[i + 1]! >= 0) continue;
    const j = i + 2;
    if (!isNameWord(words[j]!)) continue;
    // A sentence-final single capital ("... Plan B. Next") is not an initial.
    if (i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && covering[i - 1]! < 0 && !/^\p{Lu}$/u.test(words[i - 1]!)) continue;
    const k = covering[j]!;
    const before = i > 0 ? covering[i - 1]! : -1;
    if (before >= 0 && out[before]!.type === 'PER' && out[before]!.end === i) {
      // A middle initial ("Robert O. Blake"): the name before it goes on through the surname.
      const end = k >= 0 && out[k]!.start === j ? out[k]!.end : k < 0 ? j + 1 : i;
      if (end > i) {
        out[before] = { ...out[before]!, end };
        if (k >= 0) out[k] = { ...out[k]!, type: '' };
      }
    } else if (k >= 0) {
      if (out[k]!.start === j) out[k] = { start: i, end: out[k]!.end, type: 'PER' };
    } else {
      let end = j + 1;
      while (end < words.length && end - j < 2 && isNameWord(words[end]!) && covering[end]! < 0) end++;
      out.push({ start: i, end, type: 'PER' });
    }
    i = j;
  }
  return out.filter((s) => s.type !== '').sort((a, b) => a.start - b.start);
}

/** Words that may stand between names and scores in a results line ("Essex v Kent", "Mladost ( L )"). */
const RESULT_GLUE = new Set(['v', 'vs', 'at', '(', ')', '-', ',', ':', '/', '.', "'s", '&']);

function isScore(word: string): boolean {
  return /^[\d.:/-]+$/.test(word) && /\d/.test(word);
}

/**
 * Sports results and standings ("Bolton 3 Wimbledon 1", "Reading 4 1 1 2 5 10 4"): in a line of
 * names and numbers only, each run of capitalized words next to a number is a team, an
 * organization, unless it is a country (national teams are places in CoNLL's convention, and
 * people stay people: "1. Rolf Sorensen ( Denmark ) Rabobank 20:36:54").
 */
export function sportsTeams(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let numbers = 0;
  for (const w of words) {
    if (isScore(w)) numbers++;
    else if (!startsUpper(w) && !RESULT_GLUE.has(w.toLowerCase())) return spans;
  }
  if (numbers < 2 || numbers * 4 < words.length) return spans;
  const gazetteer = loadGazetteer();
  const out: TokenSpan[] = [];
  let s = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && startsUpper(words[i]!) && !isScore(words[i]!)) continue;
    if (i > s) {
      const nextToScore = (i < words.length && isScore(words[i]!)) || (s > 0 && isScore(words[s - 1]!));
      const inside = spans.filter((sp) => sp.start < i && sp.end > s);
      if (inside.some((sp) => sp.type === 'PER') || !nextToScore) out.push(...inside);
      else {
        const name = words.slice(s, i).join(' ');
        const country = gazetteer.countryByName(name, 'en') ?? gazetteer.countryByName(name[0] + name.slice(1).toLowerCase(), 'en');
        out.push({ start: s, end: i, type: country ? 'LOC' : 'ORG', fixed: true });
      }
    }
    s = i + 1;
  }
  // A span crossing two runs ("Mladost ( L )") was kept from both.
  return out.filter((sp, k) => k === 0 || sp.start !== out[k - 1]!.start || sp.end !== out[k - 1]!.end);
}

const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function isUpperWord(word: string): boolean {
  return word.length > 1 && /^\p{Lu}[\p{Lu}'’.-]*$/u.test(word);
}

/** A date as datelines write it: "1996-08-30", "28.11.2024", or a month name (its day follows). */
function isDateStart(word: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(word) || /^\d\d?\.\d\d?\.\d{4}$/.test(word) || MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * News datelines ("LONDON 1996-08-30", "HERZLIYA , Israel 1996-08-31", "ASTANA , Nov 28"): an
 * all-caps place opening a sentence, then at most a region after a comma, then a date. Both names
 * are places; the tagger, seeing only capitals, often calls them organizations.
 */
export function datelines(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let i = 0;
  while (i < words.length && i < 3 && isUpperWord(words[i]!) && !MONTHS.has(words[i]!.toLowerCase())) i++;
  if (i === 0 || i >= words.length) return spans;
  const places: TokenSpan[] = [{ start: 0, end: i, type: 'LOC', fixed: true }];
  let j = i;
  if (words[j] === ',') {
    j++;
    const from = j;
    while (j < words.length && j - from < 3 && startsUpper(words[j]!) && !isDateStart(words[j]!)) j++;
    if (j === from) return spans;
    places.push({ start: from, end: j, type: 'LOC', fixed: true });
  }
  if (j >= words.length || !isDateStart(words[j]!)) return spans;
  const kept = spans.filter((s) => !places.some((p) => s.start < p.end && s.end > p.start));
  return [...places, ...kept].sort((a, b) => a.start - b.start);
}

/** The United Kingdom's nations: countries in news usage (national teams, "England and Wales"). */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/**
 * True when a word or phrase names a country (all-caps words are looked up title-cased:
 * "AUSTRIA" → "Austria"; the United Kingdom's nations count).
 */
export function countryOf(phrase: string): boolean {
  let known = countryCache.get(phrase);
  if (known === undefined) {
    if (countryCache.size >= 50_000) countryCache.clear();
    countryCache.set(phrase, (known = lookUpCountry(phrase)));
  }
  return known;
}

/** Phrases already looked up: the rules ask about the same capitalized words over and over. */
const countryCache = new Map<string, boolean>();

function lookUpCountry(phrase: string): boolean {
  if (HOME_NATIONS.has(phrase.toLowerCase())) return true;
  const gazetteer = loadGazetteer();
  if (gazetteer.countryByName(phrase, 'en')) return true;
  if (phrase !== phrase.toUpperCase()) return false;
  const titled = phrase.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
  return gazetteer.countryByName(titled, 'en') !== undefined;
}

/** Countries whose names are also given names ("Jordan", "Chad", "Georgia", "Israel"): a person span of one of them stays a person. */
const GIVEN_NAME_COUNTRIES = new Set(['jordan', 'chad', 'georgia', 'israel']);

/**
 * A person span that is a country's name is the country ("Sri Lanka beat Australia", "Belarus
 * beat Estonia": the tagger reads an unknown capitalized subject as a person), unless the name is
 * also a given name.
 */
function countryNotPerson(words: readonly string[], s: TokenSpan): boolean {
  return s.end - s.start > 1 || !GIVEN_NAME_COUNTRIES.has(words[s.start]!.toLowerCase());
}

/**
 * Country names the tagger left untagged ("England face Moldova", "US Assistant Secretary"): a
 * country's name is a place wherever it stands outside another name, and results tables and
 * all-caps headlines are where the tagger misses them most.
 */
export function untaggedCountries(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  // A country the tagger typed as a team or a group is still the country (national teams are
  // places by the CoNLL convention, and the library links countries).
  spans = spans.map((s) =>
    s.type === 'LOC' || (s.type === 'PER' && !countryNotPerson(words, s)) || s.type === 'MISC' || s.fixed || !countryOf(words.slice(s.start, s.end).join(' '))
      ? s
      : { ...s, type: 'LOC', fixed: true },
  );
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let t = s.start; t < s.end; t++) covered[t] = 1;
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !startsUpper(words[i]!)) continue;
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      let free = true;
      for (let t = i; t < i + len; t++) if (covered[t]) free = false;
      if (!free || !startsUpper(words[i + len - 1]!)) continue;
      if (!countryOf(words.slice(i, i + len).join(' '))) continue;
      added.push({ start: i, end: i + len, type: 'LOC', fixed: true });
      i += len - 1;
      break;
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A title's country run into the name after it ("Minister of Foreign Affairs of Kazakhstan Yermek
 * Kosherbayev"): a span right after "of" that starts with a country name and goes on with name
 * words is the country, then the person.
 */
export function countryThenName(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.end - s.start < 2 || s.start === 0 || words[s.start - 1]!.toLowerCase() !== 'of') {
      out.push(s);
      continue;
    }
    let split = 0;
    for (let len = Math.min(3, s.end - s.start - 1); len >= 1 && split === 0; len--) {
      if (countryOf(words.slice(s.start, s.start + len).join(' '))) split = s.start + len;
    }
    let names = split > 0;
    for (let t = split; names && t < s.end; t++) names = isNameWord(words[t]!);
    if (!names) out.push(s);
    else out.push({ start: s.start, end: split, type: 'LOC' }, { start: split, end: s.end, type: 'PER' });
  }
  return out;
}

/** Words that put two teams against each other in a fixture line. */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A run of capitalized words (1–4) from `from`; returns its end, or `from` when there is none. */
function capitalRun(words: readonly string[], from: number): number {
  let end = from;
  while (end < words.length && end - from < 4 && startsUpper(words[end]!) && !VERSUS.has(words[end]!.toLowerCase()) && words[end] !== 'AT') end++;
  return end;
}

/**
 * Fixture lines ("Essex v Kent", "ATLANTA AT CHICAGO", "Postponed : Walsall v Wrexham"): a whole
 * sentence of two capitalized runs joined by "v"/"vs" (or "AT" in an all-caps schedule) names two
 * teams — organizations, or places when they are countries (national teams); in "A AT B" the
 * second is the venue, a place.
 */
export function fixtureLines(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let a = 0;
  // An optional "Label :" before the fixture.
  const colon = words.indexOf(':');
  if (colon > 0 && colon < 4) a = colon + 1;
  const aEnd = capitalRun(words, a);
  if (aEnd === a || aEnd >= words.length) return spans;
  const joint = words[aEnd]!;
  if (!VERSUS.has(joint.toLowerCase()) && joint !== 'AT') return spans;
  const b = aEnd + 1;
  const bEnd = capitalRun(words, b);
  if (bEnd === b) return spans;
  // Only a trailing full stop or a bracketed note may follow.
  if (bEnd < words.length && words[bEnd] !== '.' && words[bEnd] !== '(') return spans;
  if (joint === 'AT' && words.slice(a, bEnd).some((w) => w !== w.toUpperCase())) return spans;
  const team = (s: number, e: number): TokenSpan => ({ start: s, end: e, type: countryOf(words.slice(s, e).join(' ')) ? 'LOC' : 'ORG', fixed: true });
  // "A AT B" in a schedule is a team at a venue: the home side is named by its place.
  const teams = [team(a, aEnd), joint === 'AT' ? { start: b, end: bEnd, type: 'LOC', fixed: true } : team(b, bEnd)];
  const kept = spans.filter((s) => !teams.some((t) => s.start < t.end && s.end > t.start));
  return [...kept, ...teams].sort((x, y) => x.start - y.start);
}

/** Calendar words a tagger may glue to the front of a name ("August National Association ..."). */
const CALENDAR = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Cleans span edges the tagger gets wrong in results and news text: a span is cut at bare
 * numbers ("Leicestershire 296", "Los Angeles 7 PHILADELPHIA 6" → two names: no name ends in a
 * score), and loses a calendar word at either end ("August National Association", "Jose Miguel
 * Insulza Monday") or a leading
 * article before two or more words ("The State Department"; "The Hague" stays).
 */
export function tidySpans(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let from = span.start;
    for (let t = span.start; t <= span.end; t++) {
      if (t < span.end && !isScore(words[t]!) && !DASHES.has(words[t]!)) continue;
      let s = from;
      let e = t;
      while (s < e && !startsUpper(words[s]!)) s++;
      while (e > s && !/[\p{L}\p{N}]/u.test(words[e - 1]!)) e--;
      if (span.type === 'PER') s = personStart(words, s, e);
      if (e - s > 1 && CALENDAR.has(words[s]!.toLowerCase())) s++;
      if (e - s > 1 && CALENDAR.has(words[e - 1]!.toLowerCase())) e--;
      if (e - s > 2 && words[s]!.toLowerCase() === 'the') s++;
      // A title before a name is not part of the name before it ("US Assistant | Secretary ...").
      const after = e < words.length ? words[e]! : '';
      while (e - s > 1 && e === span.end && startsUpper(after) && LEADING_TITLE.has(words[e - 1]!.toLowerCase())) e--;
      if (e > s) out.push(s === span.start && e === span.end ? span : { ...span, start: s, end: e });
      from = t + 1;
    }
  }
  return out;
}

/** A dash standing alone between words: "Sri Lanka - Arjuna Ranatunga" is two names. */
const DASHES = new Set(['-', '--', '–', '—']);

/** Capitalized words that open a sentence before a name but are never part of it ("During Rosati 's trip"). */
const NOT_IN_NAME = new Set(['during', 'before', 'after', 'since', 'with', 'without', 'when', 'while', 'as', 'but', 'and', 'for', 'from', 'if', 'by', 'democrat', 'republican']);

/**
 * Where a person's name really starts in a tagged run: after a function word opening the
 * sentence ("During Rosati") or a party word ("Democrat Walter Mondale"), and after a country
 * adjective before a full name ("American Dennis Mitchell": the nationality is not the name).
 */
function personStart(words: readonly string[], s: number, e: number): number {
  if (e - s > 1 && /\p{Ll}/u.test(words[s]!) && NOT_IN_NAME.has(words[s]!.toLowerCase())) return s + 1;
  if (e - s > 2 && isNameWord(words[s + 1]!) && loadGazetteer().countryByAdjective(words[s]!, 'en')) return s + 1;
  return s;
}

/**
 * Places scored in results text ("Derbyshire 471 and 71-1 ( J. Adams 123 ) , Kent 244"): in a
 * sentence thick with scores, a place name (not a country) right before a score is a club, an
 * organization. Countries stay places (national teams) and people stay people.
 */
export function scoredPlaces(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let numbers = 0;
  for (const w of words) if (isScore(w)) numbers++;
  if (numbers < 2 || numbers * 5 < words.length) return spans;
  const out = spans.map((s) =>
    s.type === 'LOC' && !s.fixed && s.end < words.length && isScore(words[s.end]!) && !countryOf(words.slice(s.start, s.end).join(' '))
      ? { ...s, type: 'ORG', fixed: true }
      : s,
  );
  return [...out, ...scoredSides(words, out)].sort((a, b) => a.start - b.start);
}

/** Tokens that may follow a side's total in a results line. */
const TOTAL_FOLLOWERS = new Set([',', '(', 'and', ';', '.', ')']);

/** Function words capitalized at a line's start ("The 2007 event"): never a side. */
const NOT_SIDE = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'after', 'before', 'since', 'until', 'and', 'or']);

function isSideWord(word: string): boolean {
  return isNameWord(word) && !NOT_SIDE.has(word.toLowerCase()) && !MONTHS.has(word.toLowerCase());
}

/** A side's total in a results line: runs ("372"), runs for wickets ("429-7"), a score ("2-1"); not bowling figures ("10-0-41-2"). */
function isSideTotal(word: string): boolean {
  return /^\d+(?:-\d+)?$/.test(word);
}

/**
 * Untagged sides in a results line ("Warwickshire 195 , Surrey 429-7 ( C. Lewis 80 )"): a run of
 * one to three capitalized words, opening the line or after a comma, colon or "and", right
 * before a side's total, is a team. A country is a place (a national side); a run after an
 * initial ("C. Lewis 80") is a player, and the initials rule has it already.
 */
function scoredSides(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let t = s.start; t < s.end; t++) covered[t] = 1;
  const added: TokenSpan[] = [];
  for (let e = 1; e < words.length; e++) {
    if (!isSideTotal(words[e]!) || covered[e - 1] || !isSideWord(words[e - 1]!)) continue;
    // What follows a total: the line's end, the next side, the innings' details, a second total.
    const after = words[e + 1];
    if (after !== undefined && !TOTAL_FOLLOWERS.has(after) && !isSideTotal(after)) continue;
    let s = e - 1;
    while (s > 0 && e - s < 3 && !covered[s - 1] && isSideWord(words[s - 1]!)) s--;
    const before = s > 0 ? words[s - 1]! : '';
    if (before !== '' && before !== ',' && before !== ':' && before !== 'and') continue;
    const name = words.slice(s, e).join(' ');
    added.push({ start: s, end: e, type: countryOf(name) ? 'LOC' : 'ORG', fixed: true });
  }
  return added;
}

/** Nouns that introduce an organization's name right after them ("news agency Tanjug", "tyre giant Pirelli"). */
const ORG_DESCRIPTORS = new Set([
  'agency', 'newspaper', 'daily', 'weekly', 'paper', 'magazine', 'broadcaster', 'channel', 'network', 'company', 'firm',
  'group', 'giant', 'maker', 'manufacturer', 'producer', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'retailer',
  'club', 'team', 'subsidiary', 'unit', 'conglomerate', 'operator', 'brokerage', 'consultancy', 'publisher', 'distributor',
  'chain', 'exporter', 'importer', 'supplier', 'developer', 'utility', 'startup', 'holding', 'movement', 'faction',
]);

/**
 * A name right after an organization noun ("news agency Tanjug", "tyre giant Pirelli", "the
 * weekly Der Spiegel") is an organization, whatever the tagger guessed for the unknown word.
 */
export function describedOrganizations(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  return spans.map((s) => {
    if (s.start === 0 || s.type === 'ORG' || s.type === 'MISC' || s.fixed) return s;
    if (!ORG_DESCRIPTORS.has(words[s.start - 1]!) || countryOf(words.slice(s.start, s.end).join(' '))) return s;
    return { ...s, type: 'ORG', fixed: true };
  });
}

/**
 * Surnames standing alone: a capitalized word the tagger left untagged, or typed as something
 * else, is a person when it is a known public figure's surname (`isKnownPerson`) or has a
 * Slavic or Central Asian surname ending (-ov, -yev, -ova, -enko, -uly, -zoda ...) and is no
 * ordinary word (`isCommon`).
 */
export function lonePeople(words: readonly string[], spans: TokenSpan[], isKnownPerson: (lower: string) => boolean, isCommon: (lower: string) => boolean): TokenSpan[] {
  const covering = new Int32Array(words.length).fill(-1);
  spans.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) covering[t] = k;
  });
  let out = spans;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // The cheap tests first: most words fail on case alone.
    if (!startsUpper(w) || (i + 1 < words.length && startsUpper(words[i + 1]!)) || (i > 0 && startsUpper(words[i - 1]!) && covering[i - 1]! < 0) || !isNameWord(w)) continue;
    const lower = w.toLowerCase();
    const known = isKnownPerson(lower);
    if (!known && (isCommon(lower) || !SURNAME_ENDING.test(lower))) continue;
    const k = covering[i]!;
    if (k >= 0) {
      const s = out[k]!;
      if (s.start === i && s.end === i + 1 && s.type !== 'PER' && !s.fixed && known) out = out.map((x, j) => (j === k ? { ...x, type: 'PER' } : x));
      continue;
    }
    out = [...out, { start: i, end: i + 1, type: 'PER' }];
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

/** Surname endings of Russian, Kazakh, Uzbek, Kyrgyz, Tajik and Ukrainian names in English spelling. */
const SURNAME_ENDING = /(?:[oe]v|yev|iyev|[oe]va|yeva|enko|uly|kyzy|qizi|zoda|zade|bekov|baev|bayev|ovich|evich|ovna|evna)$/;

/** Lowercase words that belong inside names ("Rio de Janeiro", "Osama bin Laden", "Isle of Man"). */
const NAME_PARTICLES = new Set(['of', 'and', 'the', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'des', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'on', 'upon', 'for', '&']);

/** Heads of place and body names that take "of <country>" ("Gulf of Mexico", "Bank of Japan"). */
const OF_HEADS = new Set(['gulf', 'bay', 'isle', 'island', 'islands', 'sea', 'strait', 'straits', 'cape', 'republic', 'kingdom', 'state', 'states', 'province', 'region', 'city', 'coast', 'sultanate', 'emirate', 'principality', 'federation', 'union', 'commonwealth']);

/**
 * Splits place and person spans the tagger ran over two names: at an ordinary lowercase word
 * ("England face Moldova" → England, Moldova; "Tokayev met Putin"), and, for places, before "of <country>" when what precedes is not a place head
 * ("Parnevik of Sweden" → Parnevik, Sweden; "Gulf of Mexico" stays).
 */
export function splitPlaceRuns(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if ((span.type !== 'LOC' && span.type !== 'PER') || span.end - span.start < 3) {
      out.push(span);
      continue;
    }
    const cuts: number[] = [];
    for (let t = span.start + 1; t < span.end - 1; t++) {
      const w = words[t]!;
      if (startsUpper(w) || !/\p{Ll}/u.test(w)) continue;
      if (!NAME_PARTICLES.has(w)) cuts.push(t);
      else if (span.type === 'LOC' && w === 'of' && t === span.start + 1 && !OF_HEADS.has(words[span.start]!.toLowerCase()) && countryOf(words.slice(t + 1, span.end).join(' '))) cuts.push(t);
    }
    if (cuts.length === 0) {
      out.push(span);
      continue;
    }
    let from = span.start;
    for (const cut of [...cuts, span.end]) {
      if (cut > from) out.push({ ...span, start: from, end: cut });
      from = cut + 1;
    }
  }
  return out;
}

/**
 * Sportspeople with their country in brackets ("Irina Privalova ( Russia ) 11.27", "Lisa Raymond
 * ( U.S. ) beat ..."): a run of two or three capitalized words right before "( <country> )" is a
 * person when none of its words is an ordinary word (`isCommon`: "Red Star ( Yugoslavia )" is a
 * club).
 */
export function nationalityNames(words: readonly string[], spans: TokenSpan[], isCommon: (lower: string) => boolean): TokenSpan[] {
  let out = spans;
  for (let open = 2; open < words.length - 2; open++) {
    if (words[open] !== '(') continue;
    const close = words.indexOf(')', open + 1);
    if (close < 0 || close - open > 6) continue;
    const inside = words.slice(open + 1, close).join(' ').replace(/ \. /g, '.').replace(/ \.$/, '.');
    if (!countryOf(inside) && !countryOf(inside.replace(/\.$/, '')) && !countryOf(words.slice(open + 1, close).join(''))) continue;
    let start = open;
    while (start > 0 && open - start < 3 && isNameWord(words[start - 1]!) && !isCommon(words[start - 1]!.toLowerCase())) start--;
    if (open - start < 2) continue;
    const inRun = (s: TokenSpan) => s.start < open && s.end > start;
    if (out.some((s) => inRun(s) && (s.type === 'PER' || s.fixed) && s.start === start && s.end === open)) continue;
    out = [...out.filter((s) => !inRun(s)), { start, end: open, type: 'PER', fixed: true }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Last words that make a capitalized run an organization ("Foreign Ministry", "Security Council", "Acme Corp"). */
const ORG_HEADS = new Set([
  'ministry', 'department', 'office', 'council', 'committee', 'commission', 'agency', 'party', 'federation',
  'association', 'authority', 'court', 'parliament', 'assembly', 'senate', 'congress', 'league', 'club', 'institute',
  'university', 'corporation', 'company', 'inc', 'corp', 'ltd', 'plc', 'llc', 'group', 'newsroom', 'airlines', 'airways',
]);

/** Words allowed inside an organization's name between capitalized words. */
const ORG_GLUE = new Set(['of', 'for', 'and', '&', 'the', 'on']);

/**
 * Capitalized runs headed by an organization word ("the Foreign Ministry", "Interior Ministry",
 * "Douglas & Lomason") are organizations: an untagged run becomes ORG, and a place or person
 * span ending at the head is retyped. The run may hold "of", "for", "and", "&" inside.
 */
export function headedOrganizations(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out = spans;
  for (let i = 0; i < words.length; i++) {
    const head = words[i]!;
    if (head !== '&' && !startsUpper(head)) continue;
    const lower = head.toLowerCase().replace(/\.$/, '');
    const amp = head === '&' && i > 0 && i + 1 < words.length && startsUpper(words[i - 1]!) && startsUpper(words[i + 1]!);
    if (!amp && !(startsUpper(head) && ORG_HEADS.has(lower))) continue;
    const end = amp ? i + 2 : i + 1;
    let start = amp ? i - 1 : i;
    while (start > 0 && end - start < 6) {
      const w = words[start - 1]!;
      if (startsUpper(w) && w !== 'The') start--;
      else if (ORG_GLUE.has(w) && start > 1 && startsUpper(words[start - 2]!) && words[start - 2] !== 'The') start -= 2;
      else break;
    }
    if (end - start < 2) continue;
    const over = out.filter((s) => s.start < end && s.end > start);
    // A shorter organization span ending at the head ("Foreign [Ministry]") grows to the run's start.
    const grows = over.length === 1 && over[0]!.type === 'ORG' && over[0]!.end === end && over[0]!.start > start;
    if (!grows && over.some((s) => s.type === 'ORG' || s.fixed || s.start < start || s.end > end)) continue;
    out = [...out.filter((s) => !over.includes(s)), { start, end, type: 'ORG' }].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}

/** Known names by their lowercased words, for a quick look-up at each capitalized word. */
export interface KnownNames {
  /** Lowercased names, words joined by single spaces. */
  readonly names: ReadonlySet<string>;
  /**
   * First words of the names as texts write them (as listed, lower case, upper case, capitalized):
   * most words are not one, and are turned away without lowercasing them.
   */
  readonly firstWords: ReadonlySet<string>;
  /** The most words in a name. */
  readonly maxWords: number;
}

/** The {@link KnownNames} of a list of names as written ("Associated Press", "Itar-Tass"). */
export function knownNames(list: readonly string[]): KnownNames {
  const names = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const name of list) {
    const parts = name.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    names.add(parts.join(' '));
    const first = name.trim().split(/\s+/)[0]!;
    for (const form of [first, parts[0]!, first.toUpperCase(), first[0]!.toUpperCase() + parts[0]!.slice(1)]) firstWords.add(form);
    maxWords = Math.max(maxWords, parts.length);
  }
  return { names, firstWords, maxWords };
}

/** The end of the longest known name starting at `i`; `i` when none does. */
function knownNameEnd(words: readonly string[], i: number, known: KnownNames): number {
  if (!known.firstWords.has(words[i]!)) return i;
  let phrase = words[i]!.toLowerCase();
  let end = known.names.has(phrase) ? i + 1 : i;
  for (let t = i + 1; t < words.length && t - i < known.maxWords; t++) {
    phrase += ' ' + words[t]!.toLowerCase();
    if (known.names.has(phrase) && startsUpper(words[t]!)) end = t + 1;
  }
  return end;
}

/**
 * News agencies and broadcasters named alone ("told Reuters", "Interfax news agency said"):
 * a known organization's name is an organization wherever it stands on its own — untagged, or as
 * a whole span of another type. A longer name around it ("Reuters Television") is left to the
 * tagger. CoNLL-2003 dev: micro F1 +0.5 (the tagger read "told Reuters" as a person).
 */
export function knownOrganizations(words: readonly string[], spans: TokenSpan[], known: KnownNames): TokenSpan[] {
  let out = spans;
  for (let i = 0; i < words.length; i++) {
    if (!startsUpper(words[i]!)) continue;
    const end = knownNameEnd(words, i, known);
    if (end === i) continue;
    // Only a whole name: not inside a run of capitalized words.
    if (i > 0 && startsUpper(words[i - 1]!) && /\p{Ll}/u.test(words[i - 1]!)) continue;
    if (end < words.length && startsUpper(words[end]!) && /\p{Ll}/u.test(words[end]!)) continue;
    const over = out.filter((s) => s.start < end && s.end > i);
    if (over.some((s) => s.fixed || s.start < i || s.end > end)) continue;
    out = [...out.filter((s) => !over.includes(s)), { start: i, end, type: 'ORG', fixed: true }].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}

/** An acronym as news writes one in brackets: two to six capitals, maybe with a digit or a hyphen ("KDP", "SLORC", "G7"). */
function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&-]{1,5}$/u.test(word);
}

/**
 * An acronym in brackets right after a tagged name is that name's ("Kurdistan Democratic Party
 * ( KDP )", "Iraqi News Agency ( INA )"), and a tagged name in brackets right after an acronym is
 * the acronym's ("KDP ( Kurdistan Democratic Party )"): the untagged acronym takes the name's
 * type. The document pass then finds the acronym's other mentions.
 */
export function bracketedAcronyms(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  if (!words.includes('(')) return spans;
  let out = spans;
  // The acronym at `t` takes `name`'s type: untagged, or a lone word the tagger typed otherwise.
  const give = (t: number, name: TokenSpan | undefined) => {
    if (!name || name.type === 'MISC' || name.end - name.start < 2) return;
    const own = out.find((s) => s.start <= t && s.end > t);
    if (own && (own.fixed || own.start !== t || own.end !== t + 1 || own.type === name.type)) return;
    out = [...out.filter((s) => s !== own), { start: t, end: t + 1, type: name.type }].sort((a, b) => a.start - b.start);
  };
  for (let open = 1; open + 2 < words.length; open++) {
    if (words[open] !== '(') continue;
    // "Name ( ACR )"
    if (words[open + 2] === ')' && isAcronym(words[open + 1]!)) give(open + 1, out.find((s) => s.end === open));
    // "ACR ( Name )"
    else if (isAcronym(words[open - 1]!)) {
      const name = out.find((s) => s.start === open + 1);
      if (name && words[name.end] === ')') give(open - 1, name);
    }
  }
  return out;
}

/** Cricket's dismissal marks before a fielder's or bowler's name: "c Healy b Fleming 44", "st Kaluwitharana", "c and b Jayasuriya". */
const DISMISSAL = new Set(['b', 'c', 'st']);

/**
 * Cricket scorecards ("S. Jayasuriya c Healy b Fleming 44"): in a line with a score, a run of
 * one or two name words right after a dismissal mark is a player, a person.
 */
export function scorecardNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  if (!words.some((w) => DISMISSAL.has(w)) || !words.some(isScore)) return spans;
  let out = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!DISMISSAL.has(words[i]!) || !isNameWord(words[i + 1]!)) continue;
    let end = i + 2;
    if (end < words.length && isNameWord(words[end]!)) end++;
    const over = out.filter((s) => s.start < end && s.end > i + 1);
    if (over.some((s) => s.fixed || s.type === 'PER' || s.start < i + 1 || s.end > end)) continue;
    out = [...out.filter((s) => !over.includes(s)), { start: i + 1, end, type: 'PER', fixed: true }].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}

/** Lowercase particles inside surnames ("van der Westhuizen", "de Silva", "bin Laden"). */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);

/**
 * Surnames with particles: a person span, then lowercase particles, then a name word ("Joost |
 * van der | Westhuizen") is one person; so is "Van der Westhuizen" (a capitalized "Van"/"Von"
 * then particles and a name word). What the tagger made of the surname (a place, a person, or
 * nothing) goes into the one span.
 */
export function particleNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    // Particles are short: the length test turns most words away before the set look-up.
    if (words[i]!.length > 5 || !SURNAME_PARTICLES.has(words[i]!)) continue;
    let j = i;
    while (j < words.length && j - i < 3 && SURNAME_PARTICLES.has(words[j]!)) j++;
    if (j >= words.length || !isNameWord(words[j]!)) continue;
    const before = out.find((s) => s.end === i && s.type === 'PER');
    const capital = !before && i > 0 && (words[i - 1] === 'Van' || words[i - 1] === 'Von') ? i - 1 : -1;
    if (!before && capital < 0) continue;
    const start = before ? before.start : capital;
    const tail = out.find((s) => s.start <= j && s.end > j);
    if (tail && (tail.fixed || tail.start !== j || (tail.type !== 'PER' && tail.type !== 'LOC'))) continue;
    const end = tail ? tail.end : j + 1;
    if (out.some((s) => s !== before && s !== tail && s.start < end && s.end > start)) continue;
    out = [...out.filter((s) => s !== before && s !== tail), { start, end, type: 'PER' }].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}
