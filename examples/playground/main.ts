/// <reference types="vite/client" />
// The playground: enrich a pasted article in the browser and show what toHtml renders plus the JSON.
// Everything loads from this page's own origin: the packs' code and models are part of the bundle,
// and the Russian dictionary files are copied next to index.html by vite.config.ts (dicts/).
import { createEnricher, toHtml, type Enricher, type EnrichInput } from 'news-enrich';
import { en } from 'news-enrich/en';
import { kk } from 'news-enrich/kk';
import { createRussianPack } from 'news-enrich/ru';
import enArticle from '../articles/en-almaty-metro.txt?raw';
import kkArticle from '../articles/kk-aktobe-grain.txt?raw';
import ruArticle from '../articles/ru-astana-forum.txt?raw';

const EXAMPLES: Record<string, { label: string; text: string }> = {
  ru: { label: 'Russian: Astana forum', text: ruArticle },
  kk: { label: 'Kazakh: Aktobe grain', text: kkArticle },
  en: { label: 'English: Almaty metro', text: enArticle },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const article = $<HTMLTextAreaElement>('article');
const button = $<HTMLButtonElement>('enrich');
const status = $<HTMLElement>('status');
const output = $<HTMLElement>('output');
const rendered = $<HTMLElement>('rendered');
const json = $<HTMLElement>('json');
const picker = $<HTMLSelectElement>('example');

// Relative to the page, so the built site works from any sub-path.
const dictionaries = new URL('./dicts', document.baseURI);
// Loading starts with the page; the first click waits for it if it has not finished yet.
const enricher: Promise<Enricher> = createEnricher({ packs: [createRussianPack({ dictionaries }), kk, en] });
const started = performance.now();
enricher.then(
  () => setStatus(`Ready (packs loaded in ${Math.round(performance.now() - started)} ms).`),
  (err: unknown) => setStatus(`Could not load the language packs: ${messageOf(err)}`, true),
);

for (const [value, { label }] of Object.entries(EXAMPLES)) picker.add(new Option(label, value));
picker.addEventListener('change', () => {
  const example = EXAMPLES[picker.value];
  if (example) article.value = example.text;
});
button.addEventListener('click', () => void run());

async function run(): Promise<void> {
  const source = article.value;
  if (source.trim() === '') return setStatus('Paste an article first.', true);
  button.disabled = true;
  output.dataset.state = 'working';
  try {
    const ready = await enricher;
    const t0 = performance.now();
    const enrichment = ready.enrich(toInput(source));
    const ms = Math.round(performance.now() - t0);
    rendered.innerHTML = toHtml(enrichment, source, { standalone: false });
    json.textContent = JSON.stringify(enrichment, null, 2);
    output.dataset.state = 'done';
    setStatus(`Enriched in ${ms} ms: ${enrichment.language.code}, ${enrichment.entities.length} entities, ${enrichment.tags.length} tags.`);
  } catch (err) {
    output.dataset.state = 'error';
    setStatus(`Enrichment failed: ${messageOf(err)}`, true);
  } finally {
    button.disabled = false;
  }
}

/** Pasted markup goes in as HTML, so the body detector sees the page's structure. */
function toInput(source: string): EnrichInput {
  return source.trimStart().startsWith('<') ? { html: source } : { text: source };
}

function setStatus(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('pg-error', isError);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
