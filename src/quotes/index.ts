/**
 * The quote stage: direct quotes (quote marks, dialogue lines, paragraphs whose marks were lost)
 * and indirect speech, each with its cue verb and speaker. Linear in the text's length: marks are
 * found by one state-machine pass, frames are read from bounded token windows.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import type { Entity, Quote } from '../types.js';
import { cuesFor, type CueLexicon } from './cues/index.js';
import { nameReadings } from './names.js';
import { collectDirect, type Candidate } from './direct.js';
import { collectIndirect } from './indirect.js';
import { collectPeople } from './people.js';
import { rememberSpeaker, resolveSpeaker, type SpeakerContext } from './speaker.js';

/** Quotes of the document's body, speakers linked to `entities` where known. Never throws. */
export function extractQuotes(doc: ArticleDocument, entities: readonly Entity[], pack: LoadedLanguage | undefined): Quote[] {
  try {
    return extract(doc, entities, pack);
  } catch {
    return [];
  }
}

function extract(doc: ArticleDocument, entities: readonly Entity[], pack: LoadedLanguage | undefined): Quote[] {
  const lex = withMorphology(cuesFor(doc.lang), pack, doc.lang);
  const ctx: SpeakerContext = { lang: doc.lang, entities, people: collectPeople(doc, entities, pack), pack };
  const direct = collectDirect(doc, lex);
  const indirect = collectIndirect(doc, lex, direct);
  const all = [...direct, ...indirect].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quote[] = [];
  const bySource = new Map<number, Quote['speaker']>();
  let lastEnd = -1;
  let prev: Quote | undefined;
  for (const c of all) {
    if (c.start < lastEnd || c.end <= c.start) continue;
    lastEnd = c.end;
    // Pieces of one quote (multi-paragraph, split by the frame) share one speaker.
    let speaker = c.group !== undefined ? bySource.get(c.group) : undefined;
    if (speaker === undefined && !c.frame?.speaker && !c.frame?.cue && prev?.speaker && continues(doc.text, prev, c)) {
      // "“Q1,” said Caddell. “Q2”" and the next paragraph's quote without a frame: the same speaker.
      speaker = prev.speaker;
    }
    if (speaker === undefined) {
      speaker = resolveSpeaker(c.frame, c.start, ctx, c.end);
      // An indirect source is remembered only when it is a known entity: its subject is read with
      // less context than a direct quote's frame, and a wrong one would capture later pronouns.
      if (speaker && (c.kind === 'direct' || speaker.id)) {
        rememberSpeaker(speaker, c.frame, c.start, ctx);
      }
      if (speaker && c.group !== undefined) bySource.set(c.group, speaker);
    }
    const q = toQuote(doc.text, c, speaker);
    out.push(q);
    if (c.kind === 'direct') prev = q;
  }
  return out;
}

/** Whether `c` follows `prev` closely: the same paragraph, or the next one, with little between. */
function continues(text: string, prev: Quote, c: Candidate): boolean {
  if (c.start - prev.end > 400) return false;
  let breaks = 0;
  let inBreak = false;
  for (let i = prev.end; i < c.start; i++) {
    const nl = text.charCodeAt(i) === 0x0a;
    if (nl && !inBreak) breaks++;
    inBreak = nl || (inBreak && text[i] === ' ');
  }
  return breaks <= 1;
}

/**
 * The lexicon with morphology hooks: the pack's dictionary when it has one, else Russian ending
 * rules (an oblique "журналистам" is not the speaker; "Минздрава" after a role is not a name).
 */
function withMorphology(lex: CueLexicon, pack: LoadedLanguage | undefined, lang: string): CueLexicon {
  const analyze = pack?.analyze;
  if (!analyze) {
    if (lang !== 'ru') return lex;
    return {
      ...lex,
      isNominative: (w) => !/(ам|ям|ами|ями|ах|ях|ом|ем|ой|ою|ею|у|ю|е)$/u.test(w.toLowerCase()),
      isPersonName: (w) => SURNAME_LIKE.test(w.toLowerCase()),
    };
  }
  const readings = (w: string) => {
    try {
      return analyze(w.toLowerCase());
    } catch {
      return [];
    }
  };
  const best = (w: string) => {
    let top: ReturnType<typeof readings>[number] | undefined;
    for (const r of readings(w)) if (!top || r.score > top.score) top = r;
    return top;
  };
  return {
    ...lex,
    isNominative: (w) => {
      const r = readings(w);
      return r.length === 0 || r.some((x) => x.case === 'nomn' || x.case === undefined);
    },
    isPersonName: (w) => nameReadings(w, pack).length > 0 || SURNAME_LIKE.test(w.toLowerCase()),
    ...(lang === 'ru'
      ? {
          personNoun: (w: string) => {
            const r = best(w);
            return r && r.pos === 'NOUN' && r.case === 'nomn' && r.grammemes.includes('anim') && !r.grammemes.some((g) => NAME_GRAMMEMES.has(g))
              ? r.lemma.replace(/ё/gu, 'е')
              : undefined;
          },
          isFunctionWord: (w: string) => {
            const r = best(w);
            if (!r || nameReadings(w, pack).length > 0) return false;
            return FUNCTION_POS.has(r.pos) || (r.pos === 'ADJF' && PRONOUN_ADJECTIVES.has(r.lemma));
          },
        }
      : {}),
  };
}

/** Name grammemes: a capitalised name is read as a name, not as a role noun. */
const NAME_GRAMMEMES = new Set(['Name', 'Surn', 'Patr', 'Orgn', 'Geox']);

/** Parts of speech that never start a name: conjunctions, adverbs, particles, gerunds, pronouns. */
const FUNCTION_POS = new Set(['CONJ', 'ADVB', 'PRCL', 'GRND', 'PREP', 'NPRO', 'INTJ', 'PRED', 'COMP']);

/** Pronominal adjectives that open sentences ("Мои хорошие, …", "Этот …"). */
const PRONOUN_ADJECTIVES = new Set(['мой', 'твой', 'наш', 'ваш', 'свой', 'этот', 'тот', 'весь', 'каждый', 'некоторый', 'такой']);

/** Endings of Slavic and Kazakh surnames, for when there is no dictionary. */
const SURNAME_LIKE = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк|ян|дзе|швили|ич|ұлы|улы|кызы|қызы|бай|бек)$/u;

function toQuote(text: string, c: Candidate, speaker: Quote['speaker']): Quote {
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    kind: c.kind,
    ...(speaker ? { speaker } : {}),
    ...(c.frame?.cue !== undefined && c.frame.cueStart !== undefined ? { cue: c.frame.cue, cueStart: c.frame.cueStart } : {}),
  };
}
