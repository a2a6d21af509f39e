/**
 * The Russian language pack: `import { ru } from 'news-enrich/ru'` and pass it to `createEnricher({ packs: [ru] })`.
 * Loading it loads the OpenCorpora morphology dictionary (see morph.ts) and the gazetteer, which
 * the named-entity recognizer (entities/) reads.
 * @module
 */
import { definePack, type LanguagePack } from '../pack.js';
import { createRussianEntityRecognizer } from './entities/index.js';
import { loadRussianMorphology } from './morph.js';

/** The Russian language pack. */
export const ru: LanguagePack = definePack('ru', 'Russian', async () => {
  const morphology = await loadRussianMorphology();
  return {
    code: 'ru',
    lemmatize: morphology.lemma,
    analyze: morphology.parse,
    inflect: morphology.inflect,
    recognizeEntities: createRussianEntityRecognizer(morphology),
  };
});
