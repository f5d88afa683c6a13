/**
 * The cue of a quotation as the reader sees it: the verb with a hedge before it ("reportedly told")
 * and the fixed phrases news copy attaches to it ("said in a statement", "told reporters",
 * "responded by saying"). Other objects ("told the Gazette") are not part of the cue.
 */
import type { Span, Token } from '../types';
import { lowerCase } from './token-fold';

export interface Cue extends Span {
  text: string;
  /** Token index of the verb. */
  tok: number;
}

const HEDGE = /^(reportedly|allegedly|purportedly|apparently)$/i;
const AUDIENCE = /^(reporters|journalists)$/i;

export function cueAt(text: string, tokens: Token[], tok: number, fixed?: string): Cue {
  const t = tokens[tok];
  if (fixed === 'according to') return { text: fixed, start: t.start, end: tokens[tok + 1].end, tok };
  if (fixed) return { text: fixed, start: t.start, end: t.end, tok };
  // "responded by saying": the cue is the verb before "by".
  if (/^saying$/i.test(t.text) && (tok > 0 && lowerCase(tokens[tok - 1]) === 'by') && /^\p{Ll}+ed$/u.test(tokens[tok - 2]?.text ?? '')) {
    return cueAt(text, tokens, tok - 2);
  }
  let first = tok;
  let last = tok;
  if (HEDGE.test(tokens[tok - 1]?.text ?? '') && tokens[tok - 1].sentence === t.sentence) first = tok - 1;
  // The tokens' cached lower case (token-fold.ts), not a toLowerCase per ask: counted (s36) ~5,200
  // toLowerCase calls per 1,000 docs here, each on a token whose lower case most often was known.
  const w = (k: number) => {
    const x = k < tokens.length ? tokens[k] : undefined;
    return x === undefined ? '' : lowerCase(x);
  };
  const lower = lowerCase(t);
  if (w(tok + 1) === 'in' && /^(a|an)$/.test(w(tok + 2))) {
    // "said in a statement", "said in a written statement"
    if (w(tok + 3) === 'statement') last = tok + 3;
    else if (w(tok + 4) === 'statement' && tokens[tok + 3]?.kind === 'word') last = tok + 4;
  } else if (/^(told|tell|tells|telling)$/.test(lower) && AUDIENCE.test(w(tok + 1))) {
    last = tok + 1;
  } else if (w(tok + 1) === 'by' && w(tok + 2) === 'saying') {
    last = tok + 2;
  }
  const start = tokens[first].start;
  const end = tokens[last].end;
  // A one-token cue is that token's text, which holds no space to collapse (the common case).
  return { text: first === last ? tokens[first].text : text.slice(start, end).replace(/\s+/g, ' '), start, end, tok };
}
