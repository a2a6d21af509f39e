/**
 * The English language pack: `import { en } from 'news-enrich/en'` and pass it to `createEnricher({ packs: [en] })`.
 * Loading it loads the NER model (data/en/ner-model.json, trained on GUM and wikigold by
 * scripts/train-en-ner.mjs), its name lexicon (data/en/names.json) and English place and
 * organization-word lists (data/en/gazetteer.json, scripts/build-en-gazetteer.mjs) and the English
 * word list (data/en/lexicon.json, scripts/build-en-lexicon.mjs); the tagger is built from them on the
 * first English article.
 * @module
 */
import type { TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, onFirstUse, type LanguagePack } from '../pack.js';
import type { EnglishDictionary, EnglishGazetteer, NameLexicon } from './features.js';
import { recognizeEnglish } from './recognize.js';
import { createEnglishTagger } from './tagger.js';

/** The English language pack. */
export const en: LanguagePack = definePack('en', 'English', async () => {
  // Read in parallel: one await each would read the four files one after another.
  const [{ default: model }, { default: names }, { default: gazetteer }, { default: dictionary }] = await Promise.all([
    import('../../../data/en/ner-model.json', { with: { type: 'json' } }),
    import('../../../data/en/names.json', { with: { type: 'json' } }),
    import('../../../data/en/gazetteer.json', { with: { type: 'json' } }),
    import('../../../data/en/lexicon.json', { with: { type: 'json' } }),
  ]);
  // The tagger (model decode, lexicon sets) is built on the first English article: ~250 ms of
  // createEnricher() that an enricher never given English text does not pay.
  const tagger = onFirstUse(() => createEnglishTagger(model as unknown as TaggerModelJson, names as NameLexicon, gazetteer as EnglishGazetteer, dictionary as EnglishDictionary));
  return { code: 'en', recognizeEntities: (doc) => recognizeEnglish(doc, tagger()) };
});
