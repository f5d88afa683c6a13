/**
 * One-word names a document shows to be people, whatever their shape or a lone cue before one
 * mention suggests ("successor to Valomius" reads like a place): the name is the subject of what only
 * a person does ("Valomius died", "Valomius was born", "Valomius married", "Valomius wept"). Pure,
 * token indices. Verbs a company or a country also does ("said", "wrote", "fell") are not evidence.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { lowerCase } from './token-fold';
import { addressed } from './entity-vocatives';

/** Verbs right after a name that only a person does. */
const PERSON_ONLY = new Set([
  'died', 'dies', 'married', 'marries', 'remarried', 'divorced', 'wed', 'forgave', 'forgives', 'wept', 'weeps',
  'prayed', 'prays', 'smiled', 'smiles', 'laughed', 'laughs', 'shrugged', 'nodded', 'sighed', 'cried', 'kissed', 'hugged',
]);
/** Verbs that say so after "was"/"is" or "fell"/"became": "was born", "fell ill". */
const AFTER_BE = new Set(['born', 'baptized', 'baptised', 'buried', 'widowed', 'survived']);
const BE = new Set(['was', 'is']);
const BECAME = new Set(['fell', 'became', 'falls', 'becomes']);

/** True when the one-word name at token `i` is the subject of a person's act, or is spoken to (`addressed`). */
export function personAct(tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  if (next?.kind === 'punct') return addressed(tokens, i); // "Thanks, Bredo.": spoken to
  if (!next || next.kind !== 'word' || next.sentence !== tokens[i].sentence) return false;
  const w = lowerCase(next);
  if (PERSON_ONLY.has(w)) return true;
  // The word after only for "was"/"fell" and the like, from the token's kept lower case.
  if (BE.has(w)) return AFTER_BE.has(lowerAfter(tokens, i + 2));
  return BECAME.has(w) && lowerAfter(tokens, i + 2) === 'ill';
}

function lowerAfter(tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  return t === undefined ? '' : lowerCase(t);
}
