#!/usr/bin/env node
// Builds data/keywords/{ru,kk,en}.json for src/keywords: stop words and background document
// frequencies (how many documents of a news corpus contain each lemma), plus SOURCES.md.
//
// Run with tsx so the script uses the runtime's own tokenizer and lemma functions (the table's
// keys must be exactly what the runtime computes):
//   node --import tsx scripts/build-keywords.mjs
// KEYWORDS_OUT=dir writes elsewhere; KEYWORDS_RU_FILES=a.jsonl,b.jsonl picks the Russian DF sources
// (to score one dev set with DF built without it).
//
// Sources (see SOURCES.md for licences): stop words from stopwords-iso (MIT) for ru and en, plus the
// hand-written lists below (news function words; Kazakh, which stopwords-iso lacks); document frequencies are AGGREGATE counts only
// (no text), pruned to lemmas seen in at least MIN_DF documents, from the dev corpora in
// ../shared/data (ru: RT and Nezavisimaya Gazeta; en: 500N-KPCrowd and Inspec; kk: KazNERD train,
// CC BY 4.0, sentences grouped ten to a pseudo-document). Deterministic: same inputs, same bytes.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { loadRussianMorphology } from '../src/languages/ru/morph.ts';
import { englishLemma } from '../src/keywords/languages/en-lemma.ts';
import { kazakhCaseless } from '../src/keywords/languages/kk-stem.ts';
import { russianLemma } from '../src/keywords/languages/ru.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const DATA = process.env.NEWS_ENRICH_DATA ?? join(root, '..', 'shared', 'data');
const OUT = process.env.KEYWORDS_OUT ?? join(root, 'data', 'keywords');
/** Russian DF sources (files under DATA, comma-separated): set to measure with DF built without the scored set. */
const RU_FILES = (process.env.KEYWORDS_RU_FILES ?? 'keywords/ru-ng-dev.jsonl,keywords/ru-rt-dev.jsonl,related/ru-rt-tags-dev.jsonl').split(',');
/** Lemmas in fewer documents say nothing about rarity beyond "unseen", and would bloat the table. */
const MIN_DF = 2;
const KK_GROUP = 10;

const readJsonl = (path) =>
  existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l))
    : (console.warn(`build-keywords: missing ${path}, skipped`), []);

/** Documents of the given files, each text once (the related set reuses keyword articles). */
function corpus(files) {
  const seen = new Set();
  const docs = [];
  for (const file of files) {
    for (const r of readJsonl(join(DATA, file))) {
      const text = `${r.title ?? ''}\n${r.text ?? ''}`;
      const key = r.url ?? text.slice(0, 300);
      if (seen.has(key)) continue;
      seen.add(key);
      docs.push(text);
    }
  }
  return docs;
}

const normalizeKey = (s) => s.toLowerCase().replace(/ё/g, 'е');

