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

/** The speaker of a quote at `pos` given its frame. */
export function resolveSpeaker(frame: Frame | undefined, pos: number, ctx: SpeakerContext): Speaker | undefined {
  const ref = frame?.speaker;
  const agr = frame?.agreement;
  if (!ref) {
    if (!frame) return undefined;
    if (frame.question) return journalists(ctx.lang, agr);
    // Pro-drop ("- деді.", "- добавил.") refers to the last speaker; impersonal plural does not.
    if (!frame.cue || agr === 'pl' || ctx.lang === 'en') return undefined;
    // Pro-drop ("- деді.") continues the last speaker when one spoke recently, else the last person.
    return person(ctx.people.lastSpeaker(pos, agr, 1500) ?? ctx.people.before(pos, agr));
  }
  // "спросили министра": the minister is asked; the askers are the journalists.
  if (frame?.question && agr === 'pl' && ref.kind !== 'name' && ref.kind !== 'pronoun') return journalists(ctx.lang, agr);
  const entity = entityAt(ref, ctx.entities);
  if (entity) return entity;
  switch (ref.kind) {
    case 'name':
      return named(ref, agr, ctx);
    case 'pronoun':
      return person(ctx.people.before(pos, pronounAgreement(ref.words[0]!, agr)));
    case 'role': {
      const p = ctx.people.before(pos, agr, ref.role);
      return p ? person(p) : { name: roleName(ref, ctx) };
    }
    case 'org': {
      const p = ctx.people.before(pos, undefined, ref.role, true);
      return p ? person(p) : { name: roleName(ref, ctx) };
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

function person(p: { name: string; id?: string } | undefined): Speaker | undefined {
  return p ? { name: p.name, ...(p.id ? { id: p.id } : {}) } : undefined;
}

/** The entity the speaker words name: a person or organisation for a name, only a person for a role or pronoun. */
function entityAt(ref: SpeakerRef, entities: readonly Entity[]): Speaker | undefined {
  // "Senate Majority Leader Mitch McConnell": the person in the phrase, not the organisation before it.
  let org: Speaker | undefined;
  for (const e of entities) {
    if (e.type !== 'person' && !(e.type === 'organization' && (ref.kind === 'name' || ref.kind === 'org'))) continue;
    if (!e.mentions.some((m) => m.start < ref.end && m.end > ref.start)) continue;
    if (e.type === 'person') return { name: e.name, id: e.id };
    org ??= { name: e.name, id: e.id };
  }
  return org;
}

function named(ref: SpeakerRef, agr: Agreement, ctx: SpeakerContext): Speaker {
  let words = ref.words.map((w) => w.replace(/'s$/u, ''));
  if (ctx.lang === 'kk') words = words.map(stripKazakhCase);
  const name = ctx.lang === 'ru' ? nominativeName(words, ctx.pack, agr) : words.join(' ');
  if (words.length === 1) {
    // A bare surname: the full name introduced earlier, when there is one.
    const match = ctx.people.withSurname(surnameKey(name), Number.MAX_SAFE_INTEGER);
    if (match) return person(match)!;
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
      const head = ctx.pack.inflect(words[0]!.toLowerCase(), ['nomn', 'sing']);
      if (head) words[0] = head;
    } catch {
      // keep as written
    }
  }
  return words.join(' ');
}
