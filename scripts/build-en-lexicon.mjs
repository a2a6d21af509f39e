#!/usr/bin/env node
// Builds data/en/lexicon.json: which English words are ordinary words (listed in lower case) and
// which are proper names (listed capitalized), for the tagger's dictionary features — an unseen
// capitalized word that no dictionary lists is most likely a name. Source: SCOWL's American
// English word list as Debian's `wamerican` package installs it (/usr/share/dict/american-english;
// `apt-get install wamerican`); SCOWL's licence permits use, copying, modification, distribution
// and sale with its notice (see /usr/share/doc/wamerican/copyright). Possessives are left out.
//   node scripts/build-en-lexicon.mjs [path-to-word-list]
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? '/usr/share/dict/american-english';
const common = new Set();
const proper = new Set();
for (const word of readFileSync(input, 'utf8').split('\n')) {
  if (!word || word.endsWith("'s") || !/^\p{L}/u.test(word)) continue;
  const lower = word.toLowerCase();
  if (word === lower) common.add(lower);
  else proper.add(lower);
}
const out = {
  source: "SCOWL American English word list (Debian wamerican 2020.12.07, /usr/share/dict/american-english); licence: SCOWL's permissive notice (use, copy, modify, distribute, sell). Built by scripts/build-en-lexicon.mjs",
  common: [...common].sort(),
  proper: [...proper].sort(),
};
const file = join(root, 'data', 'en', 'lexicon.json');
writeFileSync(file + '.tmp', JSON.stringify(out) + '\n');
renameSync(file + '.tmp', file);
console.error(`wrote ${file}: ${out.common.length} common words, ${out.proper.length} proper names`);
