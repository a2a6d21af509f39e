// Structured averaged perceptron for BIO sequence tagging (Collins 2002), trained with Viterbi
// over the same BIO constraints the runtime decoder uses, and exported as the hashed, int8
// quantized model that src/entities/tagger/model.ts loads. Run through tsx so the feature
// hashing is imported from the TypeScript source itself (the two sides must agree bit for bit).
import { encodeBase64 } from '../../src/entities/tagger/base64.ts';
import { fromStrings } from '../../src/entities/tagger/keys.ts';

/** Deterministic PRNG (mulberry32) for the epoch shuffles. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function allowed(labels, prev, next) {
  const nl = labels[next];
  if (!nl.startsWith('I-')) return true;
  const pl = prev < labels.length ? labels[prev] : 'O';
  return pl.length > 2 && pl.slice(2) === nl.slice(2);
}

/**
 * @param {{ features: { keys: Uint32Array, offsets: Int32Array } | string[][], labels: string[] }[]} data sentences
 *   (hashed keys as the language's extractor returns them; feature strings are hashed here)
 * @param {{ labels: string[], epochs?: number, minCount?: number, seed?: number, log?: (s: string) => void, dev?: (model: object) => string }} opts
 * @returns the model JSON
 */
export function train(data, opts) {
  const labels = opts.labels;
  const n = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const epochs = opts.epochs ?? 8;
  const minCount = opts.minCount ?? 2;
  const log = opts.log ?? (() => {});

  // Feature ids by hash; rare features dropped (they bloat the model and rarely generalize).
  const keyed = data.map((s) => (Array.isArray(s.features) ? fromStrings(s.features) : s.features));
  const counts = new Map();
  for (const { keys } of keyed) for (const h of keys) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map();
  const hashes = [];
  for (const [h, c] of counts) if (c >= minCount) { ids.set(h, hashes.length); hashes.push(h); }
  const F = hashes.length;
  log(`features: ${counts.size} seen, ${F} kept (count >= ${minCount})`);

  const seqs = data.map((s, si) => {
    const { keys, offsets: from } = keyed[si];
    const T = from.length - 1;
    const offsets = new Int32Array(T + 1);
    const list = [];
    for (let t = 0; t < T; t++) {
      const seen = new Set();
      for (let k = from[t]; k < from[t + 1]; k++) { const id = ids.get(keys[k]); if (id !== undefined && !seen.has(id)) { seen.add(id); list.push(id); } }
      offsets[t + 1] = list.length;
    }
    const gold = Int32Array.from(s.labels, (l) => {
      const i = labelIndex.get(l);
      if (i === undefined) throw new Error(`unknown label ${l}`);
      return i;
    });
    return { feats: Int32Array.from(list), offsets, gold };
  });

  const w = new Float64Array(F * n);
  const u = new Float64Array(F * n);
  const tr = new Float64Array((n + 1) * n);
  const tu = new Float64Array((n + 1) * n);
  const valid = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) for (let l = 0; l < n; l++) valid[p * n + l] = allowed(labels, p, l) ? 1 : 0;
  let c = 1;

  const decode = (seq) => {
    const T = seq.gold.length;
    const emit = new Float64Array(T * n);
    for (let t = 0; t < T; t++) for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
      const base = seq.feats[k] * n;
      for (let l = 0; l < n; l++) emit[t * n + l] += w[base + l];
    }
    const score = new Float64Array(T * n);
    const back = new Int32Array(T * n);
    for (let l = 0; l < n; l++) score[l] = valid[n * n + l] ? emit[l] + tr[n * n + l] : -Infinity;
    for (let t = 1; t < T; t++) for (let l = 0; l < n; l++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < n; p++) {
        if (!valid[p * n + l]) continue;
        const s = score[(t - 1) * n + p] + tr[p * n + l];
        if (s > best) { best = s; arg = p; }
      }
      score[t * n + l] = best + emit[t * n + l];
      back[t * n + l] = arg;
    }
    const path = new Int32Array(T);
    let best = -Infinity, arg = 0;
    for (let l = 0; l < n; l++) if (score[(T - 1) * n + l] > best) { best = score[(T - 1) * n + l]; arg = l; }
    for (let t = T - 1; t >= 0; t--) { path[t] = arg; arg = back[t * n + arg]; }
    return path;
  };

  const bump = (seq, t, label, delta) => {
    for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
      const i = seq.feats[k] * n + label;
      w[i] += delta;
      u[i] += c * delta;
    }
  };
  const bumpT = (prev, label, delta) => {
    const i = prev * n + label;
    tr[i] += delta;
    tu[i] += c * delta;
  };

  const random = rng(opts.seed ?? 1);
  const order = seqs.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0, tokens = 0;
    for (const idx of order) {
      const seq = seqs[idx];
      const T = seq.gold.length;
      if (T === 0) continue;
      const pred = decode(seq);
      tokens += T;
      for (let t = 0; t < T; t++) {
        const g = seq.gold[t], p = pred[t];
        if (g !== p) { errors++; bump(seq, t, g, 1); bump(seq, t, p, -1); }
        const gp = t > 0 ? seq.gold[t - 1] : n, pp = t > 0 ? pred[t - 1] : n;
        if (g !== p || gp !== pp) { bumpT(gp, g, 1); bumpT(pp, p, -1); }
      }
      c++;
    }
    log(`epoch ${epoch}: token errors ${(100 * errors / Math.max(1, tokens)).toFixed(2)}%`);
  }

  // Average, quantize to int8 with one scale, drop features whose weights all round to zero.
  const avg = new Float64Array(F * n);
  let maxAbs = 0;
  for (let i = 0; i < avg.length; i++) { avg[i] = w[i] - u[i] / c; maxAbs = Math.max(maxAbs, Math.abs(avg[i])); }
  // One scale for all weights, set at a high percentile of |w| rather than the max: the few
  // largest weights clip, and many more small ones survive the rounding to int8.
  const clip = opts.clipPercentile ?? 1;
  const mags = Float64Array.from(avg, Math.abs).filter((x) => x > 0).sort();
  const scale = (mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))] ?? maxAbs) / 127 || 1;
  const kept = [];
  for (let f = 0; f < F; f++) {
    let any = false;
    for (let l = 0; l < n; l++) if (Math.round(avg[f * n + l] / scale) !== 0) { any = true; break; }
    if (any) kept.push(f);
  }
  kept.sort((a, b) => hashes[a] - hashes[b]);
  const keys = new Uint32Array(kept.length);
  const q = new Int8Array(kept.length * n);
  kept.forEach((f, k) => {
    keys[k] = hashes[f];
    for (let l = 0; l < n; l++) q[k * n + l] = Math.max(-127, Math.min(127, Math.round(avg[f * n + l] / scale)));
  });
  const transitions = Array.from(tr, (x, i) => Math.round((x - tu[i] / c) * 1000) / 1000);
  log(`model: ${kept.length} features x ${n} labels, scale ${scale.toExponential(3)}`);
  return {
    version: 1,
    labels,
    scale,
    keys: encodeBase64(new Uint8Array(keys.buffer)),
    weights: encodeBase64(new Uint8Array(q.buffer)),
    transitions,
  };
}

/** BIO labels of tokens from character spans: `tokens` [{start,end}], `spans` [{start,end,type}]. */
export function bioLabels(tokens, spans) {
  const out = tokens.map(() => 'O');
  for (const s of spans) {
    let first = true;
    tokens.forEach((tok, i) => {
      if (tok.start >= s.start && tok.end <= s.end) { out[i] = (first ? 'B-' : 'I-') + s.type; first = false; }
    });
  }
  return out;
}
