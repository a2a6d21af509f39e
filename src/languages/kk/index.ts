/**
 * The Kazakh language pack: `import { kk } from 'news-enrich/kk'` and pass it to `createEnricher({ packs: [kk] })`.
 * @module
 */
import { definePack, type LanguagePack } from '../pack.js';

/** The Kazakh language pack. */
export const kk: LanguagePack = definePack('kk', 'Kazakh', async () => ({ code: 'kk' }));
