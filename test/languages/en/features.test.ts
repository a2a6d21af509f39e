import { describe, expect, it } from 'vitest';
import { createEnglishExtractor, englishDocumentContext } from '../../../src/languages/en/features.js';

const words = (text: string) => text.split(' ');

describe('englishDocumentContext', () => {
  it('records lower-case uses and mid-sentence capitals, ignoring sentence starts and all-caps lines', () => {
    const doc = englishDocumentContext([words('WILSON BEATS TOBOL IN ASTANA'), words('Wilson said the beats were loud .'), words('Then Wilson left , said Beats .')]);
    expect(doc.get('wilson')).toBe(2);
    expect(doc.get('beats')).toBe(3);
    expect(doc.get('said')).toBe(1);
    expect(doc.has('tobol')).toBe(false);
    expect(doc.has('then')).toBe(false);
  });
});

describe('createEnglishExtractor', () => {
  it('adds document, gazetteer and dictionary keys only when it has them', () => {
    const lexicon = { first: [], last: [] };
    const sentence = words('Zhusupov met Brown in Almaty');
    const plain = createEnglishExtractor(lexicon)(sentence);
    const rich = createEnglishExtractor(lexicon, { places: ['Almaty'], orgWords: ['inc'] }, { common: ['brown', 'met', 'in'], proper: ['brown'] })(
      sentence,
      englishDocumentContext([sentence]),
    );
    expect(rich.offsets.length).toBe(sentence.length + 1);
    expect(rich.keys.length).toBeGreaterThan(plain.keys.length);
  });
});
