import type { Token } from '../types';

/**
 * The token at `k`, undefined outside the document. Reading an array (or a string) past its end
 * gives undefined too, but the first such read in optimised code throws that code away (an
 * "out of bounds" deopt), and each document that first ends or starts on a name paid a recompile.
 */
export function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

/** Is `t` a possessive "'s" (straight or curly apostrophe)? */
export function isPossessiveS(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'s" || t.text === '’s');
}
