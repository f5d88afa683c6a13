/**
 * The model's score of a mention's context (entity-features.ts `emitContextFeatures`, and the words
 * seen before the name elsewhere in the document, `emitWordsBefore`) for the shipped model's
 * scorer, with one lookup per context word. The features put each of the four words around a
 * chunk into several small maps (p1, p1n1 and p2p1 for the word before; d:p1 for the words before
 * the name elsewhere; the title-word set), and most words are in none of them: here every word the
 * model weighs in any context place is one record, found by one lookup of the word, holding its
 * weight in each place and the pairs it opens keyed by the other word's record number. Features
 * that are whole constants (role, title case, a sentence start, ordinary words mid-sentence) are
 * looked up once. The stored weights are integers, so the sums equal those of the features added
 * one by one (unit rows hold them equal).
 */
import type { EntityType, Token } from '../types';
import { TITLE_HEADS } from '../model/words';
import { FeaturePrefix, type FeatureScorer, featureWeight, MODEL_CLASSES, prefixWeights, zeros } from '../model/ner-model';
import { type ChunkView, type ChunkWords, type DocEntry, midSentence, wordAt } from './entity-features';

type Raw = readonly number[] | undefined;

/** What the model weighs of one word in each context place. */
class ContextWord {
  p1: Raw = undefined;
  p2: Raw = undefined;
  n1: Raw = undefined;
  n2: Raw = undefined;
  /** "d:p1": the word before the name elsewhere in the document. */
  dp1: Raw = undefined;
  /** A title word before the name ("h:titlebefore"). */
  title = false;
  /** The pairs this word opens, by the record number of the pair's second word. */
  p1n1: Map<number, Raw> | undefined = undefined;
  p2p1: Map<number, Raw> | undefined = undefined;
  n1n2: Map<number, Raw> | undefined = undefined;
  constructor(readonly id: number) {}
}

const P_P1 = new FeaturePrefix('p1');
const P_P2 = new FeaturePrefix('p2');
const P_N1 = new FeaturePrefix('n1');
const P_N2 = new FeaturePrefix('n2');
const P_D_P1 = new FeaturePrefix('d:p1');
const P_P1N1 = new FeaturePrefix('p1n1');
const P_P2P1 = new FeaturePrefix('p2p1');
const P_N1N2 = new FeaturePrefix('n1n2');
const P_R = new FeaturePrefix('r');

interface Weights {
  words: Map<string, ContextWord>;
  title: Raw;
  role: Raw;
  tc: Raw;
  acr: Raw;
  start: Raw;
  startTc: Raw;
  /** "com:<com>|edge" and "com:<com>|mid" for com none, all, some. */
  com: Raw[];
}
let weights: Weights | undefined;

function build(): Weights {
  const words = new Map<string, ContextWord>();
  const rec = (w: string): ContextWord => {
    let r = words.get(w);
    if (!r) words.set(w, (r = new ContextWord(words.size)));
    return r;
  };
  for (const [v, w] of prefixWeights(P_P1)) rec(v).p1 = w;
  for (const [v, w] of prefixWeights(P_P2)) rec(v).p2 = w;
  for (const [v, w] of prefixWeights(P_N1)) rec(v).n1 = w;
  for (const [v, w] of prefixWeights(P_N2)) rec(v).n2 = w;
  for (const [v, w] of prefixWeights(P_D_P1)) rec(v).dp1 = w;
  const title = featureWeight('h:titlebefore');
  if (title) for (const v of TITLE_HEADS) rec(v).title = true;
  // Every way of splitting a stored pair at a '|', as the scorer's pair tables do (a word may hold one).
  const pairs = (prefix: FeaturePrefix, put: (r: ContextWord) => Map<number, Raw>): void => {
    for (const [v, w] of prefixWeights(prefix)) {
      for (let j = v.indexOf('|'); j >= 0; j = v.indexOf('|', j + 1)) put(rec(v.slice(0, j))).set(rec(v.slice(j + 1)).id, w);
    }
  };
  pairs(P_P1N1, (r) => (r.p1n1 ??= new Map()));
  pairs(P_P2P1, (r) => (r.p2p1 ??= new Map()));
  pairs(P_N1N2, (r) => (r.n1n2 ??= new Map()));
  const com: Raw[] = [];
  for (const c of ['none', 'all', 'some']) for (const pos of ['edge', 'mid']) com.push(featureWeight(`com:${c}|${pos}`));
  return {
    words, title, role: featureWeight('role'), tc: featureWeight('tc'), acr: featureWeight('acr'),
    start: featureWeight('start'), startTc: featureWeight('start:tc'), com,
  };
}

// Tried (s17): each context token's record kept on its lexeme (lexOf, one field on Lexeme) instead of
// the lookup by its fold: the fold is a string the document just made, so each lookup hashes it, but
// most context words are ordinary lower-case ones with no lexeme yet, and making one is a lookup too.
// abi against this version: +3.7, +1.0, -4.4% over three runs, and a larger share of the steady
// profile; no reliable gain, not kept.
const add = (f: FeatureScorer, w: Raw): void => f.addWeights(w);

/**
 * Adds to `f` what `emitContextFeatures` and then `emitWordsBefore` would (the words before the
 * name elsewhere summed once per document entry, kept in `sums`).
 */
export function scoreContext(tokens: Token[], c: ChunkView, rule: EntityType, words: ChunkWords | null, f: FeatureScorer,
  sums: Map<DocEntry, number[]>): void {
  f.addKV(P_R, rule);
  if (!words) return;
  const wt = (weights ??= build());
  const s = tokens[c.first].sentence;
  const p1 = wordAt(tokens, c.first - 1, s, '<s>'), p2 = wordAt(tokens, c.first - 2, s, '<s>');
  const n1 = wordAt(tokens, c.last + 1, s, '</s>'), n2 = wordAt(tokens, c.last + 2, s, '</s>');
  const m = wt.words;
  const r1 = m.get(p1), r2 = m.get(p2), q1 = m.get(n1), q2 = m.get(n2);
  if (r1 !== undefined) {
    add(f, r1.p1);
    if (q1 !== undefined && r1.p1n1 !== undefined) add(f, r1.p1n1.get(q1.id));
    if (r1.title) add(f, wt.title);
  }
  if (r2 !== undefined) {
    add(f, r2.p2);
    if (r1 !== undefined && r2.p2p1 !== undefined) add(f, r2.p2p1.get(r1.id));
  }
  if (q1 !== undefined) {
    add(f, q1.n1);
    if (q2 !== undefined && q1.n1n2 !== undefined) add(f, q1.n1n2.get(q2.id));
  }
  if (q2 !== undefined) add(f, q2.n2);
  const com = words.com;
  add(f, wt.com[(com === 'none' ? 0 : com === 'all' ? 2 : 4) + (midSentence(tokens, c) ? 1 : 0)]);
  if (c.role) add(f, wt.role);
  if (c.titleCase) add(f, wt.tc);
  if (c.acronymOf !== undefined && c.acronymOf >= 0) add(f, wt.acr);
  if (p1 === '<s>') add(f, c.titleCase ? wt.startTc : wt.start);
  const d = words.doc;
  if (!d || d.before.size === 0) return;
  let all = sums.get(d);
  if (!all) {
    all = zeros(MODEL_CLASSES.length);
    for (const b of d.before) {
      const w = m.get(b)?.dp1;
      if (w) for (let i = 0; i < all.length; i++) all[i] += w[i];
    }
    sums.set(d, all);
  }
  f.addRaw(all);
  const own = r1?.dp1;
  if (own !== undefined && d.before.has(p1)) f.subRaw(own);
}
