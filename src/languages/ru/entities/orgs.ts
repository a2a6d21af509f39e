/**
 * Organizations by pattern: a head noun with its adjectives and genitive chain ("Министерство
 * иностранных дел", "министерства энергетики Казахстана", "Верховный суд"), a head or legal form
 * before a quoted name ("каналу «Культура»", "ТОО «Казпочта»"), acronyms (ОДКБ, ЕАЭС) and runs of
 * Latin capitalized words in Russian text ("Associated Press").
 * @module
 */
import { entityId } from './ids.js';
import { accept, adjAt, adjacent, genitiveAt, isAcronym, isCapitalized, isLatin, isWord, lemmaAt, type RuContext } from './context.js';
import { EVENT_HEADS, LEGAL_FORMS, NOT_ACRONYM_ENTITIES, ORG_HEADS, WEAK_ORG_HEADS } from './lexicon.js';
import { lemmaOf, nominativePhrase } from './phrase.js';

const MAX_CHAIN = 5;
const MAX_QUOTED = 6;

/** Quoted names after an organization or event head, or after a legal form. */
export function matchQuotedNames(ctx: RuContext): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.text !== '«' && open.text !== '"') continue;
    const close = closingQuote(ctx, i);
    if (close < 0 || !isCapitalized(tokens[i + 1]!.text) && !isAcronym(tokens[i + 1]!.text)) continue;
    const prev = tokens[i - 1]!;
    if (!isWord(prev)) continue;
    const lemma = lemmaOf(ctx, prev.text);
    const legal = LEGAL_FORMS.has(prev.text);
    const event = EVENT_HEADS.has(lemma);
    if (!legal && !event && !ORG_HEADS.has(lemma) && !MEDIA_HEADS.has(lemma)) continue;
    if ([...range(i + 1, close - 1)].some((k) => ctx.claimed[k])) continue;
    const name = ctx.doc.text.slice(tokens[i + 1]!.start, tokens[close - 1]!.end);
    const from = legal ? i - 1 : i + 1;
    const type = event ? 'event' : 'organization';
    accept(ctx, from, close - 1, { type, kind: 'name', id: entityId(event ? 'event' : 'org', name), name: legal ? `${prev.text} «${name}»` : name });
    i = close;
  }
}

/** Heads of media and brand names that are quoted ("газета «Коммерсант»", "бренд «Шахтёр»"). */
const MEDIA_HEADS: ReadonlySet<string> = new Set(['газета', 'журнал', 'телеканал', 'радиостанция', 'портал', 'сайт', 'агентство', 'издание', 'холдинг', 'бренд', 'стадион', 'команда', 'клуб', 'фк', 'хк']);

function closingQuote(ctx: RuContext, i: number): number {
  const { tokens } = ctx;
  const open = tokens[i]!.text;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_QUOTED + 1; k++) {
    const t = tokens[k]!.text;
    if (t === '»' && open === '«') return k > i + 1 ? k : -1;
    if (t === '"' && open === '"') return k > i + 1 ? k : -1;
    if (t === '«' || t === '.' || t === '!' || t === '?') return -1;
  }
  return -1;
}

function* range(a: number, b: number): Generator<number> {
  for (let k = a; k <= b; k++) yield k;
}

/** Head-noun organizations with their adjectives and genitive chain. */
export function matchOrgPhrases(ctx: RuContext): void {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ctx.claimed[i]) continue;
    const capital = ctx.capital[i]!;
    // A lower-case start is only a head itself ("министерства энергетики Казахстана").
    if (!capital && !isHead(ctx, i)) continue;
    // Adjectives, then the head noun ("Федеральное авиационное управление").
    let h = i;
    while (h < tokens.length && h - i < 3 && isWord(tokens[h]) && adjAt(ctx, h) && !isHead(ctx, h)) {
      if (h > i && !adjacent(text, tokens[h - 1]!, tokens[h]!)) break;
      h++;
    }
    const head = tokens[h];
    if (!isWord(head) || ctx.claimed[h] || (h > i && !adjacent(text, tokens[h - 1]!, head))) continue;
    if (!isHead(ctx, h)) continue;
    const headLemma = lemmaAt(ctx, h);
    if (h > i && !capital) continue; // lower-case adjectives + head: a description, not a name
    // The genitive chain, through at most one proper name at its end.
    let end = h;
    let proper = false;
    for (let k = h + 1; k < tokens.length && k - h <= MAX_CHAIN; k++) {
      const w = tokens[k]!;
      if (!isWord(w) || !adjacent(text, tokens[k - 1]!, w)) break;
      const name = ctx.capital[k]! || ctx.acronym[k]!;
      if (ctx.claimed[k] && !isLocation(ctx, k)) break;
      if (!name && !genitiveAt(ctx, k)) break;
      if (name && !ctx.claimed[k] && !genitiveAt(ctx, k) && !ctx.acronym[k]) break;
      end = k;
      if (name) {
        proper = true;
        // Extend over the rest of a multi-word proper name already tagged ("Северо-Казахстанской области").
        while (end + 1 < tokens.length && ctx.claimed[end + 1] && sameCandidate(ctx, end, end + 1)) end++;
        break;
      }
    }
    const sentenceInitial = ctx.sentenceStart[i]!;
    const named = (capital && (!sentenceInitial || end > h || h > i)) || proper;
    if (!named) continue;
    if (!capital && WEAK_ORG_HEADS.has(headLemma) && !proper) continue;
    if (!proper && !capital) continue;
    // Without a proper name, trailing lower-case chain words are kept only when the head is capitalized.
    const words: string[] = [];
    for (let k = i; k <= end; k++) words.push(tokens[k]!.text);
    const name = nominativePhrase(ctx, words, h - i);
    for (let k = i; k <= end; k++) ctx.claimed[k] = false;
    accept(ctx, i, end, { type: 'organization', kind: 'name', id: entityId('org', name), name });
    i = end;
  }
}

