/**
 * The Kazakh language pack: `import { kk } from 'news-enrich/kk'` and pass it to `createEnricher({ packs: [kk] })`.
 * Loading it loads the NER model (data/kk/ner-model.json, trained on KazNERD by scripts/train-kk-ner.mjs).
 * @module
 */
import { createTagger, type TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, type LanguagePack } from '../pack.js';
import { kazakhKeys } from './features.js';
import { recognizeKazakh } from './recognize.js';

/** The Kazakh language pack. */
export const kk: LanguagePack = definePack('kk', 'Kazakh', async () => {
  const { default: model } = await import('../../../data/kk/ner-model.json', { with: { type: 'json' } });
  const tagger = createTagger(model as unknown as TaggerModelJson, kazakhKeys);
  return { code: 'kk', recognizeEntities: (doc) => recognizeKazakh(doc, tagger) };
});
