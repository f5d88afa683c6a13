/**
 * A one-word name that owns what only a state has ("Valdoria's water ministry", "Ostmark's embassy", "the Keldan
 * delegation") is that country, a place, however the model typed it: a firm has no ministry or embassy, and a
 * person none either. "X's foreign minister" decides the same for a name typed ORG only: a person's minister
 * ("the president's foreign minister") is read the other way. A name that is the surname of a longer person's name
 * in the document or follows "Mr." there, or opens a longer organisation's name, is left alone. Its other one-word ORG or PERSON mentions
 * follow. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPossessiveS, tokenAt } from './token-at';
import { untypedUnknownOpener } from './entity-unknown-openers';
import { isCommonToken, lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';

/** What only a state owns or sends. */
export const STATE_NOUNS: ReadonlySet<string> = new Set(['ministry', 'ministries', 'embassy', 'embassies', 'ambassador', 'parliament', 'delegation',
  'minister', 'ministers']);
const MINISTERS = new Set(['minister', 'ministers']);

export function statesByTheirOrgans(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  let untyped: Candidate[] | null = null; // untyped openers taken as ORG, untyped again unless made places
  for (const c of cands) {
    if (c.first !== c.last || (c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== null)) continue;
    const noun = stateNounAfter(tokens, c.last);
    if (noun === null || (c.type === 'PERSON' && MINISTERS.has(noun)) || !lowerAfterFirst(tokens[c.first].text)) continue;
    if (c.type === null) {
      if (!untypedUnknownOpener(tokens, c)) continue;
      c.type = 'ORG'; // taken as a name typed ORG ("Ostmarra's water ministry" opening a sentence): untyped again below unless made a place
      (untyped ??= []).push(c);
    }
    (names ??= new Set()).add(tokens[c.first].text);
  }
  if (names === null) return;
  for (const n of personalNames(tokens, cands)) names.delete(n);
  for (const c of cands) {
    if (c.first === c.last) continue;
    if (c.type === 'ORG' && names.has(tokens[c.first].text)) names.delete(tokens[c.first].text);
    if (c.type === 'PERSON') for (let k = c.first; k <= c.last; k++) names.delete(tokens[k].text);
  }
  for (const c of cands) {
    if ((c.type === 'ORG' || c.type === 'PERSON') && c.first === c.last && names.has(tokens[c.first].text)) { c.type = 'LOC'; c.info = undefined; }
  }
  if (untyped !== null) for (const c of untyped) if (c.type === 'ORG') c.type = null;
}

/**
 * The state noun the name at `last` owns: after its "'s" and at most two lower-case words ("'s water ministry"),
 * or right after it when "the" comes before ("the Keldan delegation"); null when none.
 */
function stateNounAfter(tokens: readonly Token[], last: number): string | null {
  const s = tokens[last].sentence;
  const next = tokenAt(tokens, last + 1);
  if (next === undefined || next.sentence !== s) return null;
  if (!isPossessiveS(next)) {
    const the = tokenAt(tokens, last - 1);
    if (the === undefined || (the.text !== 'the' && the.text !== 'The')) return null;
    return next.text === 'delegation' ? next.text : fieldMinisterAfter(tokens, last, s);
  }
  for (let j = last + 2; j < last + 5; j++) {
    const t = tokenAt(tokens, j);
    if (t === undefined || t.sentence !== s) return null;
    if (STATE_NOUNS.has(t.text)) return t.text === 'delegation' ? null : t.text;
    const ch = t.text.charCodeAt(0);
    if (!(ch >= 97 && ch <= 122)) return null;
  }
  return null;
}

/**
 * "the Kelmar housing minister", "the Kelmar health ministry": one lower-case field word, then "minister" or
 * "ministry", after "the" and a name that is no ordinary word and no organisation the lexicon knows (a party sits in
 * the same slot: "the Labour housing minister").
 */
function fieldMinisterAfter(tokens: readonly Token[], last: number, s: number): string | null {
  const field = tokenAt(tokens, last + 1)!, noun = tokenAt(tokens, last + 2);
  if (noun === undefined || noun.sentence !== s || (noun.text !== 'minister' && noun.text !== 'ministry')) return null;
  if (field.kind !== 'word' || !/^\p{Ll}+$/u.test(field.text)) return null;
  const name = tokens[last];
  return isCommonToken(name) || lexicon.organizations.has(lowerToken(name)) ? null : noun.text;
}

const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);

/** Names the document also writes as a person's or a family's ("Mr. Kessel", "the Kessel family"), of one-word candidates. */
export function personalNames(tokens: readonly Token[], cands: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.first !== c.last) continue;
    let b = tokenAt(tokens, c.first - 1);
    if (b !== undefined && b.text === '.') b = tokenAt(tokens, c.first - 2);
    const a = tokenAt(tokens, c.last + 1);
    if ((b !== undefined && HONORIFICS.has(b.text)) || (a !== undefined && a.text === 'family')) out.add(tokens[c.first].text);
  }
  return out;
}

/** A capital, then lower-case letters only ("Valdoria"; not "EU", "McKell"). */
function lowerAfterFirst(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (!(ch >= 97 && ch <= 122)) return false;
  }
  return w.length > 2;
}
