/**
 * Features of one capitalised chunk for the entity-type model (model/ner-model.ts): the words and
 * their shapes, affixes, the words around the chunk, lexicon and head-word evidence, the rule
 * typer's answer, and how the same name is used elsewhere in the document. The training script
 * (scripts/train/ner.mjs) calls the same function, so training and inference cannot drift apart.
 */
import type { EntityType, Token } from '../types';
import { isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import { LOC_HEADS, ORG_HEADS, TITLE_HEADS } from '../model/words';
import { lowerToken } from './token-fold';

/** What the feature function needs to know of a chunk (a subset of 03-entities' Candidate). */
export interface ChunkView {
  first: number;
  last: number;
  role: unknown;
  titleCase?: boolean;
  shouting?: boolean;
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

export function documentContext(tokens: Token[], chunks: ChunkView[]): DocContext {
  const ctx: DocContext = new Map();
  for (const c of chunks) {
    const key = lowerOf(tokens[c.last]);
    let e = ctx.get(key);
    if (!e) ctx.set(key, (e = { before: new Set(), role: false, multi: false, mid: false, leads: false }));
    if (c.last > c.first) {
      // The first word of a longer name ("Apple" of "Apple Corps") is rarely a surname.
      const head = lowerOf(tokens[c.first]);
      const h = ctx.get(head);
      if (h) h.leads = true;
      else ctx.set(head, { before: new Set(), role: false, multi: false, mid: false, leads: true });
    }
    const p = tokens[c.first - 1];
    if (p && p.sentence === tokens[c.first].sentence) e.before.add(lowerOf(p));
    if (midSentence(tokens, c)) e.mid = true;
    if (c.role) e.role = true;
    if (c.last > c.first) e.multi = true;
  }
  return ctx;
}

/** Capitalised inside a sentence of ordinary prose: not its first word, not in a title-case line. */
function midSentence(tokens: Token[], c: ChunkView): boolean {
  const p = tokens[c.first - 1];
  return !c.titleCase && !!p && p.sentence === tokens[c.first].sentence && /^[\p{Ll},]/u.test(p.text);
}

/** The feature strings of one chunk. `rule` is the rule typer's answer for it. */
export function chunkFeatures(tokens: Token[], c: ChunkView, rule: EntityType, doc: DocContext): string[] {
  const f: string[] = ['b', `r:${rule}`];
  const words: Token[] = [];
  for (let k = c.first; k <= c.last; k++) if (tokens[k].kind === 'word') words.push(tokens[k]);
  if (!words.length) return f;
  const lw = words.map(lowerToken);
  const n = words.length;
  const first = lw[0];
  const last = lw[n - 1];
  f.push(`n:${Math.min(n, 4)}`, `f:${first}`, `l:${last}`, `s3:${last.slice(-3)}`, `s2:${last.slice(-2)}`, `p3:${first.slice(0, 3)}`);
  for (let k = 1; k < n - 1; k++) f.push(`m:${lw[k]}`);
  if (n === 1) f.push(`w1:${first}`);
  // In a line of capitals the letter case says nothing: shapes are taken as if in title case.
  const shapes = words.map((t) => wordShape(c.shouting ? t.text[0] + t.text.slice(1).toLowerCase() : t.text));
  f.push(`shp:${shapes.join('_')}`, `fshp:${shapes[0]}`, `lshp:${shapes[n - 1]}`);
  // Context: the two tokens on either side, within the sentence.
  const s = tokens[c.first].sentence;
  const at = (k: number): string => (k >= 0 && k < tokens.length && tokens[k].sentence === s ? lowerOf(tokens[k]) : k < c.first ? '<s>' : '</s>');
  const p1 = at(c.first - 1), p2 = at(c.first - 2), n1 = at(c.last + 1), n2 = at(c.last + 2);
  f.push(`p1:${p1}`, `p2:${p2}`, `n1:${n1}`, `n2:${n2}`, `p1n1:${p1}|${n1}`, `p2p1:${p2}|${p1}`, `n1n2:${n1}|${n2}`);
  // Lexicons and head words.
  const whole = lw.join(' ');
  if (lexicon.firstNames.has(first)) f.push('lx:fn');
  if (lexicon.lastNames.has(last)) f.push('lx:ln');
  if (n > 1 && lexicon.firstNames.has(last)) f.push('lx:fnl');
  if (isPlaceName(whole)) f.push('lx:place');
  else if (lw.some((w) => isPlaceName(w))) f.push('lx:placew');
  if (lexicon.organizations.has(whole)) f.push('lx:org');
  if (lexicon.persons.has(whole)) f.push('lx:per');
  if (lexicon.demonyms.has(first)) f.push('lx:dem');
  const common = lw.filter((w) => isCommonWord(w)).length;
  const com = common === 0 ? 'none' : common === n ? 'all' : 'some';
  const mid = midSentence(tokens, c);
  f.push(`com:${com}`, `com:${com}|${mid ? 'mid' : 'edge'}`);
  if (ORG_HEADS.has(last)) f.push('h:org');
  if (n > 1 && ORG_HEADS.has(first)) f.push('h:orgf');
  if (LOC_HEADS.has(last)) f.push('h:loc');
  if (n > 1 && LOC_HEADS.has(first)) f.push('h:locf');
  if (TITLE_HEADS.has(p1)) f.push('h:titlebefore');
  if (c.role) f.push('role');
  if (c.titleCase) f.push('tc');
  if (c.acronymOf !== undefined) f.push('acr');
  if (p1 === '<s>') f.push(c.titleCase ? 'start:tc' : 'start');
  const d = doc.get(last);
  if (d) {
    if (d.role) f.push('d:role');
    if (d.mid) f.push(`d:mid|${com}`);
    if (n === 1) f.push(`d:solo|${d.multi ? 'ends' : 'alone'}|${d.leads ? 'leads' : '-'}|${d.mid ? 'mid' : '-'}`);
    for (const b of d.before) if (b !== p1) f.push(`d:p1:${b}`);
  }
  return f;
}
