import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../../src/entities/tagger/spans.js';
import {
  cutAfterLocative,
  cutAtOpenBracket,
  extendToInstitutionHead,
  splitPersonAtPlace,
} from '../../../src/languages/kk/recognize.js';
import { tokenize } from '../../../src/text/segment.js';

/** A tagged span over words [from, to) of a sentence, as the tagger would give it. */
function span(sentence: string, from: number, to: number, type: string): TaggedSpan {
  const tokens = tokenize(sentence);
  const inside = tokens.slice(from, to);
  return { start: inside[0]!.start, end: inside[inside.length - 1]!.end, type, tokens: inside, sentence: tokens, index: from };
}

const text = (s: TaggedSpan) => s.tokens.map((t) => t.text).join(' ');

describe('Kazakh span repairs', () => {
  it('cuts a place in the locative off a person and makes it a place', () => {
    const glued = span('Шавкат Мирзиёев Самарқандта шетелдік инвесторлармен кездесті .', 0, 3, 'PER');
    const parts = splitPersonAtPlace(glued);
    expect(parts.map((p) => [p.type, text(p)])).toEqual([
      ['PER', 'Шавкат Мирзиёев'],
      ['LOC', 'Самарқандта'],
    ]);
    // A known place in any case form after a surname, too.
    expect(splitPersonAtPlace(span('Ерлан Қарин Астанаға келді .', 0, 3, 'PER')).map(text)).toEqual(['Ерлан Қарин', 'Астанаға']);
  });

  it('leaves real names alone, whatever they end in', () => {
    for (const [sentence, to] of [
      ['Қасым-Жомарт Тоқаевтың сөзі .', 2],
      ['Фарида Адылханова сөз сөйледі .', 2],
      ['Айдана Сейітқызы жеңіске жетті .', 2],
    ] as const) {
      const s = span(sentence, 0, to, 'PER');
      expect(splitPersonAtPlace(s)).toEqual([s]);
    }
  });

  it('ends an organization at a known name in the locative', () => {
    const s = span('Бұл туралы Үкіметте Индустрия вице-министрі айтты .', 2, 4, 'ORG');
    expect(text(cutAfterLocative(s))).toBe('Үкіметте');
    // Қызылорда only ends like a locative: the region's name stays whole.
    const region = span('Қызылорда облысында жаңа мектеп ашылды .', 0, 2, 'LOC');
    expect(cutAfterLocative(region)).toEqual(region);
  });

  it('adds the institution head the tagger left out, but not a brand kind word', () => {
    const police = span('Ол Бостандық аудандық Полиция басқармасына арыз берді .', 1, 4, 'ORG');
    expect(text(extendToInstitutionHead(police))).toBe('Бостандық аудандық Полиция басқармасына');
    const brand = span('Astana LRT компаниясы жаңа вагондар алды .', 0, 2, 'ORG');
    expect(extendToInstitutionHead(brand)).toEqual(brand);
  });

  it('stops a name at a bracket it does not close', () => {
    expect(text(cutAtOpenBracket(span('Мен Парламент ( Мәжіліс депутаты едім .', 1, 4, 'ORG')))).toBe('Парламент');
    const closed = span('Міндетті медициналық ( стоматологиялық ) емхана жұмыс істейді .', 0, 6, 'ORG');
    expect(cutAtOpenBracket(closed)).toEqual(closed);
  });
});