/** First three letters of every head: every case form of these nouns keeps them, so one set read rejects most words. */
const HEAD_PREFIXES: ReadonlySet<string> = new Set([...ORG_HEADS].map((h) => h.slice(0, 3)));

/** Token k is an organization head noun ("министерства", "Банк"). */
function isHead(ctx: RuContext, k: number): boolean {
  return HEAD_PREFIXES.has(ctx.lower[k]!.slice(0, 3)) && ORG_HEADS.has(lemmaAt(ctx, k));
}

function isLocation(ctx: RuContext, k: number): boolean {
  const at = ctx.tokens[k]!.start;
  return ctx.candidates.some((c) => c.start <= at && at < c.end && (c.type === 'country' || c.type === 'place' || c.type === 'organization') && c.kind === 'name');
}

function sameCandidate(ctx: RuContext, a: number, b: number): boolean {
  const sa = ctx.tokens[a]!.start;
  const sb = ctx.tokens[b]!.start;
  return ctx.candidates.some((c) => c.start <= sa && sa < c.end && c.start <= sb && sb < c.end);
}

/** Acronyms and Latin capitalized runs not tagged by anything else. */
export function matchAcronymsAndLatin(ctx: RuContext): void {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ctx.claimed[i]) continue;
    if (ctx.acronym[i] && t.text.length <= 8 && !NOT_ACRONYM_ENTITIES.has(t.text) && !/^[IVXLCM]+$/.test(t.text) && !/\d/.test(t.text.charAt(0))) {
      accept(ctx, i, i, { type: 'organization', kind: 'name', id: entityId('org', t.text), name: t.text });
      continue;
    }
    if (!ctx.capital[i] || !isLatin(t.text)) continue;
    let end = i;
    for (let k = i + 1; k < tokens.length && k - i < 6; k++) {
      const w = tokens[k]!;
      if (!isWord(w) || ctx.claimed[k] || !isLatin(w.text) || !adjacent(text, tokens[k - 1]!, w)) break;
      if (isCapitalized(w.text) || isAcronym(w.text)) end = k;
      else if (!LATIN_LINKS.has(w.text)) break;
    }
    const name = text.slice(t.start, tokens[end]!.end);
    const person = personBeforeParenthesis(ctx, i);
    if (person && tokens[end + 1]?.text === ')') {
      // "Барри Лоуенкрон (Barry Lowenkron)": the original spelling of the name just given.
      accept(ctx, i, end, { type: 'person', kind: 'name', id: person.id, name: person.name });
      i = end;
      continue;
    }
    const event = /-\d{4}$/.test(tokens[end]!.text);
    accept(ctx, i, end, { type: event ? 'event' : 'organization', kind: 'name', id: entityId(event ? 'event' : 'org', name), name });
    i = end;
  }
}

function personBeforeParenthesis(ctx: RuContext, i: number): { id: string; name: string } | undefined {
  const paren = ctx.tokens[i - 1];
  if (paren?.text !== '(') return undefined;
  return ctx.candidates.find((c) => c.type === 'person' && c.kind === 'name' && c.end <= paren.start && /^\s*$/.test(ctx.doc.text.slice(c.end, paren.start)));
}

const LATIN_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'de', 'for', 'du', 'des', 'la', 'le', 'von', 'van', 'am', '&']);
