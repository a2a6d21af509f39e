/**
 * The English language pack: `import { en } from 'news-enrich/en'` and pass it to `createEnricher({ packs: [en] })`.
 * @module
 */
import { definePack, type LanguagePack } from '../pack.js';

/** The English language pack. */
export const en: LanguagePack = definePack('en', 'English', async () => ({ code: 'en' }));
