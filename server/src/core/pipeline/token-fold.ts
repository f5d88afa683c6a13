/** The folded lower-case form of a token (text/normalize.ts `fold`), computed once per token. */
import type { Token } from '../types';
import { fold } from '../text/normalize';

const folded = new WeakMap<Token, string>();

export function lowerToken(t: Token): string {
  let f = folded.get(t);
  if (f === undefined) folded.set(t, (f = fold(t.text)));
  return f;
}
