/**
 * Authors cited in the academic style are persons, whatever the type model makes of an unknown surname
 * (pure, token indices): "Varga et al.", and a parenthesised author list closed by a year:
 * "(Dunmore, 2011)", "(Osei, Varga, & Lind, 2009; …)". The list must open the parenthesis (or follow a
 * ";" inside it), so "(in Lisbon, 2011)" is no citation. A body cited the same way keeps its type when
 * its head or name says what it is ("(World Health Organization, 2020)", "(Central Bank, 2021)").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { INSTITUTION_HEADS, LOC_HEADS, ORG_HEADS } from '../model/words';

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const LIST_MARKS = new Set([',', '&', 'and']);
const MAX_WORDS = 3;

export function citedAuthors(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    // A person already (the model's answer for a known surname) may still close a list whose other names it was unsure of.
    if (c.last - c.first >= MAX_WORDS || c.role !== null) continue;
    const n1 = tokens[c.last + 1];
    const n2 = tokens[c.last + 2];
    if (!n1 || !n2 || n1.sentence !== tokens[c.last].sentence) continue;
    if (n1.text === 'et' && /^al\.?$/.test(n2.text)) { c.type = 'PERSON'; continue; }
    if (namedPair(tokens, cands, i)) continue;
    const n3 = tokens[c.last + 3];
    // "(Baron & Vesk 2014)": after two names joined by "&" the year may follow without a comma.
    const bareYear = c.last - c.first === 2 && tokens[c.first + 1].text === '&' && isYear(n1) && (n2.text === ')' || n2.text === ';');
    if (!bareYear && (n1.text !== ',' || !isYear(n2) || !n3 || (n3.text !== ')' && n3.text !== ';'))) continue;
    // Walk back over the author list to what opens it.
    let head = i;
    for (;;) {
      const h = cands[head];
      let k = h.first - 1;
      while (k >= 0 && LIST_MARKS.has(tokens[k].text) && k >= h.first - 2) k--;
      const p = head > 0 ? cands[head - 1] : null;
      if (k < h.first - 1 && p && p.last === k && p.last - p.first < MAX_WORDS) { head--; continue; }
      const opener = tokens[h.first - 1]?.text;
      if (opener !== '(' && opener !== ';') head = -1;
      break;
    }
    if (head < 0) continue;
    for (let j = head; j <= i; j++) if (cands[j].role === null && !namedBody(tokens, cands[j])) cands[j].type = 'PERSON';
  }
}

export const isYear = (t: Token | undefined): boolean => !!t && t.kind === 'number' && YEAR.test(t.text);

/**
 * Two one-word names joined by "and" or "&" and followed by a year, in brackets or not, are authors
 * cited in the text: "as Cruse and Delk (2004) show", "from Pell and Garrit 1997 onwards". Both become
 * persons (true) unless one is a known place or heads a body's name ("France and Spain (1808)" stays).
 */
function namedPair(tokens: readonly Token[], cands: Candidate[], i: number): boolean {
  const a = cands[i], b = cands[i + 1];
  if (!b || a.first !== a.last || b.first !== b.last || b.first !== a.last + 2 || a.role !== null || b.role !== null) return false;
  const mid = tokens[a.last + 1].text;
  if (mid !== 'and' && mid !== '&') return false;
  const yi = tokens[b.last + 1]?.text === '(' ? b.last + 2 : b.last + 1;
  const y = tokens[yi];
  if (!isYear(y) || y.sentence !== tokens[a.first].sentence) return false;
  const after = tokens[yi + 1];
  if (after && (after.kind === 'number' || after.text === '-' || after.text === '–')) return false; // "1997 – 2001", a span of years
  if (namedBody(tokens, a, true) || namedBody(tokens, b, true)) return false;
  a.type = 'PERSON';
  b.type = 'PERSON';
  return true;
}

/**
 * A candidate whose last word heads an organisation or place, or that is a known place. With `paired`
 * (one of two names joined before a year) a head word alone is a surname ("Marsh and Bank (2004)").
 */
function namedBody(tokens: readonly Token[], c: Candidate, paired = false): boolean {
  const head = tokens[c.last].text.toLowerCase();
  if (!(paired && c.first === c.last) && (ORG_HEADS.has(head) || INSTITUTION_HEADS.has(head) || LOC_HEADS.has(head))) return true;
  // A loop, not slice/map/join: the joined array's map varied and threw away citedAuthors' optimised code.
  let words = tokens[c.first].text.toLowerCase();
  for (let k = c.first + 1; k <= c.last; k++) words += ' ' + tokens[k].text.toLowerCase();
  return isPlaceName(words);
}
