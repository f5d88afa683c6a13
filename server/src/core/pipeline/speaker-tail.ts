/**
 * The rest of an unnamed speaker's phrase after its noun, when it says how the speaker knows: "a
 * source close to the talks", "a person familiar with the matter", "one official involved in the
 * negotiations", "a source with knowledge of those plans". Before the cue such a phrase is the subject
 * and is kept whole ("A source close to the talks said"); after the cue it is kept whole too, so one
 * speaker reads the same wherever the tag stands. Pure token checks, used by speakers.ts.
 */
import type { SpeakerContext } from './speakers';

/** Adjectives and participles that open the tail, each with the preposition that must follow it. */
const KNOWING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['close', new Set(['to'])],
  ['familiar', new Set(['with'])],
  ['involved', new Set(['in', 'with'])],
  ['knowledgeable', new Set(['about', 'of'])],
  ['briefed', new Set(['on', 'about'])],
  ['with', new Set(['knowledge', 'direct', 'detailed', 'first-hand', 'firsthand'])],
]);
/** Words that end the tail's object: a new phrase (time, place, clause) begins. */
const OBJECT_BREAKS = new Set('on in at to for from with by who whom which that and or but as when after before while during yesterday today tonight last this earlier later'.split(' '));
/** Does `word` then `next` tie an unnamed source to what it knows ("familiar with", "close to", "with knowledge")? */
export function knowingTie(word: string, next: string): boolean {
  return KNOWING.get(word)?.has(next) === true;
}
/** A speech verb's finite form ends the tail; a bare form is a noun there ("briefed on the insurance claim"). */
const FINITE = /(?:s|ed|said|told|wrote|spoke)$/;
/** How many tokens the tail may run after the noun. */
const TAIL_REACH = 9;

/**
 * The last token of the tail after the speaker noun at token `head` (at most `limit`), or `head`
 * itself when no tail follows. `isCue` tells a speech verb, which ends the tail.
 */
export function knowingTail(ctx: SpeakerContext, head: number, limit: number, isCue: (k: number) => boolean): number {
  const { tokens } = ctx;
  const open = head + 1;
  if (open + 1 > limit || tokens[open].kind !== 'word') return head;
  const next = KNOWING.get(ctx.lower[open]);
  if (!next || !next.has(ctx.lower[open + 1])) return head;
  let k = ctx.lower[open] === 'with' ? open : open + 1; // "with knowledge of …": the noun opens the object
  let end = head;
  while (k + 1 <= limit && k + 1 <= head + TAIL_REACH) {
    const t = tokens[k + 1];
    if (t.kind !== 'word' || (isCue(k + 1) && FINITE.test(t.text)) || (ctx.inQuote !== undefined && ctx.inQuote[k + 1] === 1)) break;
    // "knowledge of the plans": "of" goes on with the object; other prepositions start a new phrase.
    if (OBJECT_BREAKS.has(ctx.lower[k + 1]) && end > open + 1) break;
    k++;
    if (ctx.lower[k] !== 'of' && ctx.lower[k] !== 'the' && ctx.lower[k] !== 'a' && !next.has(ctx.lower[k])) end = k;
  }
  return end > open ? end : head;
}
