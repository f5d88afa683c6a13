/**
 * A name in apposition after "the capital," or "the provincial capital," that closes its phrase ("reached the
 * provincial capital, Ostrava Teska, on Tuesday") is that capital, a place (pure, token indices): the model took
 * an unknown two-word name there for a person. Not a name the clause goes on with ("In the capital, Ida Marsh
 * said …": a person speaking there), so the name must be followed by a comma, a full stop or a semicolon.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/** Does the candidate stand after "the (one lower-case word)? capital," and before a closing mark, in one sentence? */
function capitalApposition(tokens: readonly Token[], c: Candidate): boolean {
  const comma = tokenAt(tokens, c.first - 1), noun = tokenAt(tokens, c.first - 2), after = tokenAt(tokens, c.last + 1);
  if (!comma || !noun || comma.text !== ',' || noun.text !== 'capital' || !after || !CLOSERS.has(after.text)) return false;
  const a = tokenAt(tokens, c.first - 3), b = tokenAt(tokens, c.first - 4);
  if (!a || a.sentence !== tokens[c.first].sentence) return false;
  if (a.text === 'the' || a.text === 'The') return true;
  return /^\p{Ll}+$/u.test(a.text) && !!b && (b.text === 'the' || b.text === 'The') && b.sentence === a.sentence;
}

const retypable = (c: Candidate): boolean => c.role === null && (c.type === 'PERSON' || c.type === 'ORG') && !!c.info;

/** Retypes LOC each PERSON or ORG candidate (no role) in apposition to "the capital", and its other such mentions. */
export function capitalAppositions(tokens: readonly Token[], cands: Candidate[]): void {
  let keys: Set<string> | null = null;
  for (const c of cands) if (retypable(c) && capitalApposition(tokens, c)) (keys ??= new Set()).add(c.info!.key);
  if (keys) for (const c of cands) if (retypable(c) && keys.has(c.info!.key)) c.type = 'LOC';
}
