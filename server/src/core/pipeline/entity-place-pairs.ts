/**
 * "Town, Region" pairs: a place, a comma, then one capitalised word the model took for a person or
 * a company
 * ("born in Tavik, Morland", "lives in Dunmore, Ardenia"), or one such word before a comma and a
 * place the gazetteer knows ("a ranch near Corley, Texas"). Addresses and datelines write places
 * this way; a person's name stands there only as the subject of what follows ("In Tavik, Vell said"),
 * which the guards below leave alone. Between a determiner and a noun the pair is a place even mid-phrase
 * ("the Wixley, Texas plant").
 */
import type { Token } from '../types';
import { isPlaceName, lexicon } from '../model/lexicon';
import { placeOnlyContext } from './place-context';
import { lowerToken } from './token-fold';
import { tokenAt } from './token-at';

interface Chunk { first: number; last: number; role: unknown; type: string | null }

/** A token that may end a place written as "Town, Region": punctuation or the sentence's end. */
function endsPair(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], p = tokens[k - 1];
  if (!t || t.sentence !== p.sentence) return true;
  return t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '(' || t.text === '[';
}

/** Articles and possessives that open a noun phrase. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * "the Wixley, Texas plant", "a Corley, Ohio-based firm": the pair between a determiner and a lower-case
 * noun modifies the noun, as only a place written "Town, Region" does (no one is "the Vell, Texas plant").
 */
function modifiesNoun(tokens: readonly Token[], before: Token, k: number): boolean {
  const t = tokenAt(tokens, k);
  if (!t || t.sentence !== before.sentence || !DETERMINERS.has(lowerToken(before))) return false;
  if (t.text === '-' && tokenAt(tokens, k + 1)?.start === t.end && tokens[k - 1].end === t.start) return true;
  return t.kind === 'word' && /^[a-z]/.test(t.text);
}

/** Prepositions that take only places before a pair of names ("plants in Orla and Vesk", "between Tarn and Lisk"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'between', 'across']);

/**
 * "centres in Brannock and Vesk": a place after a preposition of place, "and", then the one word `c` ending its
 * clause (punctuation or the sentence's end next) is a second place, not a person ("in Tavik and Vell said" is not).
 */
function placeAndPlace(tokens: readonly Token[], a: Chunk, c: Chunk): boolean {
  if (a.type !== 'LOC' || a.last + 2 !== c.first || tokens[a.last + 1].text !== 'and') return false;
  const p = tokens[a.first - 1];
  return !!p && p.sentence === tokens[a.first].sentence && PLACE_PREPOSITIONS.has(lowerToken(p)) && endsPair(tokens, c.last + 1);
}

const possessive = (t: Token | undefined): boolean => !!t && (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’');

/**
 * Indices of one-word PERSON or ORG chunks that stand in a "Town, Region" pair. `sure(i)` says
 * whether the rules are sure of chunk i's type (a given name, a company the lexicon knows).
 */
export function placePairs(tokens: readonly Token[], cands: readonly Chunk[], keys: readonly string[], sure: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if ((c.type !== 'PERSON' && c.type !== 'ORG') || c.first !== c.last || c.role !== null) continue;
    if (possessive(tokens[c.last + 1])) continue;
    const a = cands[i - 1], b = cands[i + 1];
    // "in Tavik, Morland." — the place is not the sentence's opening adverbial ("In Tavik, Vell ...")
    // and the word after the pair is no verb it could be the subject of. "the University of Morland,
    // Tavik": a body named for a place the gazetteer knows, then its town.
    if (a && a.last + 2 === c.first && tokens[a.last + 1].text === ',' && !sure(i)
      && (a.type === 'LOC' || (a.type === 'ORG' && a.last > a.first && isPlaceName(lowerToken(tokens[a.last]))))
      && tokens[a.first - 2]?.sentence === tokens[a.first].sentence && endsPair(tokens, c.last + 1)
      // A given name there may be someone named after the place ("the University of Morland, Jana, …"):
      // only a place the gazetteer knows vouches for it.
      && (!lexicon.firstNames.has(keys[i]) || (a.type === 'LOC' && isPlaceName(keys[i - 1])))) { out.push(i); continue; }
    // An ordinary word there is a field or a thing, not a town ("a degree in Geology and Chemistry").
    if (a && !sure(i) && placeAndPlace(tokens, a, c) && !lexicon.firstNames.has(keys[i]) && !lexicon.common.has(keys[i])) { out.push(i); continue; }
    // "near Corley, Texas": the gazetteer knows the region; not "Vell, Texas's governor". A given
    // name stands there only after a preposition that takes places ("lives in Corley, Texas").
    // "Dunmore, Corley, Ardenia": a town, its region and its country.
    if (!b || b.type !== 'LOC' || b.first !== c.last + 2 || tokens[c.last + 1].text !== ',' || !isPlaceName(keys[i + 1])) continue;
    if (possessive(tokens[b.last + 1])) continue;
    const p = tokens[c.first - 1];
    if (!p || p.sentence !== tokens[c.first].sentence) continue;
    // Otherwise the region must end the clause: "According to Dorvo, Norway came forward" is a
    // source and a subject.
    if (sure(i) ? c.type === 'PERSON' && placeOnlyContext(tokens, c.first, c.last)
      : placeOnlyContext(tokens, c.first, c.last) || modifiesNoun(tokens, p, b.last + 1) || (endsPair(tokens, b.last + 1)
        && ((p.kind === 'word' && /^[a-z]/.test(p.text)) || (p.text === ',' && !!a && a.last + 1 === c.first - 1 && lexicon.countries.has(keys[i + 1]))))) out.push(i);
  }
  return out;
}
