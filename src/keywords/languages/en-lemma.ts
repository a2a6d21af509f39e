/**
 * English lemmas for keywords without a dictionary: lower case and a plural noun made singular by
 * suffix rules. The build script uses the same function for the document-frequency keys, so the
 * table and the runtime always agree.
 * @module
 */

/** Words ending in -s that are not plurals (or whose singular is the same word). */
const KEEP = new Set([
  'news', 'series', 'species', 'politics', 'economics', 'physics', 'mathematics', 'statistics', 'ethics',
  'athletics', 'gymnastics', 'electronics', 'logistics', 'analysis', 'basis', 'crisis', 'thesis', 'diagnosis',
  'emphasis', 'status', 'virus', 'bus', 'campus', 'census', 'bonus', 'focus', 'consensus', 'corpus', 'genus',
  'chaos', 'kudos', 'lens', 'gas', 'atlas', 'canvas', 'alias', 'bias', 'this', 'has', 'was', 'is', 'its', 'us',
  'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'sometimes', 'unless', 'thus', 'plus', 'yes', 'less',
  'texas', 'paris', 'athens', 'christmas', 'olympics', 'aids', 'arms', 'means', 'headquarters', 'savings',
  'earnings', 'finances', 'sales', 'goods', 'clothes', 'data', 'media', 'criteria', 'phenomena',
]);

/** Irregular plurals. */
const IRREGULAR: Readonly<Record<string, string>> = {
  men: 'man', women: 'woman', children: 'child', people: 'people', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', wolves: 'wolf', halves: 'half',
  shelves: 'shelf', thieves: 'thief', selves: 'self', analyses: 'analysis', crises: 'crisis', theses: 'thesis',
  indices: 'index', matrices: 'matrix', vertices: 'vertex', businesses: 'business', processes: 'process',
};

/**
 * The English lemma of a word as a noun: lower case, plural made singular.
 * @example
 * ```ts
 * englishLemma('Networks'); // 'network'
 * englishLemma('policies'); // 'policy'
 * ```
 */
export function englishLemma(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w.length < 4 || KEEP.has(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (!/^[a-z][a-z-]*s$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  return w.slice(0, -1);
}