function documentFrequencies(docs, keyOf) {
  const df = new Map();
  for (const text of docs) {
    const keys = new Set();
    for (const t of tokenize(text)) {
      if (t.kind !== 'word') continue;
      const key = keyOf(t.text);
      if (key) keys.add(key);
    }
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const pruned = [...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(pruned);
}

function write(lang, stopwords, docs, keyOf, sources) {
  const out = {
    lang,
    source: sources,
    stopwords: [...new Set(stopwords.map(normalizeKey))].sort(),
    docs: docs.length,
    df: documentFrequencies(docs, keyOf),
  };
  const json = JSON.stringify(out);
  writeFileSync(join(OUT, `${lang}.json`), `${json}\n`);
  console.log(`data/keywords/${lang}.json: ${out.stopwords.length} stop words, ${Object.keys(out.df).length} lemmas over ${out.docs} documents, ${(json.length / 1024).toFixed(0)} KB`);
}

// Words of news prose that never name a theme on their own (hand-written, MIT, this project).
const RUSSIAN_EXTRA_STOPWORDS = (
  'также еще ещё однако именно пока около кроме ранее из-за по-прежнему например вообще вполне якобы вместе ' +
  'сегодня вчера завтра т е др г гг тыс млн млрд руб долл см п ст ч мин кв км рт риа тасс ' +
  'который которая которое которые свой своя свое своё свои сам сама само сами самый весь вся всё все ' +
  'это этот эта эти тот та те то такой такая такое такие каждый любой иной другой должен должна должно должны ' +
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь ' +
  'понедельник вторник среда четверг пятница суббота воскресенье ' +
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'
).split(' ');
const ENGLISH_EXTRA_STOPWORDS = (
  "said says told tell would could should might must also percent mr mrs ms dr st ap reuters afp bbc cnn " +
  "year years month months week weeks day days today yesterday tomorrow time times including according just like " +
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
  "september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
).split(' ');
// Kazakh function words: pronouns and their case forms, postpositions, conjunctions, particles,
// auxiliary verb forms, numerals, and the commonest reporting verbs.
const KAZAKH_STOPWORDS = (
  'және мен бен пен да де та те ал бірақ алайда немесе не яки әрі яғни себебі өйткені сондықтан сонымен ' +
  'егер онда мұнда сонда осында анда қайда қашан қалай неге неліктен қандай қанша кім не нені неге ' +
  'бұл осы сол ол олар біз сіз сен мен менің сенің сіздің біздің оның олардың бұның мұның осының соның ' +
  'оған оны одан онымен бұған бұны мұны бұдан осыған осыны осыдан соған соны содан оларға оларды олардан ' +
  'бізге бізді бізден сізге сізді өз өзі өзін өзіне өзінің өздері өздерінің өзім өзіміз ' +
  'үшін туралы жөнінде бойынша арқылы кейін дейін соң бері қарай қарсы сайын шейін басқа гөрі ' +
  'ғана қана тек тіпті тағы әлі енді қазір кейде әрқашан әрдайым ешқашан мүлде өте ең аса тым біраз ' +
  'әр бәрі барлық барша бүкін бүкіл кез келген кейбір көп аз бірнеше сияқты секілді сықылды тәрізді ' +
  'деп деді дейді деген дегенмен екен еді болды болып болса болған болатын болады болмақ болу бола ' +
  'бар жоқ емес керек тиіс мүмкін ие иә жоқ па пе ба бе ма ме ғой ше шы ау ей ' +
  'етті етіп етеді етуде ету еткен етілді етілген жасады жасап жатыр жатқан жатқанын берді беру берген алды алып ' +
  'айтты айтып айтқан айтады атап атты өтті өтеді өткен келді келіп келеді отыр тұр тұрған ' +
  'бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу жүз мың миллион миллиард ' +
  'бірінші екінші үшінші жыл жылы жылдың жылғы ай айы күн күні сағат ' +
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан ' +
  'сондай осындай мұндай сондай-ақ сол сияқты қатар бірге ретінде арасында кезде кезінде ішінде ' +
  'тмд т.б. млн млрд тг теңге'
).split(' ');

// Content words of the stopwords-iso Russian list (a list made for search engines, with the nouns and
// adjectives of everyday prose): themes ("война", "деньги", "земля") and heads of names and phrases
// ("гражданская война", "Белый дом", "Новая Москва") that must not break phrases. Rare in isolation
// as keywords anyway: their background frequency is high.
// Measured with the rest of this version: F1@10 ru-ng / ru-rt .249 / .273 with them as stop words,
// .250 / .273 without.
const RUSSIAN_CONTENT_WORDS = new Set(
  ('белый большой война вода город деньги дом дорога душа жена женщина жизнь земля книга машина мать мир мира ' +
    'москва народ новый отец работа ребенок россия русский свет сила слово советский старый страна улица человек люди голос').split(' '),
);

mkdirSync(OUT, { recursive: true });
const iso = require('stopwords-iso');

// Russian: lemmas from the OpenCorpora dictionary (az), as the ru pack gives them at runtime.
const morph = await loadRussianMorphology();
const ruCache = new Map();
const ruKey = (word) => {
  const lower = word.toLowerCase();
  let key = ruCache.get(lower);
  if (key === undefined) ruCache.set(lower, (key = normalizeKey(russianLemma(lower, morph.parse(lower)[0]))));
  return key;
};
write(
  'ru',
  [...iso.ru.filter((w) => !RUSSIAN_CONTENT_WORDS.has(w)), ...RUSSIAN_EXTRA_STOPWORDS],
  corpus(RU_FILES),
  ruKey,
  'stop words: stopwords-iso 1.1.0 (MIT) + the news function words in scripts/build-keywords.mjs; df: aggregate counts over ru_kw_eval_datasets (RT, Nezavisimaya Gazeta) dev articles',
);

write(
  'en',
  [...iso.en, ...ENGLISH_EXTRA_STOPWORDS],
  corpus(['keywords/en-kpcrowd-dev.jsonl', 'keywords/en-inspec-dev.jsonl', 'related/en-kpcrowd-topics-dev.jsonl']),
  (w) => englishLemma(w),
  'stop words: stopwords-iso 1.1.0 (MIT) + the news function words in scripts/build-keywords.mjs; df: aggregate counts over 500N-KPCrowd and Inspec dev documents',
);

const kkLines = readJsonl(join(DATA, 'ner/kk/kaznerd-train.jsonl')).map((r) => r.text);
const kkDocs = [];
for (let i = 0; i < kkLines.length; i += KK_GROUP) kkDocs.push(kkLines.slice(i, i + KK_GROUP).join('\n'));
write(
  'kk',
  KAZAKH_STOPWORDS,
  kkDocs,
  (w) => kazakhCaseless(w),
  `stop words: hand-written list in scripts/build-keywords.mjs (MIT, this project); df: aggregate counts over KazNERD train (CC BY 4.0), ${KK_GROUP} sentences per pseudo-document`,
);
