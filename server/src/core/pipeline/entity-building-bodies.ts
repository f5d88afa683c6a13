/**
 * An institution named after its building (pure, token indices): "Dunmere Hall said it would close the east wing",
 * "Caldwick House says it will take 40 patients". "Hall" and "House" are surnames too, so the model reads such a
 * name as a person's; "it" after the speech verb, then a plan ("would", "will", "plans"), is what a body says of
 * itself. The name's first word must be no given name ("Anna Hall said it would …" speaks of something else).
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { itAfterSaid } from './entity-it-acts';
import { lowerToken } from './token-fold';
import { isKnownGivenName } from '../model/gender';

/** Last words of a building that names the institution housed in it. */
const BUILDING_TAILS: ReadonlySet<string> = new Set(['hall', 'house', 'centre', 'center', 'lodge', 'manor', 'grange', 'abbey']);

/** What a body says it will do: "said it would", "says it will", "said it plans to". */
const PLAN_WORDS: ReadonlySet<string> = new Set(['would', 'will', 'plans', 'planned', 'intends', 'expects', 'had', 'has', 'could']);

/** Whether the name at tokens `first`…`last` (two or more words) is a building's institution speaking of itself. */
export function buildingSaidIt(tokens: readonly Token[], first: number, last: number): boolean {
  if (last <= first || !BUILDING_TAILS.has(lowerToken(tokens[last])) || isKnownGivenName(tokens[first].text)) return false;
  const v = tokenAt(tokens, last + 1);
  if (!v || (v.text !== 'said' && v.text !== 'says')) return false;
  const at = itAfterSaid(tokens, last + 2);
  const it = tokenAt(tokens, at), plan = tokenAt(tokens, at + 1);
  return it?.text === 'it' && it.sentence === tokens[last].sentence && plan !== undefined && PLAN_WORDS.has(plan.text);
}
