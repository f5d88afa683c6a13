// Bench corpora of any size: the openly licensed texts in ../shared/corpora (MEANTIME, GUM), each
// replicated with its names replaced from a generated pool and its figures perturbed, so that
// cross-article resolution has real work (names recur across some articles, not all); a
// generated corpus when ../shared is absent.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSources(root) {
  const dirs = ['meantime_en/text', 'gum/text'].map((d) => join(root, '../shared/corpora', d));
  const texts = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  if (texts.length) return { texts, source: 'MEANTIME + GUM texts (../shared/corpora), names and figures varied per copy' };
  return { texts: generated(300), source: 'generated articles (../shared absent)' };
}

/** Deterministic pseudo-random numbers. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SYL = ['ka', 'lo', 'mer', 'vin', 'tor', 'sa', 'bel', 'dri', 'nor', 'qui', 'ha', 'zen', 'mo', 'ras', 'tel', 'fi', 'gan', 'pu', 'wen', 'ol'];
/** A pool of invented name words ("Kalomer", "Vintor"). */
const POOL = [];
for (const a of SYL) for (const b of SYL) for (const c of ['', 'a', 'o', 'en', 'ski', 'ra']) {
  const w = a + b + c;
  POOL.push(w[0].toUpperCase() + w.slice(1));
}

/** Capitalised words inside the entity mentions of a text (found by the analyser itself). */
export function nameWords(text, analyze) {
  const words = new Set();
  for (const m of analyze(text).mentions) for (const w of m.text.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []) words.add(w.replace(/['’]s$/, ''));
  return words;
}

/**
 * Copy `copy` of a source text: copy 0 is the original; others swap each name word for a pool
 * word chosen by (word, copy mod 40), so a name recurs in about one copy in forty of every source
 * that mentions it, and scale figures (not years) by up to ±20 %.
 */
export function variant(text, names, copy) {
  if (copy === 0) return text;
  const v = copy % 40;
  const r = rng(hash(text.slice(0, 64)) ^ copy);
  return text
    .replace(/\p{Lu}[\p{Ll}'’-]+/gu, (w) => (names.has(w) ? POOL[hash(w + '|' + v) % POOL.length] : w))
    .replace(/\b\d{2,}\b/g, (d) => {
      const n = Number(d);
      if (n >= 1900 && n <= 2099) return d;
      return String(Math.max(1, Math.round(n * (0.8 + 0.4 * r()))));
    });
}

/** `count` articles: the sources, then their variants, round-robin. */
export function buildCorpus(count, sources, names) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const s = i % sources.length, copy = Math.floor(i / sources.length);
    out.push({ name: `a${String(i).padStart(5, '0')}.txt`, text: variant(sources[s], names[s], copy) });
  }
  return out;
}

export function writeCorpus(dir, docs) {
  mkdirSync(dir, { recursive: true });
  for (const d of docs) writeFileSync(join(dir, d.name), d.text);
}

function generated(n) {
  const r = rng(7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const place = pick(POOL), mayor = `${pick(POOL)} ${pick(POOL)}`, org = `${pick(POOL)} Relief Agency`;
    const para = () => `Nearly ${100 + Math.floor(r() * 900)} families have lost their homes in ${place}, Mayor ${mayor} said on Monday. ` +
      `"We will rebuild," ${mayor.split(' ')[1]} told reporters. At least ${3 + Math.floor(r() * 60)} people were injured, according to the ${org}.\n\n`;
    out.push(`Storm Hits ${place}\n\nBy ${pick(POOL)} ${pick(POOL)}\n\n` + Array.from({ length: 4 }, para).join(''));
  }
  return out;
}
