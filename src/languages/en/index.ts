/**
 * The English language pack: `import { en } from 'news-enrich/en'` and pass it to `createEnricher({ packs: [en] })`.
 * Loading it loads the NER model (data/en/ner-model.json, trained on GUM and wikigold by scripts/train-en-ner.mjs).
 * @module
 */
import { createTagger, type TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, type LanguagePack } from '../pack.js';
import { englishFeatures } from './features.js';
import { recognizeEnglish } from './recognize.js';

/** The English language pack. */
export const en: LanguagePack = definePack('en', 'English', async () => {
  const { default: model } = await import('../../../data/en/ner-model.json', { with: { type: 'json' } });
  const tagger = createTagger(model as unknown as TaggerModelJson, englishFeatures);
  return { code: 'en', recognizeEntities: (doc) => recognizeEnglish(doc, tagger) };
});
