/**
 * The Kazakh language pack: `import { kk } from 'news-enrich/kk'` and pass it to `createEnricher({ packs: [kk] })`.
 * Loading it reads the NER model (data/kk/ner-model.json, trained on KazNERD by scripts/train-kk-ner.mjs);
 * the tagger is built from it on the first Kazakh article.
 * @module
 */
import { createTagger, type TaggerModelJson } from '../../entities/tagger/index.js';
import { definePack, onFirstUse, type LanguagePack } from '../pack.js';
import { kazakhKeys } from './features.js';
import { recognizeKazakh } from './recognize.js';

/** The Kazakh language pack. */
export const kk: LanguagePack = definePack('kk', 'Kazakh', async () => {
  const { default: model } = await import('../../../data/kk/ner-model.json', { with: { type: 'json' } });
  // The tagger (model decode, gazetteer index) is built on the first Kazakh article: ~100 ms of
  // createEnricher() that an enricher never given Kazakh text does not pay.
  const tagger = onFirstUse(() => createTagger(model as unknown as TaggerModelJson, kazakhKeys));
  return { code: 'kk', recognizeEntities: (doc) => recognizeKazakh(doc, tagger()) };
});
