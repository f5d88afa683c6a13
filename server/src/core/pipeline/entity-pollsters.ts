/**
 * A one-word name the model typed PERSON right before a poll's noun ("a new Pollwise poll", "the latest Quorra
 * survey") is the pollster, an organisation, when the article also shows the name acting as a body elsewhere:
 * "Pollwise said", "by Pollwise", "Pollwise's chief". A person's name is seldom a poll's: a name the lexicon knows
 * as a given name, that ends a longer person's name in the document or follows "Mr." there, is left alone, and so is
 * a name also written after a place's preposition ("in Dunmore": a place's poll). Its other one-word PERSON
 * mentions follow. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPossessiveS, tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';
import { personalNames } from './entity-state-nouns';

export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Verbs a body does after its name ("Pollwise said"). */
const BODY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'found', 'finds', 'surveyed', 'polled', 'conducted', 'published', 'interviewed']);
/** Words before a name that make it a maker or a source ("by Pollwise", "from Pollwise"). */
const BODY_BEFORE: ReadonlySet<string> = new Set(['by', 'from']);
/** Prepositions of place: a name after them is a place's. */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'across', 'outside']);

export function pollstersByTheirPolls(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.first !== c.last || c.role !== null) continue;
    const n = tokenAt(tokens, c.last + 1), p = tokenAt(tokens, c.first - 1);
    const s = tokens[c.first].sentence;
    if (n === undefined || n.sentence !== s || !POLL_NOUNS.has(n.text)) continue;
    if (p === undefined || p.sentence !== s || p.kind !== 'word' || p.text.charCodeAt(0) < 97) continue; // "a new Pollwise poll"
    if (lexicon.firstNames.has(lowerToken(tokens[c.first]))) continue;
    (names ??= new Set()).add(tokens[c.first].text);
  }
  if (names === null) return;
  for (const n of personalNames(tokens, cands)) names.delete(n);
  const bodies = new Set<string>();
  for (const c of cands) {
    if (c.first !== c.last) {
      if (c.type === 'PERSON') for (let k = c.first; k <= c.last; k++) names.delete(tokens[k].text);
      continue;
    }
    const w = tokens[c.first].text;
    if (!names.has(w)) continue;
    const p = tokenAt(tokens, c.first - 1), n = tokenAt(tokens, c.last + 1);
    const s = tokens[c.first].sentence;
    const pw = p !== undefined && p.sentence === s ? p.text : '';
    if (PLACE_BEFORE.has(pw)) { names.delete(w); continue; }
    if (BODY_BEFORE.has(pw) || (n !== undefined && n.sentence === s && (BODY_VERBS.has(n.text) || isPossessiveS(n)))) bodies.add(w);
  }
  for (const c of cands) {
    if (c.type === 'PERSON' && c.first === c.last && c.role === null && names.has(tokens[c.first].text) && bodies.has(tokens[c.first].text)) { c.type = 'ORG'; c.info = undefined; }
  }
}
