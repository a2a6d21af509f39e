/**
 * From a speaker as written (name, pronoun, role noun, organisation) to the speaker a reader
 * would give: the entity's name and id when an entity covers it, the nominative name, or the
 * most recent person a pronoun or role noun refers back to. No recoverable speaker → undefined.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { Entity, Quote } from '../types.js';
import type { Agreement } from './cues/index.js';
import type { Frame, SpeakerRef } from './frame.js';
import { nominativeName, stripKazakhCase } from './names.js';
import { surnameKey, type People } from './people.js';

/** What resolution needs about the document. */
export interface SpeakerContext {
  lang: string;
  entities: readonly Entity[];
  people: People;
  pack: LoadedLanguage | undefined;
}

type Speaker = NonNullable<Quote['speaker']>;

/** The speaker of a quote at `[pos, end)` given its frame. */
export function resolveSpeaker(frame: Frame | undefined, pos: number, ctx: SpeakerContext, end = pos): Speaker | undefined {
  const ref = frame?.speaker;
  const agr = frame?.agreement;
  if (!ref) {
    if (!frame) return undefined;
    if (frame.question) return journalists(ctx.lang, agr);
    // Pro-drop ("- деді.", "- добавил.") refers to the last speaker; impersonal plural does not.
    if (!frame.cue || agr === 'pl' || ctx.lang === 'en') return undefined;
    // Pro-drop ("- деді.") continues the last speaker when one spoke recently, else the last person.
    return person(ctx.people.lastSpeaker(pos, agr, 1500) ?? ctx.people.before(pos, agr), ctx.lang);
  }
  // "спросили министра": the minister is asked; the askers are the journalists.
  if (frame?.question && agr === 'pl' && ref.kind !== 'name' && ref.kind !== 'pronoun') return journalists(ctx.lang, agr);
  const entity = entityAt(ref, ctx.entities);
  if (entity) return ctx.lang === 'kk' ? { ...entity, name: kazakhNominative(entity.name) } : entity;
  // A pronoun or role refers back to someone before it: "директор сказал Петровскому: «Q»" is not Петровский.
  pos = Math.min(pos, ref.start);
  switch (ref.kind) {
    case 'name':
      return named(ref, agr, ctx);
    case 'pronoun': {
      const agreement = pronounAgreement(ref.words[0]!, agr);
      if (agreement === 'pl') return person(ctx.people.before(pos, agreement), ctx.lang);
      const antecedent = ctx.people.before(pos, agreement);
      if (antecedent) return person(antecedent, ctx.lang);
      // No one before at all: the text opens with the pronoun; the person it names comes next.
      // Not from the quote's own words: "По его словам, … в провинции X" is not X speaking.
      return ctx.people.before(pos, undefined) ? undefined : person(ctx.people.after(Math.max(ref.end, end), agreement, 1000), ctx.lang);
    }
    case 'role': {
      const p = ctx.people.before(pos, agr, ref.role, false, ref.generic);
      return p ? person(p, ctx.lang) : { name: roleName(ref, ctx) };
    }
    case 'org': {
      const p = ctx.people.before(pos, undefined, ref.role, true);
      return p ? person(p, ctx.lang) : { name: roleName(ref, ctx) };
    }
    case 'self':
      return { name: ctx.lang === 'ru' && agr === 'pl' ? 'журналисты' : roleName(ref, ctx) };
  }
}

/** Remembers a resolved speaker so later pronouns and roles can refer back to it. */
export function rememberSpeaker(speaker: Speaker, frame: Frame | undefined, pos: number, ctx: SpeakerContext): void {
  const ref = frame?.speaker;
  const org = ref?.kind === 'org';
  if (ref?.kind === 'self' || frame?.question) return;
  const agr = frame?.agreement === 'm' || frame?.agreement === 'f' ? frame.agreement : undefined;
  ctx.people.add({ pos, name: speaker.name, speaker: true, ...(speaker.id ? { id: speaker.id } : {}), gender: agr, ...(org ? { org, title: ref.role! } : ref?.role ? { title: ref.role } : {}) });
}

function person(p: { name: string; id?: string } | undefined, lang?: string): Speaker | undefined {
  return p ? { name: lang === 'kk' ? kazakhNominative(p.name) : p.name, ...(p.id ? { id: p.id } : {}) } : undefined;
}

