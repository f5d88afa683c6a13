/**
 * The model's score of a name's words (entity-features.ts `emitNameFeatures`) for the shipped model's
 * scorer, summed from per-word parts. A novel chunk is mostly a new arrangement of known words (a
 * given name and a surname, a word and "Holdings"), yet its features were built afresh: affixes
 * sliced, shapes spelt out, each word looked up in the lexicons, every feature looked up by its
 * string. Here what a word adds as a name's first word, its last, a middle one or the only one is
 * summed once and kept on the word's lexeme; only what depends on the whole name (its length, its
 * joined shape, the whole-name lexicons, how many ordinary words) is worked out per chunk.
 * The stored weights are integers, so the sums equal those of the features added one by one.
 */
import type { Token } from '../types';
import { isPlaceName, LEXICON_NAMES, lexicon } from '../model/lexicon';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { FeaturePrefix, type FeatureScorer, MODEL_CLASSES, zeros } from '../model/ner-model';
import { isCommonToken, lexOf, lowerToken } from './token-fold';
import type { ChunkView, NameWords } from './entity-features';
import { shapeOf } from './entity-features';

type Raw = readonly number[] | undefined;

/** What one word adds to a name's score in each place, and what the whole name's features read of it. */
class WordParts {
  constructor(
    readonly shouting: boolean,
    /** f, p3, fshp, lx:fn, lx:dem; h:orgf and h:locf (`firstMulti`) only in a name of several words. */
    readonly first: Raw, readonly firstMulti: Raw,
    /** l, s3, s2, lshp, lx:ln, h:org, h:loc; lx:fnl (`lastMulti`) only in a name of several words. */
    readonly last: Raw, readonly lastMulti: Raw,
    readonly mid: Raw, readonly single: Raw,
    readonly folded: string, readonly shape: string, readonly place: boolean) {}
}

const P_F = new FeaturePrefix('f');
const P_FSHP = new FeaturePrefix('fshp');
const P_H = new FeaturePrefix('h');
const P_L = new FeaturePrefix('l');
const P_LSHP = new FeaturePrefix('lshp');
const P_LX = new FeaturePrefix('lx');
const P_M = new FeaturePrefix('m');
const P_P3 = new FeaturePrefix('p3');
const P_S2 = new FeaturePrefix('s2');
const P_S3 = new FeaturePrefix('s3');
const P_W1 = new FeaturePrefix('w1');
const P_N = new FeaturePrefix('n');
const P_SHP = new FeaturePrefix('shp');
const P_COM = new FeaturePrefix('com');
const LENGTHS = ['0', '1', '2', '3', '4'];

/** The sum of the weights of `prefix:value` for each pair given; undefined when the model has none of them. */
function sumOf(f: FeatureScorer, ...parts: [FeaturePrefix, string | null][]): Raw {
  let out: number[] | undefined;
  for (const [p, v] of parts) {
    const w = v === null ? undefined : f.weightKV(p, v);
    if (!w) continue;
    out ??= zeros(MODEL_CLASSES.length);
    for (let i = 0; i < out.length; i++) out[i] += w[i];
  }
  return out;
}

function newParts(f: FeatureScorer, t: Token, shouting: boolean): WordParts {
  const v = lowerToken(t);
  const shape = shapeOf(t, shouting);
  const on = (yes: boolean, name: string): string | null => (yes ? name : null);
  return new WordParts(shouting,
    sumOf(f, [P_F, v], [P_P3, v.slice(0, 3)], [P_FSHP, shape], [P_LX, on(lexicon.firstNames.has(v), 'fn')], [P_LX, on(lexicon.demonyms.has(v), 'dem')]),
    sumOf(f, [P_H, on(ORG_HEADS.has(v), 'orgf')], [P_H, on(LOC_HEADS.has(v), 'locf')]),
    sumOf(f, [P_L, v], [P_S3, v.slice(-3)], [P_S2, v.slice(-2)], [P_LSHP, shape], [P_LX, on(lexicon.lastNames.has(v), 'ln')],
      [P_H, on(ORG_HEADS.has(v), 'org')], [P_H, on(LOC_HEADS.has(v), 'loc')]),
    sumOf(f, [P_LX, on(lexicon.firstNames.has(v), 'fnl')]),
    sumOf(f, [P_M, v]), sumOf(f, [P_W1, v]),
    v, shape, isPlaceName(v));
}

