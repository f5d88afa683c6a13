/**
 * Names of schemes, surveys, prizes and shows (pure, token indices): "the annual Merrow survey", "the
 * Brannock programme", "the Tarvish exhibition". A one- or two-word name written right after an article
 * (or "annual", or an article and one lower-case word: "a brazen Kelby scheme") and right before a lower-case noun for such a thing modifies that noun: it is no person
 * there, and the contract has no type for the scheme. Only candidates typed PERSON, with no role, not led
 * by a known given name ("the Ana Reis prize" is named for her), and not a name the document also uses on
 * elsewhere as a person ("Brannock said …", "Olga Brannock").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';

/** Lower-case nouns for a scheme, a study, a prize or a show that a name may modify. */
const SCHEME_NOUNS: ReadonlySet<string> = new Set(`survey plan programme program scheme initiative index festival
  exhibition exhibit expo prize award trophy tournament`.split(/\s+/));

/** Words right before such a name. */
const LEADS: ReadonlySet<string> = new Set(['the', 'an', 'a', 'annual']);

function schemeNounAt(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokenAt(tokens, k);
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && SCHEME_NOUNS.has(t.text);
}

/**
 * Is the word before `first` a lead, or a lower-case word after one, an opening quotation mark between them
 * or not ("a brazen Kelby scheme", "a “brazen Kelby scheme”")?
 */
function ledByArticle(tokens: readonly Token[], first: number, s: number): boolean {
  let k = first - 1;
  const lead = tokens[k];
  if (lead.sentence !== s) return false;
  if (LEADS.has(lowerToken(lead))) return true;
  if (lead.kind !== 'word' || !/^[a-z]+$/.test(lead.text)) return false;
  k--;
  if (k >= 0 && OPENING_QUOTES.has(tokens[k].text)) k--;
  return k >= 0 && tokens[k].sentence === s && LEADS.has(lowerToken(tokens[k]));
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

/** Whether candidate c reads as "the NAME survey" (or "the annual NAME survey"). */
function namesScheme(tokens: readonly Token[], c: Candidate): boolean {
  if (c.type !== 'PERSON' || c.role !== null || c.titleCase || c.last - c.first > 1 || c.first === 0) return false;
  const s = tokens[c.first].sentence;
  if (!schemeNounAt(tokens, c.last + 1, s)) return false;
  if (!ledByArticle(tokens, c.first, s)) return false;
  return !lexicon.firstNames.has(lowerToken(tokens[c.first]));
}

/** The candidate's words, lower-cased and joined by spaces ("merrow", "kelby forward"). */
function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  let w = lowerToken(tokens[first]);
  for (let k = first + 1; k <= last; k++) w += ' ' + lowerToken(tokens[k]);
  return w;
}

/**
 * Drops the PERSON type of names that modify a scheme's noun, unless the document names that person
 * elsewhere, alone or as the surname of a fuller name ("Olga Brannock … the Brannock festival").
 */
export function dropSchemeNames(tokens: readonly Token[], cands: Candidate[]): void {
  let schemes: number[] | null = null;
  for (let i = 0; i < cands.length; i++) if (namesScheme(tokens, cands[i])) (schemes ??= []).push(i);
  if (!schemes) return;
  const persons = new Set<string>();
  for (let i = 0, p = 0; i < cands.length; i++) {
    if (p < schemes.length && schemes[p] === i) { p++; continue; } // in bounds: a read past the end deopts
    const c = cands[i];
    if (c.type !== 'PERSON') continue;
    persons.add(wordsOf(tokens, c.first, c.last));
    if (c.last > c.first) persons.add(lowerToken(tokens[c.last]));
  }
  for (const i of schemes) {
    const c = cands[i];
    if (!persons.has(wordsOf(tokens, c.first, c.last))) c.type = null;
  }
}