/** A person's name without Kazakh case endings ("Marat Ahmetjanovtyń" → "Marat Ahmetjanov"); other names unchanged. */
function kazakhNominative(name: string): string {
  return name.split(' ').map(stripKazakhCase).join(' ');
}

/** The entity the speaker words name: a person or organisation for a name, only a person for a role or pronoun. */
function entityAt(ref: SpeakerRef, entities: readonly Entity[]): Speaker | undefined {
  // "Senate Majority Leader Mitch McConnell": the person in the phrase, not the organisation before it;
  // among several people ("Charlotte Mayor Jennifer Roberts"), the one the phrase ends with (its head).
  let org: Speaker | undefined;
  let person: { speaker: Speaker; end: number } | undefined;
  for (const e of entities) {
    if (e.type !== 'person' && !(e.type === 'organization' && (ref.kind === 'name' || ref.kind === 'org'))) continue;
    const m = e.mentions.find((x) => x.start < ref.end && x.end > ref.start);
    if (!m) continue;
    if (e.type === 'person') {
      if (!person || m.end > person.end) person = { speaker: { name: fullerName(e.name, ref), id: e.id }, end: m.end };
      continue;
    }
    org ??= { name: asWritten(e.name, m.text), id: e.id };
  }
  return person?.speaker ?? org;
}

/**
 * The entity's name, or the name as written when that is the entity's name and more ("Jessica"
 * tagged alone in "Spokeswoman Jessica Ditto said"): a reader gives the whole name.
 */
function fullerName(name: string, ref: SpeakerRef): string {
  if (ref.kind !== 'name') return name;
  const parts = name.split(' ');
  const written = ref.words.filter((w) => /^\p{Lu}/u.test(w));
  const at = written.indexOf(parts[0]!);
  if (at < 0 || written.length - at <= parts.length || !parts.every((p, i) => written[at + i] === p)) return name;
  return written.slice(at).join(' ');
}

/**
 * An organisation's name for a reader: as written in the frame when the entity's own name is only
 * its abbreviation ("The International Atomic Energy Agency said" → not "IAEA").
 */
function asWritten(name: string, written: string): string {
  const acronym = name.length <= 6 && !/\p{Ll}/u.test(name) && !name.includes(' ');
  const words = written.split(/\s+/u).filter((w) => w !== '' && !/^(the|The)$/u.test(w));
  return acronym && words.length >= 2 ? words.join(' ') : name;
}

function named(ref: SpeakerRef, agr: Agreement, ctx: SpeakerContext): Speaker {
  let words = ref.words.map((w) => w.replace(/'s$/u, ''));
  if (ctx.lang === 'kk') words = words.map(stripKazakhCase);
  const name = ctx.lang === 'ru' ? nominativeName(words, ctx.pack, agr) : words.join(' ');
  if (words.length === 1) {
    // A bare surname: the full name introduced earlier, when there is one.
    const match = ctx.people.withSurname(surnameKey(name), Number.MAX_SAFE_INTEGER);
    if (match) return person(match, ctx.lang)!;
  }
  return { name };
}

function pronounAgreement(word: string, verb: Agreement): Agreement {
  const w = word.toLowerCase();
  if (w === 'она' || w === 'she') return 'f';
  if (w === 'он' || w === 'he') return 'm';
  return verb;
}

function journalists(lang: string, agr: Agreement): Speaker | undefined {
  if (lang === 'ru') return { name: agr === 'f' ? 'журналистка' : agr === 'm' ? 'журналист' : 'журналисты' };
  if (lang === 'kk') return { name: 'журналист' };
  return undefined;
}

/** A role or organisation phrase in the nominative ("в пресс-службе" → "пресс-служба"). */
function roleName(ref: SpeakerRef, ctx: SpeakerContext): string {
  const words = [...ref.words];
  if (ctx.lang === 'ru' && ctx.pack?.inflect) {
    try {
      // Only an oblique head is inflected ("в пресс-службе"); a nominative one stays as written ("тетка").
      const nominative = ctx.pack.analyze?.(words[0]!.toLowerCase()).some((r) => r.case === 'nomn') ?? false;
      const head = nominative ? undefined : ctx.pack.inflect(words[0]!.toLowerCase(), ['nomn', 'sing']);
      if (head) words[0] = head;
    } catch {
      // keep as written
    }
  }
  return words.join(' ');
}
