import Az from 'az';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology, type RussianMorphology } from '../../../src/languages/ru/morph.js';

let morph: RussianMorphology;
const loaderBefore = Az.load;

beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 30_000);

describe('Russian morphology readings', () => {
  it('reads lemma, part of speech, case, number and the name grammemes from the tag', () => {
    const top = morph.parse('Москвы')[0]!;
    expect(top).toMatchObject({ lemma: 'москва', pos: 'NOUN', case: 'gent', number: 'sing', known: true });
    expect(top.grammemes).toContain('Geox');
    expect(top.grammemes).toContain('inan');
  });

  it('leaves out a category the tag does not have, rather than setting it undefined', () => {
    const adverb = morph.parse('быстро').find((r) => r.pos === 'ADVB')!;
    expect(Object.keys(adverb)).toEqual(['lemma', 'pos', 'grammemes', 'score', 'known']);
    const noun = morph.parse('столом')[0]!;
    expect(Object.keys(noun)).toEqual(['lemma', 'pos', 'case', 'gender', 'number', 'grammemes', 'score', 'known']);
  });

  it('gives readings that share a tag the same frozen grammeme list', () => {
    const [a, b] = [morph.parse('Иваном')[0]!, morph.parse('Петром')[0]!];
    expect(a.grammemes).toContain('Name');
    expect(a.grammemes).toBe(b.grammemes);
    expect(Object.isFrozen(a.grammemes)).toBe(true);
  });

  it('does not read a doubled letter as a stutter', () => {
    // With az's default stutter correction "поддержать" also read as "подержать" (to hold for a while).
    expect(morph.parse('поддержать').map((r) => r.lemma)).toEqual(['поддержать']);
    expect(morph.parse('России').map((r) => r.lemma)).not.toContain('рось');
  });

  it('still guesses unknown words from their ending, marked as not known', () => {
    const guesses = morph.parse('коворкингами');
    expect(guesses.length).toBeGreaterThan(0);
    expect(guesses.every((r) => !r.known)).toBe(true);
    expect(guesses.map((r) => r.lemma)).toContain('коворкинг');
  });

  it('lemmatizes and inflects', () => {
    expect(morph.lemma('министерства')).toBe('министерство');
    expect(morph.inflect('москвы', ['nomn'])).toBe('москва');
  });

  it('caches: the same word gives the same readings object', () => {
    expect(morph.parse('правительство')).toBe(morph.parse('правительство'));
  });
});

describe('loading', () => {
  it('puts az’s file loader back after init', () => {
    expect(Az.load).toBe(loaderBefore);
  });

  it('still inflects through az’s internal tags when the Russian-notation copies are skipped', () => {
    expect(morph.inflect('директор', ['gent', 'plur'])).toBe('директоров');
  });
});
