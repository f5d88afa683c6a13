/**
 * Features of one capitalised chunk for the entity-type model (model/ner-model.ts): the words and
 * their shapes, affixes, the words around the chunk, lexicon and head-word evidence, the rule
 * typer's answer, and how the same name is used elsewhere in the document. The training script
 * (scripts/train/ner.mjs) calls the same function, so training and inference cannot drift apart.
 */
import type { EntityType, Token } from '../types';
import { isPlaceName, lexicon } from '../model/lexicon';
import { LOC_HEADS, ORG_HEADS, TITLE_HEADS } from '../model/words';
import { isCommonToken, lowerToken } from './token-fold';
import { FeatureList, FeaturePrefix, type FeatureSink } from '../model/ner-model';

/** What the feature function needs to know of a chunk (a subset of 03-entities' Candidate). */
export interface ChunkView {
  first: number;
  last: number;
  role: unknown;
  titleCase?: boolean;
  shouting?: boolean;
  /** The candidate it abbreviates; absent or -1 when none. */
  acronymOf?: number;
}

/** The shape of a word: runs of X (upper), x (lower), d (digit) collapsed, punctuation kept. */
export function wordShape(w: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = w[i];
    else {
      const ch = w[i];
      const up = ch.toUpperCase(), lo = ch.toLowerCase();
      c = up === lo ? (code >= 0xd800 && code <= 0xdfff ? '' : ch) : ch === up ? 'X' : 'x';
    }
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const lowerOf = (t: Token | undefined): string => (!t ? '' : t.kind === 'punct' ? t.text : lowerToken(t));

/** Context words around each chunk's last word elsewhere in the document, keyed by that word. */
export type DocContext = Map<string, { before: Set<string>; role: boolean; multi: boolean; mid: boolean; leads: boolean }>;

/**
 * The `before` of an entry no word has been seen before yet (a name's first word, a name at a
 * sentence start): one shared empty set, replaced by the entry's own on its first word, so most
 * entries cost no set of their own. Never added to.
 */
const NO_WORDS: Set<string> = new Set();

export function documentContext(tokens: Token[], chunks: ChunkView[]): DocContext {
  const ctx: DocContext = new Map();
  for (const c of chunks) {
    const key = lowerOf(tokens[c.last]);
    let e = ctx.get(key);
    if (!e) ctx.set(key, (e = { before: NO_WORDS, role: false, multi: false, mid: false, leads: false }));
    if (c.last > c.first) {
      // The first word of a longer name ("Apple" of "Apple Corps") is rarely a surname.
      const head = lowerOf(tokens[c.first]);
      const h = ctx.get(head);
      if (h) h.leads = true;
      else ctx.set(head, { before: NO_WORDS, role: false, multi: false, mid: false, leads: true });
    }
    const p = tokens[c.first - 1];
    if (p && p.sentence === tokens[c.first].sentence) {
      if (e.before === NO_WORDS) e.before = new Set();
      e.before.add(lowerOf(p));
    }
    if (midSentence(tokens, c)) e.mid = true;
    if (c.role) e.role = true;
    if (c.last > c.first) e.multi = true;
  }
  return ctx;
}

/** Capitalised inside a sentence of ordinary prose: not its first word, not in a title-case line. */
export function midSentence(tokens: Token[], c: ChunkView): boolean {
  const p = tokens[c.first - 1];
  return !c.titleCase && !!p && p.sentence === tokens[c.first].sentence && startsLowerOrComma(p.text);
}

/** Starts with a lower-case letter or is a comma (ASCII answered without the Unicode regex). */
function startsLowerOrComma(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || c === 44;
  return /^[\p{Ll},]/u.test(w);
}

/** The feature strings of one chunk. `rule` is the rule typer's answer for it. */
export function chunkFeatures(tokens: Token[], c: ChunkView, rule: EntityType, doc: DocContext): string[] {
  const out = new FeatureList();
  emitChunkFeatures(tokens, c, rule, doc, out);
  return out.list;
}

/** A word's shape; in a line of capitals, the shape as if in title case. */
export function shapeOf(t: Token, shouting: boolean | undefined): string {
  return wordShape(shouting ? t.text[0] + t.text.slice(1).toLowerCase() : t.text);
}

const SOLO: string[] = [];
for (const multi of ['ends', 'alone']) for (const leads of ['leads', '-']) for (const mid of ['mid', '-']) SOLO.push(`d:solo|${multi}|${leads}|${mid}`);
const LENGTHS = ['0', '1', '2', '3', '4'];
/** The prefixes of the features that carry a value. */
const P_COM = new FeaturePrefix('com');
const P_D = new FeaturePrefix('d');
const P_D_P1 = new FeaturePrefix('d:p1');
const P_F = new FeaturePrefix('f');
const P_FSHP = new FeaturePrefix('fshp');
const P_L = new FeaturePrefix('l');
const P_LSHP = new FeaturePrefix('lshp');
const P_M = new FeaturePrefix('m');
const P_N = new FeaturePrefix('n');
const P_N1 = new FeaturePrefix('n1');
const P_N1N2 = new FeaturePrefix('n1n2');
const P_N2 = new FeaturePrefix('n2');
const P_P1 = new FeaturePrefix('p1');
const P_P1N1 = new FeaturePrefix('p1n1');
const P_P2 = new FeaturePrefix('p2');
const P_P2P1 = new FeaturePrefix('p2p1');
const P_P3 = new FeaturePrefix('p3');
const P_R = new FeaturePrefix('r');
const P_S2 = new FeaturePrefix('s2');
const P_S3 = new FeaturePrefix('s3');
const P_SHP = new FeaturePrefix('shp');
const P_W1 = new FeaturePrefix('w1');


/** Puts the features of one chunk into `f` (chunkFeatures lists them; the model's scorer sums them). */
export function emitChunkFeatures(tokens: Token[], c: ChunkView, rule: EntityType, doc: DocContext, f: FeatureSink): void {
  const words = emitWordFeatures(tokens, c, doc, f);
  const p1 = emitContextFeatures(tokens, c, rule, words, f);
  if (words?.doc) emitWordsBefore(words.doc, p1, f);
}

/** The words seen before the name elsewhere in the document ("d:p1"), this mention's own left out. */
function emitWordsBefore(d: DocEntry, p1: string, f: FeatureSink): void {
  for (const b of d.before) if (b !== p1) f.addKV(P_D_P1, b);
}

/** What the word features of a chunk leave to its context features. */
export interface ChunkWords {
  n: number;
  /** Ordinary English words among the chunk's words: none, all or some. */
  com: string;
  doc: DocEntry | undefined;
}

export type DocEntry = DocContext extends Map<string, infer E> ? E : never;

/**
 * The features that depend only on the chunk's words (their text, and whether the line shouts) and
 * on the document: the same for every mention of a name, so the scorer may sum them once per name.
 * Null when the chunk holds no word.
 */
export function emitWordFeatures(tokens: Token[], c: ChunkView, doc: DocContext, f: FeatureSink): ChunkWords | null {
  const name = emitNameFeatures(tokens, c, f);
  return name && emitNameInDocFeatures(name, doc, f);
}

/** What the features of a name's words leave to those of its use in the document. */
export interface NameWords {
  n: number;
  com: string;
  /** The folded last word. */
  last: string;
}

/**
 * The part of `emitWordFeatures` that depends on the chunk's words alone (their text, and whether
 * the line shouts), not on the document: the same in every article that names the same words.
 */
export function emitNameFeatures(tokens: Token[], c: ChunkView, f: FeatureSink): NameWords | null {
  f.add('b');
  let n = 0, firstTok: Token | undefined, lastTok: Token | undefined;
  for (let k = c.first; k <= c.last; k++) if (tokens[k].kind === 'word') { n++; firstTok ??= tokens[k]; lastTok = tokens[k]; }
  if (!firstTok || !lastTok) return null;
  const first = lowerToken(firstTok);
  const last = lowerToken(lastTok);
  f.addKV(P_N, LENGTHS[Math.min(n, 4)]);
  f.addKV(P_F, first);
  f.addKV(P_L, last);
  f.addKV(P_S3, last.slice(-3));
  f.addKV(P_S2, last.slice(-2));
  f.addKV(P_P3, first.slice(0, 3));
  // One pass over the words: the middle ones, the whole name, ordinary words, the shapes.
  let whole = first, common = 0, placeWord = false, shp = '', firstShape = '', lastShape = '';
  for (let k = c.first, w = 0; k <= c.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const l = lowerToken(t);
    if (w > 0 && w < n - 1) f.addKV(P_M, l);
    if (w > 0) whole += ' ' + l;
    if (isCommonToken(t)) common++;
    // In a line of capitals the letter case says nothing: shapes are taken as if in title case.
    lastShape = shapeOf(t, c.shouting);
    if (w === 0) shp = firstShape = lastShape;
    else shp += '_' + lastShape;
    w++;
  }
  if (n === 1) f.addKV(P_W1, first);
  f.addKV(P_SHP, shp);
  f.addKV(P_FSHP, firstShape);
  f.addKV(P_LSHP, lastShape);
  // Lexicons and head words.
  if (lexicon.firstNames.has(first)) f.add('lx:fn');
  if (lexicon.lastNames.has(last)) f.add('lx:ln');
  if (n > 1 && lexicon.firstNames.has(last)) f.add('lx:fnl');
  if (isPlaceName(whole)) f.add('lx:place');
  else {
    for (let k = c.first; k <= c.last && !placeWord; k++) if (tokens[k].kind === 'word' && isPlaceName(lowerToken(tokens[k]))) placeWord = true;
    if (placeWord) f.add('lx:placew');
  }
  if (lexicon.organizations.has(whole)) f.add('lx:org');
  if (lexicon.persons.has(whole)) f.add('lx:per');
  if (lexicon.demonyms.has(first)) f.add('lx:dem');
  const com = common === 0 ? 'none' : common === n ? 'all' : 'some';
  f.addKV(P_COM, com);
  if (ORG_HEADS.has(last)) f.add('h:org');
  if (n > 1 && ORG_HEADS.has(first)) f.add('h:orgf');
  if (LOC_HEADS.has(last)) f.add('h:loc');
  if (n > 1 && LOC_HEADS.has(first)) f.add('h:locf');
  return { n, com, last };
}

/** The part of `emitWordFeatures` that depends on how the document uses the name's last word. */
export function emitNameInDocFeatures(name: NameWords, doc: DocContext, f: FeatureSink): ChunkWords {
  const { n, com } = name;
  const d = doc.get(name.last);
  if (d) {
    if (d.role) f.add('d:role');
    if (d.mid) f.addKV2(P_D, 'mid', com);
    if (n === 1) f.add(SOLO[(d.multi ? 0 : 4) + (d.leads ? 0 : 2) + (d.mid ? 0 : 1)]);
  }
  return { n, com, doc: d };
}

/** The folded token at k when it is in sentence s; `edge` (the sentence's start or end mark) otherwise. */
export function wordAt(tokens: Token[], k: number, s: number, edge: string): string {
  return k >= 0 && k < tokens.length && tokens[k].sentence === s ? lowerOf(tokens[k]) : edge;
}

// Tried (s16): each context word's weights (p1, p2, n1, n2 and the pairs it opens) kept on its lexeme,
// read as fields instead of looked up in the small prefix maps: 0.98x in an interleaved A/B over
// novel docs (the maps are small and stay in cache; the lexemes of 50k words do not). Not kept.
// The model's scorer sums these with one lookup per context word (context-weights.ts `scoreContext`).
/** The features of a chunk's place: the rules' answer, the words around it, its role and line. */
/** Also gives back the word before the chunk (for the "d:p1" features, `emitWordsBefore`). */
export function emitContextFeatures(tokens: Token[], c: ChunkView, rule: EntityType, words: ChunkWords | null, f: FeatureSink): string {
  f.addKV(P_R, rule);
  if (!words) return '';
  // Context: the two tokens on either side, within the sentence.
  const s = tokens[c.first].sentence;
  const p1 = wordAt(tokens, c.first - 1, s, '<s>'), p2 = wordAt(tokens, c.first - 2, s, '<s>');
  const n1 = wordAt(tokens, c.last + 1, s, '</s>'), n2 = wordAt(tokens, c.last + 2, s, '</s>');
  f.addKV(P_P1, p1); f.addKV(P_P2, p2); f.addKV(P_N1, n1); f.addKV(P_N2, n2);
  f.addKV2(P_P1N1, p1, n1); f.addKV2(P_P2P1, p2, p1); f.addKV2(P_N1N2, n1, n2);
  const mid = midSentence(tokens, c);
  f.addKV2(P_COM, words.com, mid ? 'mid' : 'edge');
  if (TITLE_HEADS.has(p1)) f.add('h:titlebefore');
  if (c.role) f.add('role');
  if (c.titleCase) f.add('tc');
  if (c.acronymOf !== undefined && c.acronymOf >= 0) f.add('acr');
  if (p1 === '<s>') f.add(c.titleCase ? 'start:tc' : 'start');
  return p1;
}
