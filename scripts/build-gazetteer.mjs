#!/usr/bin/env node
// Builds data/gazetteer/{countries,places,orgs}.json and SOURCES.md for src/entities/link.
// Inputs: CLDR region names through Intl.DisplayNames (ru, kk, en), the hand-curated rows in
// scripts/gazetteer-sources/*.json, and the OpenCorpora dictionary shipped by `az` to generate the
// Russian case forms of every name (only at build time: the runtime never loads az for this).
// Deterministic: same Node/ICU and az versions give byte-identical output.
// Usage: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SRC = join(root, 'scripts', 'gazetteer-sources');
const OUT = join(root, 'data', 'gazetteer');
const LANGS = ['ru', 'kk', 'en'];
/** Russian cases generated besides the nominative; loc2 catches "в Крыму"-type forms. */
const CASES = ['gent', 'datv', 'accs', 'ablt', 'loct', 'loc2'];

const readSource = (name) => JSON.parse(readFileSync(join(SRC, name), 'utf8'));
const splitList = (field) => (field ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const uniq = (list) => [...new Set(list)];

// ---------- Russian inflection (az + a suffix table for words az does not know) ----------

const Az = require('az');
await new Promise((resolve, reject) =>
  Az.Morph.init(join(dirname(require.resolve('az/package.json')), 'dicts'), (err) => (err ? reject(err) : resolve())),
);

const CYRILLIC_WORD = /^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$/;
const tagSet = (parse) => new Set(parse.tag.toString().split(/[ ,]/));
const CASE_GRAMMEMES = new Set(['nomn', 'gent', 'gen2', 'datv', 'accs', 'ablt', 'loct', 'loc2', 'voct', 'acc2', 'gen1', 'loc1']);

/** The dictionary parse of `word` as a nominative, preferring place names; undefined if none. */
function nominativeParse(word) {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  // Dictionary words only: az's guessers would read Кызылорда as the genitive of "кызылорд".
  const parses = Az.Morph(word, { parsers: ['Dictionary'], stutter: 0, typos: 0 }).filter(
    (p) => p.tag.nomn && p.word.replace(/ё/g, 'е') === lower,
  );
  const rank = (p) => (p.tag.Geox ? 0 : 2) + (p.tag.anim ? 1 : 0) + (p.tag.Name || p.tag.Surn || p.tag.Patr ? 2 : 0);
  return parses.sort((a, b) => rank(a) - rank(b))[0];
}

/** All forms of the parse's paradigm that differ from it only in case (`kase`). */
function formsInCase(parse, kase) {
  const keep = [...tagSet(parse)].filter((g) => !CASE_GRAMMEMES.has(g) && g !== 'anim' && g !== 'inan');
  const out = [];
  for (let i = 0; i < parse.formCnt; i++) {
    const form = parse.inflect(i);
    const set = tagSet(form);
    // Same grammemes but the case: no superlatives (новейшей), abbreviations (СПб) or archaic
    // -ою variants; animate accusatives of adjectives (-ого) are not place names.
    const rest = [...set].filter((g) => g !== kase && g !== 'inan');
    if (set.has(kase) && rest.length === keep.length && keep.every((g) => set.has(g))) out.push(form.toString());
  }
  // Suppletive members of a paradigm (высшая → высочайшей) sort after the regular forms.
  const shared = (f) => { let i = 0; while (i < f.length && f[i] === parse.word[i]) i++; return i; };
  return out.sort((a, b) => shared(b) - shared(a));
}

/**
 * Suffix table for words az has no nominative for (Кызылорда, Семей, Каменогорск): the ending of
 * the nominative → the endings of gent, datv, accs, ablt, loct. Vowel-final foreign names
 * (Актобе, Бисау, Тобаго, Алматы) are indeclinable in Russian and get none.
 */
function suffixCases(word) {
  const hush = /[жшчщц]$/;
  const velar = /[кгхжшчщ]$/;
  const make = (stem, ends) => Object.fromEntries(CASES.map((c, i) => [c, i < ends.length && ends[i] !== null ? [stem + ends[i]] : []]));
  if (/ия$/.test(word)) return make(word.slice(0, -2), ['ии', 'ии', 'ию', 'ией', 'ии']);
  if (/а$/.test(word)) {
    const stem = word.slice(0, -1);
    return make(stem, [velar.test(stem) ? 'и' : 'ы', 'е', 'у', hush.test(stem) ? 'ей' : 'ой', 'е']);
  }
  if (/я$/.test(word)) return make(word.slice(0, -1), ['и', 'е', 'ю', 'ей', 'е']);
  if (/й$/.test(word)) return make(word.slice(0, -1), ['я', 'ю', 'й', 'ем', 'е']);
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return make(word, ['а', 'у', '', hush.test(word) ? 'ем' : 'ом', 'е']);
  return undefined;
}

/**
 * Adjective endings for place adjectives az does not know (Алматинская, Улытауская): nominative
 * ending → gent, datv, accs (inanimate), ablt, loct. Soft -ий after к/г/х/ж/ш/ч/щ like -ский.
 */
function adjectiveCases(word) {
  const table = [
    ['ская', ['ской', 'ской', 'скую', 'ской', 'ской']],
    ['цкая', ['цкой', 'цкой', 'цкую', 'цкой', 'цкой']],
    ['ский', ['ского', 'скому', 'ский', 'ским', 'ском']],
    ['цкий', ['цкого', 'цкому', 'цкий', 'цким', 'цком']],
    ['ское', ['ского', 'скому', 'ское', 'ским', 'ском']],
    ['ские', ['ских', 'ским', 'ские', 'скими', 'ских']],
    ['ная', ['ной', 'ной', 'ную', 'ной', 'ной']],
    ['ный', ['ного', 'ному', 'ный', 'ным', 'ном']],
  ];
  for (const [ending, ends] of table) {
    if (word.endsWith(ending) && word.length > ending.length + 2) {
      const stem = word.slice(0, -ending.length);
      return Object.fromEntries(CASES.map((c, i) => [c, i < ends.length ? [stem + ends[i]] : []]));
    }
  }
  return undefined;
}

/** ВКО, МИД, БиГ, КазМунайГаз: capitals inside a word part mark an undeclined acronym. */
function isAcronym(word) {
  return word.split('-').some((part) => /^.+[А-ЯЁ]/.test(part));
}

/** How one word of a name declines: az forms per case, or the suffix table, or not at all. */
function wordDeclension(word) {
  if (!CYRILLIC_WORD.test(word) || isAcronym(word)) return { kind: 'fixed' };
  // Минтруда, Минобороны, Минпросвещения: "Мин" + a genitive, indeclinable.
  if (/^Мин(?!истерств)[а-яё]+[аяиыо]$/.test(word)) return { kind: 'fixed' };
  const parse = nominativeParse(word);
  if (parse) {
    if (parse.tag.Fixd) return { kind: 'fixed' };
    const pos = parse.tag.POS;
    const byCase = Object.fromEntries(CASES.map((c) => [c, formsInCase(parse, c)]));
    return { kind: pos === 'ADJF' || pos === 'PRTF' ? 'adj' : 'noun', byCase };
  }
  if (word.includes('-')) {
    // Hyphenated names decline in one part: the last (Усть-Каменогорск, Алма-Ата) when it
    // declines, else the first (Гвинея-Бисау, Ростов-на-Дону).
    const parts = word.split('-');
    for (const index of [parts.length - 1, 0]) {
      const inner = wordDeclension(parts[index]);
      if (inner.kind === 'fixed') continue;
      const byCase = Object.fromEntries(
        CASES.map((c) => [c, inner.byCase[c].map((f) => parts.map((p, i) => (i === index ? matchCase(f, p) : p)).join('-'))]),
      );
      return { kind: inner.kind, byCase };
    }
    return { kind: 'fixed' };
  }
  const adj = adjectiveCases(word.toLowerCase());
  if (adj) return { kind: 'adj', byCase: adj };
  const byCase = suffixCases(word.toLowerCase());
  return byCase ? { kind: 'noun', byCase } : { kind: 'fixed' };
}

/** Copies the capitalisation of `model` onto the lowercase form `lower`. */
function matchCase(lower, model) {
  return model[0] === model[0].toUpperCase() ? lower[0].toUpperCase() + lower.slice(1) : lower;
}

/**
 * Russian case forms of a nominative name. Leading adjectives agree with the head noun; the first
 * noun is the head; words after it stay (Республика Казахстан → Республики Казахстан), except
 * after "и" or a dash, where a new noun phrase starts (Босния и Герцеговина, Папуа — Новая Гвинея).
 */
function russianForms(name) {
  const words = name.split(/\s+/);
  const plan = [];
  let headSeen = false;
  for (const word of words) {
    // "и" or a dash right after the head starts a second noun phrase (Босния и Герцеговина);
    // inside an attribute it does not (Министерство науки и высшего образования).
    if (word === 'и' || /^[—–-]$/.test(word)) {
      if (plan.length && plan[plan.length - 1].kind === 'noun') headSeen = false;
      plan.push({ kind: 'fixed' });
      continue;
    }
    if (headSeen) { plan.push({ kind: 'fixed' }); continue; }
    // An acronym heads its phrase (МИД Казахстана): what follows is its genitive attribute.
    if (isAcronym(word)) { headSeen = true; plan.push({ kind: 'fixed' }); continue; }
    const d = wordDeclension(word);
    if (d.kind === 'noun') headSeen = true;
    plan.push(d);
  }
  if (plan.every((d) => d.kind === 'fixed')) return [];
  const out = new Set();
  for (const kase of CASES) {
    let variants = [''];
    for (let i = 0; i < words.length; i++) {
      const d = plan[i];
      // Nouns keep a second variant (-ой/-ою are gone already; в Крыму-type loc2 stays apart);
      // adjectives only their first, which az orders before comparative-like variants.
      const all = d.kind === 'fixed' ? [words[i].toLowerCase()] : d.byCase[kase];
      const options = d.kind === 'adj' ? all.slice(0, 1) : all;
      if (!options.length) { variants = []; break; }
      variants = variants.flatMap((v) => options.slice(0, 2).map((o) => (v ? v + ' ' : '') + o));
    }
    for (const v of variants) out.add(v);
  }
  out.delete(name.toLowerCase());
  return [...out];
}

// ---------- normalisation shared with src/entities/link/gazetteer.ts ----------

/** Must match normalizeForm in src/entities/link/gazetteer.ts. */
function normalizeForm(s) {
  return s.normalize('NFC').replace(/[«»“”„"]/g, '').replace(/[’`ʼ]/g, "'").replace(/\s*[—–‑]\s*/g, ' - ')
    .replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** {@link normalizeForm} without lowercasing: what the runtime matches acronyms (US, ВОЗ) against. */
function caseKept(s) {
  return s.normalize('NFC').replace(/[«»“”„"]/g, '').replace(/[’`ʼ]/g, "'").replace(/\s*[—–‑]\s*/g, ' - ')
    .replace(/\s+/g, ' ').trim().replace(/Ё/g, 'Е').replace(/ё/g, 'е');
}

/** Letters but no lowercase ones (US, U.S., ВОЗ, ҚР, G7): the runtime matches these only as written. */
function isAcronymName(name) {
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/**
 * Replaces `names` by the lookup keys the runtime indexes: `nameKeys`, the folded names
 * (normalizeForm), and `acronyms`, the case-kept acronyms (only where a language has any). So
 * loadGazetteer() runs no normalization or acronym regexes and no lowercasing over ~3,000 names:
 * together they were about a third of its cold cost (35 of 110 ms CPU). Done last, after the case
 * forms and ambiguous names were generated from the names as written (az wants their capitals
 * and ё). The canonical `name` stays as written.
 */
function storeAsLookupKeys(entry) {
  const nameKeys = {}; const acronyms = {};
  for (const lang of LANGS) {
    nameKeys[lang] = uniq(entry.names[lang].filter((n) => !isAcronymName(n)).map(normalizeForm));
    const caps = uniq(entry.names[lang].filter(isAcronymName).map(caseKept));
    if (caps.length) acronyms[lang] = caps;
  }
  for (const field of ['adjectives', 'ambiguousAdjectives']) {
    if (entry[field]) for (const lang of LANGS) entry[field][lang] = uniq(entry[field][lang].map(normalizeForm));
  }
  // Same field order as before, `names` replaced in place.
  const out = {};
  for (const [field, value] of Object.entries(entry)) {
    if (field !== 'names') out[field] = value;
    else {
      out.nameKeys = nameKeys;
      if (Object.keys(acronyms).length) out.acronyms = acronyms;
    }
  }
  return out;
}

/** Lowercase forms, deduplicated against the names (which the runtime indexes anyway). */
function formsOf(names) {
  const seen = new Set(names.map(normalizeForm));
  const forms = [];
  for (const n of names) for (const f of russianForms(n)) {
    const k = normalizeForm(f);
    if (!seen.has(k)) { seen.add(k); forms.push(k); }
  }
  return forms;
}

// ---------- countries ----------

function buildCountries() {
  const src = readSource('countries.json');
  const exclude = new Set(src.exclude.codes);
  const dn = Object.fromEntries(LANGS.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
  const rowsByCode = (rows) => {
    const map = new Map();
    for (const row of rows) {
      const [code, ...fields] = row.split('|');
      if (!map.has(code)) map.set(code, []);
      map.get(code).push(fields);
    }
    return map;
  };
  const canonical = rowsByCode(src.canonical.rows);
  const aliases = rowsByCode(src.aliases);
  const adjectives = rowsByCode(src.adjectives);
  const ambiguousNames = rowsByCode(src.ambiguousNames.rows);
  const countries = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(A + Math.floor(i / 26), A + (i % 26));
    const en = dn.en.of(code);
    if (!en || en === code || exclude.has(code)) continue;
    const names = {}; const name = {};
    LANGS.forEach((lang, li) => {
      const cldr = dn[lang].of(code);
      const list = [...cleanCldr(cldr, lang)];
      for (const fields of [...(aliases.get(code) ?? []), ...(ambiguousNames.get(code) ?? [])]) list.push(...splitList(fields[li]));
      const canon = canonical.get(code)?.[0]?.[li];
      name[lang] = canon || cleanCldr(cldr, lang)[0];
      names[lang] = uniq([name[lang], ...list]);
    });
    const entry = { code, name, names, forms: formsOf(names.ru) };
    const vague = LANGS.flatMap((lang, li) => (ambiguousNames.get(code) ?? []).flatMap((f) => splitList(f[li])));
    if (vague.length) entry.ambiguousNames = uniq(vague.flatMap((n) => [n, ...russianForms(n)]).map(normalizeForm));
    for (const amb of [false, true]) {
      for (const fields of adjectives.get(amb ? '!' + code : code) ?? []) {
        const field = amb ? 'ambiguousAdjectives' : 'adjectives';
        entry[field] ??= { ru: [], kk: [], en: [] };
        LANGS.forEach((lang, li) => entry[field][lang].push(...splitList(fields[li])));
      }
    }
    countries.push(entry);
  }
  const known = new Set(countries.map((c) => c.code));
  for (const code of [...aliases.keys(), ...adjectives.keys(), ...ambiguousNames.keys(), ...canonical.keys()].map((c) => c.replace('!', ''))) {
    if (!known.has(code)) throw new Error(`countries.json: unknown or excluded code ${code}`);
  }
  return countries;
}

/** CLDR labels → names used in text: drop "(SAR)" notes, expand "о-ва", "&" and "St.". */
function cleanCldr(label, lang) {
  const out = [];
  const base = label.replace(/\s*\([^)]*\)/g, '').replace(/(^|\s)о-ва(?=\s|$)/g, '$1острова').replace(/(^|\s)о-в(?=\s|$)/g, '$1остров').trim();
  out.push(base);
  if (lang === 'en') {
    if (base.includes('&')) out.push(base.replace(/&/g, 'and'));
    if (/\bSt\. /.test(base)) out.push(base.replace(/\bSt\. /g, 'Saint '));
    if (/ SAR China$/.test(base)) out.push(base.replace(/ SAR China$/, ''));
  }
  if (lang === 'kk' && / АӘА$/.test(base)) out.push(base.replace(/ АӘА$/, ''));
  const paren = label.match(/\(([^)]*)\)/);
  if (paren && !/САР|SAR|США|U\.S\.|Великобритания|Килинг|Keeling/.test(paren[1])) out.push(paren[1]);
  return uniq(out);
}

// ---------- places and organizations (same row format) ----------

function parseRows(rows, file) {
  const keys = new Set();
  return rows.map((row) => {
    const [key, type, country, ru, kk, en, flag] = row.split('|');
    if (keys.has(key)) throw new Error(`${file}: duplicate key ${key}`);
    keys.add(key);
    const names = { ru: splitList(ru), kk: splitList(kk), en: splitList(en) };
    if (!names.kk.length) names.kk = names.ru.slice();
    if (!names.ru.length || !names.en.length) throw new Error(`${file}: ${key} needs ru and en names`);
    const entry = { key, type };
    if (country) entry.country = country;
    entry.name = { ru: names.ru[0], kk: names.kk[0], en: names.en[0] };
    entry.names = names;
    entry.forms = formsOf(names.ru);
    if (flag === 'ambiguous') entry.ambiguous = true;
    return entry;
  });
}

// ---------- write ----------

mkdirSync(OUT, { recursive: true });
const placeRows = ['places-kz.json', 'places-world.json'].flatMap((f) => parseRows(readSource(f).places, f));
const seenPlace = new Set();
for (const p of placeRows) {
  if (seenPlace.has(p.key)) throw new Error(`places: duplicate key ${p.key}`);
  seenPlace.add(p.key);
}
const tables = {
  countries: { source: 'CLDR region names via Intl.DisplayNames (ru, kk, en) + scripts/gazetteer-sources/countries.json; Russian case forms from OpenCorpora (az). See SOURCES.md.', countries: buildCountries() },
  places: { source: 'scripts/gazetteer-sources/places-kz.json, places-world.json (written by us); Russian case forms from OpenCorpora (az). See SOURCES.md.', places: placeRows },
  orgs: { source: 'scripts/gazetteer-sources/orgs.json (written by us); Russian case forms from OpenCorpora (az). See SOURCES.md.', orgs: parseRows(readSource('orgs.json').orgs, 'orgs.json') },
};
for (const [name, table] of Object.entries(tables)) {
  // One entry per line: small diffs when a name changes, still compact.
  const [field] = Object.keys(table).filter((k) => k !== 'source');
  table[field] = table[field].map(storeAsLookupKeys);
  const body = table[field].map((e) => '  ' + JSON.stringify(e)).join(',\n');
  writeFileSync(join(OUT, `${name}.json`), `{"source":${JSON.stringify(table.source)},\n"${field}":[\n${body}\n]}\n`);
  console.log(`${name}: ${table[field].length} entries`);
}
const FORMAT_NOTE = `
## Format

Each row stores its lookup keys as the runtime indexes them, so loading the gazetteer normalizes
nothing: \`nameKeys\` (the \`names\` of the table above) are the names folded (NFC, quotes
dropped, dashes spaced, lowercase, ё → е), \`acronyms\` the names without lowercase letters, kept
as written but for the same quote, dash and ё folding, \`forms\` the folded Russian case forms;
adjective stems are folded too. The canonical \`name\` is as written. Same names and licences as
above: only their spelling in the file changed.
`;
writeFileSync(join(OUT, 'SOURCES.md'), readFileSync(join(SRC, 'SOURCES.md'), 'utf8') + FORMAT_NOTE);
