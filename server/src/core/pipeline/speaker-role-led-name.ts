/**
 * A name in apposition after the role it fills, opening its clause: "Its rival, Corvane Mobile, said",
 * "The pump's maker, Brisk Systems, said", "… as Harl's parent, Brisk Holdings, said". The role phrase
 * before the first comma only describes the name; the name between the commas speaks. Pure.
 */
import type { SpeakerContext } from './speakers';

/** Possessive determiners and "the", which open such a role phrase. */
const ROLE_OPENERS = new Set(['its', 'their', 'his', 'her', 'our', 'the']);
/** Words before the role phrase that open a clause (the phrase is then the clause's subject). */
const CLAUSE_WORDS = new Set([',', 'as', 'and', 'but', 'while', 'whereas', 'when', 'though', 'although', 'because', 'since', 'after']);
/** At most this many tokens in the role phrase ("the Orlay lender's parent": 5). */
const ROLE_REACH = 6;

/**
 * Tokens `comma` (a comma) back to the clause's start read as a role phrase: a determiner or a name's
 * possessive, then lower-case words, the last right before the comma; nothing but a clause's opener
 * before it. `isCue` tells a speech verb, which ends no role phrase.
 */
export function roleLedName(ctx: SpeakerContext, comma: number, floor: number, isCue: (j: number) => boolean): boolean {
  const { tokens, lower } = ctx;
  const head = comma - 1;
  if (head < floor || tokens[head].kind !== 'word' || !/^\p{Ll}/u.test(tokens[head].text) || isCue(head)) return false;
  let j = head - 1, owned = false;
  for (; j >= floor && j >= head - ROLE_REACH; j--) {
    const t = tokens[j];
    if (t.text === "'s" || t.text === '’s') {
      // a name's possessive: jump to its first token ("VaultGate's", "the Orlay lender's" goes on)
      owned = true;
      const m = ctx.mentionAt[j - 1];
      if (m >= 0) { while (j - 1 >= floor && ctx.mentionAt[j - 1] === m) j--; j--; break; }
      continue;
    }
    if (ROLE_OPENERS.has(lower[j])) { j--; owned = true; break; }
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || isCue(j)) return false;
  }
  if (!owned) return false;
  // "the" before a name's possessive: "the Orlay lender's parent"
  if (j >= floor && lower[j] === 'the') j--;
  return j < floor || CLAUSE_WORDS.has(lower[j]);
}
