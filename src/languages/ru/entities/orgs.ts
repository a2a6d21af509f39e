/**
 * Organizations by pattern: a head noun with its adjectives and genitive chain ("Министерство
 * иностранных дел", "министерства энергетики Казахстана", "Верховный суд"), a head or legal form
 * before a quoted name ("каналу «Культура»", "ТОО «Казпочта»"), acronyms (ОДКБ, ЕАЭС) and runs of
 * Latin capitalized words in Russian text ("Associated Press").
 * @module
 */
import { entityId } from './ids.js';
import { accept, adjAt, adjacent, genitiveAt, isAcronym, isCapitalized, isLatin, isWord, lemmaAt, parsesAt, type RuContext } from './context.js';
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

/**
 * A short quoted name with no head before it ("«Голоса Америки»", "«Единая Россия»", "«Яблока»"):
 * in news such quotes name organizations, media and teams. Up to three words, the first
 * capitalized, nothing but words inside; a single word must be a noun or unknown (not «Нет»). A
 * place the gazetteer found inside the quotes gives way ("Америки" in «Голос Америки»), unless it
 * is the whole quote.
 */
export function matchBareQuotedNames(ctx: RuContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '«') continue;
    const close = closingQuote(ctx, i);
    if (close < 0 || close - i - 1 > MAX_BARE || !ctx.capital[i + 1]) continue;
    let words = true;
    for (let k = i + 1; k < close; k++) if (!isWord(tokens[k]) || (k > i + 1 && !adjacent(ctx.doc.text, tokens[k - 1]!, tokens[k]!))) words = false;
    if (!words || ctx.person[i + 1]) continue;
    // After a noun or adjective the quote names that thing (автомобиль «Таврия», альбом «Дежавю»).
    const prev = tokens[i - 1];
    if (isWord(prev)) {
      const top = parsesAt(ctx, i - 1)[0];
      if (top && (top.pos === 'NOUN' || top.pos === 'ADJF' || top.pos === 'PRTF' || top.pos === 'NUMR')) continue;
    }
    const start = tokens[i + 1]!.start;
    const end = tokens[close - 1]!.end;
    const inside = ctx.candidates.filter((c) => c.start >= start && c.end <= end);
    if (inside.some((c) => c.start === start && c.end === end)) continue;
    if ([...range(i + 1, close - 1)].some((k) => ctx.claimed[k] && !inside.some((c) => c.start <= tokens[k]!.start && tokens[k]!.end <= c.end))) continue;
    if (close === i + 2) {
      const top = parsesAt(ctx, i + 1)[0];
      if (top && top.known && top.pos !== 'NOUN') continue;
    }
    for (const c of inside) ctx.candidates.splice(ctx.candidates.indexOf(c), 1);
    const name = ctx.doc.text.slice(start, end);
    accept(ctx, i + 1, close - 1, { type: 'organization', kind: 'name', id: entityId('org', nominativeQuoted(ctx, i + 1, close - 1)), name: nominativeQuoted(ctx, i + 1, close - 1) });
    i = close;
  }
}

const MAX_BARE = 3;

/** The nominative of a quoted name: its first word ("«Яблока»" → "Яблоко"), the rest as written. */
function nominativeQuoted(ctx: RuContext, from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k <= to; k++) words.push(ctx.tokens[k]!.text);
  if (words.length === 1) return nominativePhrase(ctx, words, 0);
  // "Голоса Америки" → "Голос Америки"; "Единой России" → "Единая Россия" (adjective and noun).
  return nominativePhrase(ctx, words, adjAt(ctx, from) ? 1 : 0);
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
    // A lower-case start is only a head itself ("министерства энергетики Казахстана"): with
    // adjectives it is a description ("российское правительство"), and the country stays a mention.
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
      // "Совет при Президенте", "комитет при прокуратуре": the body it is attached to is part of the name.
      if (ctx.lower[k] === 'при' && k > h + 0 && isWord(tokens[k + 1]) && adjacent(text, w, tokens[k + 1]!) && parsesAt(ctx, k + 1).some((p) => p.case === 'loct' && p.pos === 'NOUN')) {
        end = k + 1;
        k++;
        if (ctx.capital[k] || ctx.acronym[k]) proper = true;
        continue;
      }
      const name = ctx.capital[k]! || ctx.acronym[k]!;
      // A preposition or conjunction ends the chain ("центр в Дюссельдорфе", "ассоциация и ...").
      if (!name && FUNCTION_POS.has(parsesAt(ctx, k)[0]?.pos ?? '')) break;
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

/** The Foreign Ministry's acronym as often written in lower case ("в миде", "глава мида"). */
const LOWER_MID: ReadonlySet<string> = new Set(['мид', 'мида', 'миду', 'мидом', 'миде']);

/** Parts of speech that never link a genitive chain. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ', 'ADVB', 'NPRO', 'VERB', 'INFN']);

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
    if (LOWER_MID.has(t.text)) {
      accept(ctx, i, i, { type: 'organization', kind: 'name', id: entityId('org', 'МИД'), name: 'МИД' });
      continue;
    }
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
    // "Christie’s", "McDonald's": the possessive is part of the brand.
    const possessive = tokens[end + 1];
    if (possessive && possessive.start === tokens[end]!.end && /^['’]s$/.test(possessive.text)) end++;
    const name = text.slice(t.start, tokens[end]!.end);
    const person = personBeforeParenthesis(ctx, i);
    if (person && tokens[end + 1]?.text === ')') {
      // "Барри Лоуенкрон (Barry Lowenkron)": the original spelling of the name just given.
      // The mention's own normal form is the spelling it gives; the id joins it to the person.
      accept(ctx, i, end, { type: 'person', kind: 'name', id: person.id, name });
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

/** Top-level domains of news sites named in Russian text ("Lenta.ru", "NEWSru.com", "«Лента.ру»"). */
const SITE_DOMAINS: ReadonlySet<string> = new Set(['ru', 'com', 'net', 'org', 'info', 'kz', 'ua', 'by', 'uz', 'su', 'рф', 'ру', 'tv', 'fm', 'io']);

/**
 * Site names: a capitalized word (Latin or Cyrillic) glued by a dot to a domain ("Lenta.ru",
 * "Gzt.Ru", "«Лента.ру»"). In news they name the outlet; the tokenizer splits them in three.
 */
export function matchSiteNames(ctx: RuContext): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const dot = tokens[i + 1]!;
    const tld = tokens[i + 2]!;
    if (dot.text !== '.' || !isWord(tokens[i]) || !isWord(tld)) continue;
    if (tokens[i]!.end !== dot.start || dot.end !== tld.start || !SITE_DOMAINS.has(ctx.lower[i + 2]!)) continue;
    if (!/^\p{Lu}/u.test(tokens[i]!.text) || ctx.claimed[i] || ctx.claimed[i + 2]) continue;
    // "...в Москве. Ру..." is two sentences: a domain is written in lower case or all capitals.
    if (tld.text !== ctx.lower[i + 2] && !/^\p{Lu}\p{Ll}$/u.test(tld.text)) continue;
    const name = ctx.doc.text.slice(tokens[i]!.start, tld.end);
    accept(ctx, i, i + 2, { type: 'organization', kind: 'name', id: entityId('org', name.toLowerCase()), name });
    i += 2;
  }
}

const LATIN_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'de', 'for', 'du', 'des', 'la', 'le', 'von', 'van', 'am', '&', 'to', 'della', 'del', 'di', 'und', 'da', 'dos']);
