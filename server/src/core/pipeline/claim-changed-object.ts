/**
 * "The firm cut its staff from 900 to 640", "the board raised the fee from 20 to 35": a transitive verb of change
 * with its object before "from X to Y" (change-from-to.ts splits the figures): the new level counts the object
 * noun, and the verb says what happened to it. Pure.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Transitive verbs of change whose object is a count. */
const CHANGING = new Set(['cut', 'cuts', 'reduced', 'reduces', 'raised', 'raises', 'increased', 'increases', 'lowered', 'lowers',
  'slashed', 'trimmed', 'boosted', 'expanded', 'shrank', 'shrunk', 'decreased']);
/** What opens the object: "its staff", "the fleet", "their herd". */
const OBJECT_OPENERS = new Set(['its', 'their', 'the', 'his', 'her', 'our']);

/**
 * Token indexes of the verb and of the object's noun when the figure at `qi` is the "to Y" of "<verb> <opener>
 * <one or two words> from X to Y", or null.
 */
export function changedObject(toks: readonly Token[], qi: number): { verb: number; head: number } | null {
  if (qi < 6 || lowerCase(toks[qi - 1]) !== 'to' || lowerCase(toks[qi - 3]) !== 'from') return null;
  const head = qi - 4;
  if (toks[head].kind !== 'word') return null;
  for (let o = head - 1; o >= head - 2 && o > 0; o--) {
    const t = toks[o];
    if (t.kind !== 'word') return null;
    if (OBJECT_OPENERS.has(lowerCase(t))) return CHANGING.has(lowerCase(toks[o - 1])) ? { verb: o - 1, head } : null;
  }
  return null;
}
