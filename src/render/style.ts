/**
 * The stylesheet, scoped under `.ne-render` so a fragment can sit inside any page.
 * Colours per entity type (strong for names, light for roles, adjectives and pronouns) are
 * custom properties, so a site can restyle them with one rule.
 * @module
 */

/** Strong and light colour of each entity type. */
const COLOURS: Record<string, [string, string]> = {
  person: ['#c9b8ff', '#f0ebff'],
  country: ['#ffc680', '#fff1dc'],
  place: ['#96e6ac', '#e4f8ea'],
  organization: ['#8ed4f4', '#e1f4fd'],
  event: ['#ffdf6b', '#fff7d0'],
  other: ['#cfd6dd', '#f0f2f4'],
};

const TAG_COLOURS: Record<string, string> = {
  person: '#f0ebff',
  country: '#fff1dc',
  place: '#e4f8ea',
  org: '#e1f4fd',
  organization: '#e1f4fd',
  event: '#fff7d0',
  keyword: '#eef1f4',
};

const R = '.ne-render';

/** The CSS of a rendered page or fragment. */
export const CSS = [
  `${R}{--ne-accent:#1f6feb;font:16px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;background:#f6f8fa;max-width:64rem;margin:0 auto;padding:1.25rem 1.5rem 2rem;box-sizing:border-box}`,
  `${R} *{box-sizing:inherit}`,
  `${R} h1{font-size:1.45rem;line-height:1.3;margin:0 0 .35rem}`,
  `${R} h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#57606a;margin:1.4rem 0 .5rem}`,
  `${R} .ne-meta{color:#57606a;font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem .9rem}`,
  `${R} .ne-lang{font-weight:700;color:#1f2328;text-transform:uppercase}`,
  `${R} .ne-legend{display:flex;flex-wrap:wrap;align-items:center;gap:.45rem .9rem;font-size:.82rem;margin:1rem 0;padding:.6rem .8rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}`,
  `${R} .ne-legend .ne-p{display:inline-block;margin:0;padding:0 .4rem}`,
  `${R} .ne-article{overflow-wrap:anywhere}`,
  `${R} .ne-p{margin:0 0 .8rem;padding:.2rem .8rem;border-left:3px solid transparent;border-radius:0 6px 6px 0}`,
  `${R} .ne-p.ne-in-body{background:#fff;border-left-color:#2da44e}`,
  `${R} .ne-p.ne-outside{color:#57606a}`,
  `${R} .ne-chrome{opacity:.5;font-size:.92em}`,
  `${R} .ne-badge{display:inline-block;font-size:.62rem;line-height:1.4;font-weight:600;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;border-radius:3px;padding:0 .3rem;margin-right:.4rem;vertical-align:.15em}`,
  `${R} .ne-badge-lang{color:#9a6700;border-color:#d4a72c}`,
  `${R} .ne-quote{background:#eaf2fe;border-left:3px solid var(--ne-accent);padding:.1em .3em;box-decoration-break:clone;-webkit-box-decoration-break:clone}`,
  `${R} .ne-quote-indirect{background:#f3f4f6;border-left-style:dashed;border-left-color:#8c959f}`,
  `${R} .ne-speaker{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.5;color:var(--ne-accent);background:#fff;border:1px solid #b6d3fb;border-radius:1rem;padding:0 .5rem;margin-left:.35rem;vertical-align:.1em;white-space:nowrap}`,
  `${R} .ne-speaker.ne-unknown{color:#8c959f;border-color:#d0d7de}`,
  `${R} .ne-cue{text-decoration:underline 2px var(--ne-accent);text-underline-offset:3px}`,
  `${R} .ne-ent{background:var(--ne-c);color:inherit;padding:.05em .3em;margin:0 .05em;border-radius:.35em;box-decoration-break:clone;-webkit-box-decoration-break:clone}`,
  `${R} .ne-ent.ne-k-role,${R} .ne-ent.ne-k-adjective,${R} .ne-ent.ne-k-pronoun{background:var(--ne-l);box-shadow:inset 0 -2px 0 var(--ne-c)}`,
  `${R} .ne-ent .ne-ent{padding:0 .15em}`,
  `${R} .ne-label{font-size:.6rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;opacity:.65;margin-left:.3rem;vertical-align:.12em}`,
  ...Object.entries(COLOURS).map(([type, [strong, light]]) => `${R} .ne-${type}{--ne-c:${strong};--ne-l:${light}}`),
  `${R} .ne-chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}`,
  `${R} .ne-chip{font:12px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.05rem .55rem;border-radius:1rem;background:#eef1f4;border:1px solid #d8dee4}`,
  ...Object.entries(TAG_COLOURS).map(([prefix, colour]) => `${R} .ne-chip-${prefix}{background:${colour}}`),
  `${R} .ne-keywords{margin:0;padding-left:1.6rem;columns:2 16rem;font-size:.92rem}`,
  `${R} .ne-score{color:#8c959f;font-size:.8em;margin-left:.4rem}`,
  `${R} table{border-collapse:collapse;font-size:.88rem;width:100%;background:#fff}`,
  `${R} th,${R} td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e5e9ed;vertical-align:top}`,
  `${R} td code{font-size:.8rem;color:#57606a}`,
  `${R} .ne-empty{color:#8c959f;font-style:italic}`,
].join('\n');
