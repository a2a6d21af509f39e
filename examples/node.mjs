// Enrich the example articles with the library's API: one async init, then synchronous calls.
import { readFileSync } from 'node:fs';
import { createEnricher } from 'news-enrich';
import { ru } from 'news-enrich/ru';
import { kk } from 'news-enrich/kk';
import { en } from 'news-enrich/en';

const enricher = await createEnricher({ packs: [ru, kk, en] });
for (const name of ['ru-astana-forum', 'kk-aktobe-grain', 'en-almaty-metro']) {
  const text = readFileSync(new URL(`./articles/${name}.txt`, import.meta.url), 'utf8');
  const { language, body } = enricher.enrich({ id: name, text });
  console.log(name, language.code, language.confidence, body.title ?? '', text.slice(body.start, body.start + 60));
}