/** A word token's parts, kept on its lexeme (a line in capitals has other shapes: worked out each time). */
function partsOf(f: FeatureScorer, t: Token, shouting: boolean): WordParts {
  if (shouting) return newParts(f, t, true);
  const lex = lexOf(t);
  let p = lex.nameParts as WordParts | undefined;
  if (p === undefined) lex.nameParts = p = newParts(f, t, false);
  return p;
}

/** Which of the whole-name lexicon features the model gives a weight. */
interface Weighed { place: boolean; placew: boolean; org: boolean; per: boolean }
let weighed: Weighed | undefined;

function whatIsWeighed(f: FeatureScorer): Weighed {
  const has = (v: string): boolean => f.weightKV(P_LX, v) !== undefined;
  return { place: has('place'), placew: has('placew'), org: has('org'), per: has('per') };
}

const add = (f: FeatureScorer, raw: Raw): void => { if (raw !== undefined) f.addRaw(raw); };

/**
 * Adds to `f` what `emitNameFeatures` would put into it, and gives back the same answer. `whole` is
 * the chunk's folded words joined by single spaces (03-entities' `chunkKey`, which the chunk's info
 * holds already).
 */
export function scoreNameFeatures(tokens: Token[], c: ChunkView, f: FeatureScorer, whole: string): NameWords | null {
  f.add('b');
  let n = 0, firstTok: Token | undefined, lastTok: Token | undefined;
  for (let k = c.first; k <= c.last; k++) if (tokens[k].kind === 'word') { n++; firstTok ??= tokens[k]; lastTok = tokens[k]; }
  if (!firstTok || !lastTok) return null;
  const shouting = c.shouting === true;
  f.addKV(P_N, LENGTHS[Math.min(n, 4)]);
  let common = 0, placeWord = false, shp = '', lastParts: WordParts | undefined;
  for (let k = c.first, w = 0; k <= c.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const p = partsOf(f, t, shouting);
    if (w === 0) { add(f, p.first); if (n > 1) add(f, p.firstMulti); else add(f, p.single); }
    else if (w < n - 1) add(f, p.mid);
    shp = w === 0 ? p.shape : shp + '_' + p.shape;
    if (isCommonToken(t)) common++;
    if (p.place) placeWord = true;
    lastParts = p;
    w++;
  }
  const lp = lastParts!;
  add(f, lp.last);
  if (n > 1) add(f, lp.lastMulti);
  f.addKV(P_SHP, shp);
  // The whole name in the lexicons: asked only for what the model weighs (the shipped one gives the
  // whole-name features no weight; a place's name matters only as what turns "lx:placew" off), and
  // most chunks are in no list, which one lookup of every name the lexicon knows says.
  const wt = (weighed ??= whatIsWeighed(f));
  const askPlace = wt.place || (placeWord && wt.placew);
  const listed = (askPlace || wt.org || wt.per) && LEXICON_NAMES.has(whole);
  if (listed && askPlace && isPlaceName(whole)) f.add('lx:place');
  else if (placeWord) f.add('lx:placew');
  if (listed && wt.org && lexicon.organizations.has(whole)) f.add('lx:org');
  if (listed && wt.per && lexicon.persons.has(whole)) f.add('lx:per');
  const com = common === 0 ? 'none' : common === n ? 'all' : 'some';
  f.addKV(P_COM, com);
  return { n, com, last: lp.folded };
}
