/**
 * The Russian language pack: `import { ru } from 'news-enrich/ru'` and pass it to `createEnricher({ packs: [ru] })`.
 * @module
 */
import { definePack, type LanguagePack } from '../pack.js';

/** The Russian language pack. */
export const ru: LanguagePack = definePack('ru', 'Russian', async () => ({ code: 'ru' }));
