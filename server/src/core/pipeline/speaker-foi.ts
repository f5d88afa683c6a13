/**
 * How figures were obtained is no part of who reports them (pure, lower-case tokens): "Figures obtained by the
 * Carrow Echo under freedom of information laws show …", "data released under a Freedom of Information request
 * show …". The speaker's phrase ends before the "under"/"through"/"via" that opens such a phrase.
 */
const TAILS: ReadonlySet<string> = new Set(['information', 'laws', 'law', 'act', 'rules', 'legislation', 'request', 'requests']);
const OPENERS: ReadonlySet<string> = new Set(['under', 'through', 'via']);

/** `k` ends the phrase before a cue: the token before the freedom-of-information phrase ending at `k`, else `k`. */
export function beforeFoiPhrase(lower: readonly string[], k: number, floor: number): number {
  if (!TAILS.has(lower[k])) return k;
  let j = k;
  if (lower[j] !== 'information') j--;
  if (j < floor + 3 || lower[j] !== 'information' || lower[j - 1] !== 'of' || lower[j - 2] !== 'freedom') return k;
  j -= 3;
  if (j >= floor && (lower[j] === 'a' || lower[j] === 'the')) j--;
  return j > floor && OPENERS.has(lower[j]) ? j - 1 : k;
}
