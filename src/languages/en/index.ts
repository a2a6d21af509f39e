/**
 * The English language pack: `import { en } from 'news-enrich/en'` and pass it to `createEnricher({ packs: [en] })`.
 * Loading it loads the NER model and its name lexicon (data/en/names.json) (data/en/ner-model.json, trained on GUM and wikigold by scripts/train-en-ner.mjs).
 * @module
 */
import { createTagger, type SequenceTagger, type TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, type LanguagePack } from '../pack.js';
import { createEnglishExtractor, type NameLexicon } from './features.js';
import { recognizeEnglish } from './recognize.js';
import { initialNames, sportsTeams, titleLedNames } from './rules.js';

/** The English language pack. */
export const en: LanguagePack = definePack('en', 'English', async () => {
  const { default: model } = await import('../../../data/en/ner-model.json', { with: { type: 'json' } });
  const { default: names } = await import('../../../data/en/names.json', { with: { type: 'json' } });
  const statistical = createTagger(model as unknown as TaggerModelJson, createEnglishExtractor(names as NameLexicon));
  const tagger: SequenceTagger = { labels: statistical.labels, tag: (words) => sportsTeams(words, initialNames(words, titleLedNames(words, statistical.tag(words)))) };
  return { code: 'en', recognizeEntities: (doc) => recognizeEnglish(doc, tagger) };
});
