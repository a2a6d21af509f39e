/**
 * The English language pack: `import { en } from 'news-enrich/en'` and pass it to `createEnricher({ packs: [en] })`.
 * Loading it loads the NER model (data/en/ner-model.json, trained on GUM and wikigold by
 * scripts/train-en-ner.mjs), its name lexicon (data/en/names.json) and English place and
 * organization-word lists (data/en/gazetteer.json, scripts/build-en-gazetteer.mjs) and the English
 * word list (data/en/lexicon.json, scripts/build-en-lexicon.mjs).
 * @module
 */
import type { TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, type LanguagePack } from '../pack.js';
import type { EnglishDictionary, EnglishGazetteer, NameLexicon } from './features.js';
import { recognizeEnglish } from './recognize.js';
import { createEnglishTagger } from './tagger.js';

/** The English language pack. */
export const en: LanguagePack = definePack('en', 'English', async () => {
  const { default: model } = await import('../../../data/en/ner-model.json', { with: { type: 'json' } });
  const { default: names } = await import('../../../data/en/names.json', { with: { type: 'json' } });
  const { default: gazetteer } = await import('../../../data/en/gazetteer.json', { with: { type: 'json' } });
  const { default: dictionary } = await import('../../../data/en/lexicon.json', { with: { type: 'json' } });
  const tagger = createEnglishTagger(model as unknown as TaggerModelJson, names as NameLexicon, gazetteer as EnglishGazetteer, dictionary as EnglishDictionary);
  return { code: 'en', recognizeEntities: (doc) => recognizeEnglish(doc, tagger) };
});
