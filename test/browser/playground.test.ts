/**
 * End-to-end: the playground (examples/playground) built with Vite, served over HTTP on 127.0.0.1
 * and driven in Debian's headless Chromium through playwright-core. It checks that the library
 * runs in a browser: the Russian dictionary loads over HTTP from the page's own origin, a pasted
 * article comes back with people and countries highlighted, and the tags equal what Node computes.
 *
 * Needs /usr/bin/chromium (.ci/run installs it) and dist/ (`npm run build`). Without Chromium the
 * test fails, unless NEWS_ENRICH_SKIP_BROWSER=1 is set (for quick local runs).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PLAYGROUND = join(ROOT, 'examples', 'playground');
const BUILT = join(PLAYGROUND, 'dist');
const SCREENSHOT = join(ROOT, 'test-output', 'playground.png');
const CHROMIUM = '/usr/bin/chromium';
const SKIP = process.env.NEWS_ENRICH_SKIP_BROWSER === '1';

// Flags for a quiet, hermetic headless run: no GPU, no sandbox (CI runs as root), and none of
// Chromium's own background traffic (updates, sync, QUIC probes) leaving the machine.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// An article written for this test (not from any corpus): two heads of state, three countries.
const ARTICLE = [
  'Токаев и Макрон обсудили поставки урана',
  'Президент Казахстана Касым-Жомарт Токаев провёл в Астане переговоры с президентом Франции Эммануэлем Макроном. Стороны обсудили поставки урана и сотрудничество в энергетике.',
  '«Франция остаётся одним из крупнейших инвесторов в экономику Казахстана», — сказал Токаев журналистам после встречи.',
  'Министр иностранных дел Мурат Нуртлеу сообщил, что ответный визит в Париж запланирован на осень. В переговорах также участвовали представители Германии.',
].join('\n\n');

describe.skipIf(SKIP)('playground in headless Chromium', { timeout: 120_000 }, () => {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (what .ci/run does), or set NEWS_ENRICH_SKIP_BROWSER=1 to skip this test locally`);
    }
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (the playground imports the built package)');
    await buildPlayground();
    server = await serveStatic(BUILT);
    profile = mkdtempSync(join(tmpdir(), 'news-enrich-chromium-'));
    // launchPersistentContext is how playwright takes a --user-data-dir: a fresh one per run.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('enriches a pasted Russian article: people and countries highlighted, same tags as in Node', async () => {
    const origin = server!.origin;
    const page = context!.pages()[0] ?? (await context!.newPage());
    const foreign: string[] = [];
    const errors: string[] = [];
    // The playground must load everything from its own origin; anything else is recorded and refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto(`${origin}/index.html`);
    await page.fill('#article', ARTICLE);
    await page.click('#enrich');
    await page.waitForSelector('#output[data-state="done"], #output[data-state="error"]', { timeout: 90_000 });
    expect(await page.textContent('#status')).toMatch(/^Enriched in \d+ ms: ru,/);

    const people = await page.$$eval('#rendered .ne-article mark.ne-person.ne-k-name', (marks) => marks.map((m) => m.firstChild?.textContent ?? ''));
    const countries = await page.$$eval('#rendered .ne-article mark.ne-country.ne-k-name', (marks) => marks.map((m) => m.firstChild?.textContent ?? ''));
    expect(people).toEqual(expect.arrayContaining(['Касым-Жомарт Токаев', 'Эммануэлем Макроном', 'Мурат Нуртлеу']));
    expect(countries).toEqual(expect.arrayContaining(['Казахстана', 'Франции', 'Германии']));

    const shown = JSON.parse((await page.textContent('#json')) ?? '{}') as { tags?: string[] };
    expect(shown.tags).toEqual(expect.arrayContaining(['person:kasym-jomart-tokaev', 'country:KZ', 'country:FR', 'country:DE']));
    expect(shown.tags).toEqual(await tagsInNode(ARTICLE));

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reports a missing dictionary instead of hanging', async () => {
    const page = await context!.newPage();
    // The same page with the dictionary folder answering 404: the status must say what is wrong.
    await page.route('**/dicts/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${server!.origin}/index.html`);
    await page.waitForSelector('#status.pg-error', { timeout: 30_000 });
    expect(await page.textContent('#status')).toMatch(/cannot load the morphology dictionary file .*dicts\/.* \(HTTP 404\)/);
    await page.close();
  });
});

/** `vite build examples/playground` in a child process, so its bundler state stays out of vitest's. */
async function buildPlayground(): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', PLAYGROUND, '--logLevel', 'error'], { cwd: ROOT });
  if (!existsSync(join(BUILT, 'dicts', 'words.dawg'))) throw new Error('vite build did not copy the az dictionaries into examples/playground/dist/dicts');
}

/** The tags the built package computes in Node for the same text (the reference for the browser). */
async function tagsInNode(text: string): Promise<string[]> {
  const { createEnricher } = await import('news-enrich');
  const { ru } = await import('news-enrich/ru');
  const { kk } = await import('news-enrich/kk');
  const { en } = await import('news-enrich/en');
  const enricher = await createEnricher({ packs: [ru, kk, en] });
  return enricher.enrich({ text }).tags;
}
