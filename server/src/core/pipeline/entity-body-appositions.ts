/**
 * A union, party or other body named by a word and an apposition that says what it is (pure, token
 * indices): "Velda, Norland's largest union, said …", "Brannock, the main opposition party,", "Agrovel,
 * a farmers' group,". The name is an organisation, even when it is an ordinary word at a sentence start
 * ("Unite", "Forward") or reads like a surname. A person's apposition names a role in such a body,
 * not the body ("the union's president", "a party veteran", "a member of the group"), so the body's
 * noun must end the apposition.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPossessiveS, tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isPlaceName } from '../model/lexicon';
import { retypeAsOrganisations } from './entity-retype';

export const BODY_KINDS: ReadonlySet<string> = new Set(`union party group association federation confederation alliance
  movement coalition organisation organization lobby league syndicate cooperative co-operative guild caucus charity trust foundation nonprofit non-profit`.split(/\s+/));

/** Words that may follow the body's noun at the end of its apposition ("a union of dock workers"). */
const AFTER_KIND: ReadonlySet<string> = new Set(['of', 'that', 'which', 'representing', 'founded', 'formed', 'based', 'and', 'or']);

const isApostrophe = (t: Token): boolean => t.text === "'" || t.text === '’';

/**
 * Where the describing words of an apposition start after the comma at token c: after "the"/"a"/"an",
 * or after a possessive ("Norland's", "the country's"); -1 when it opens otherwise.
 */
function appositionOpens(tokens: readonly Token[], c: number): number {
  const a = tokenAt(tokens, c + 1);
  if (!a || a.sentence !== tokens[c].sentence || a.kind !== 'word') return -1;
  const l = lowerToken(a);
  let k = c + 1;
  if (l === 'the' || l === 'a' || l === 'an') {
    k++;
    const n = tokenAt(tokens, k + 1);
    if (l === 'the' && n && isPossessiveS(n)) k += 2; // "the country's"
    return k;
  }
  const n = tokenAt(tokens, k + 1);
  return /^\p{Lu}/u.test(a.text) && n !== undefined && isPossessiveS(n) ? k + 2 : -1; // "Norland's"
}

/** Whether the name ending at token i is followed by a comma and an apposition naming a body ("…, the biggest union,"). */
export function bodyApposition(tokens: readonly Token[], i: number): boolean {
  if (tokenAt(tokens, i + 1)?.text !== ',') return false;
  const from = appositionOpens(tokens, i + 1);
  if (from < 0) return false;
  const s = tokens[i].sentence;
  for (let k = from; k <= from + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== s) return false;
    if (isApostrophe(t)) continue; // "a farmers' group"
    if (t.kind === 'word' && BODY_KINDS.has(t.text)) {
      const n = tokenAt(tokens, k + 1);
      if (!n || n.sentence !== s) return true;
      if (n.kind === 'word' && BODY_KINDS.has(n.text)) continue; // "a lobby group"
      return n.kind === 'punct' ? !isPossessiveS(n) && !isApostrophe(n) && n.text !== '-' : AFTER_KIND.has(n.text);
    }
    // Only lower-case describing words before the noun: "largest", "main opposition", "farmers".
    if (t.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || t.text === 'of' || t.text === 'and') return false;
  }
  return false;
}

/** Retypes ORG the PERSON or LOC names (no gazetteer place) with a body's apposition, and their other PERSON mentions. */
export function bodiesByApposition(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsOrganisations(cands, (c) => bodyApposition(tokens, c.last) && !(c.type === 'LOC' && c.info !== undefined && isPlaceName(c.info.key)));
}
