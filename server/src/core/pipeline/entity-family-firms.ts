/**
 * A company named after its founder's family (pure, token indices): the article names the firm in full
 * ("the Dravik Motor Company"), a person who shares the name ("William Dravik Jr., its chairman") and then
 * writes the one word for the firm ("Dravik's workforce", "Dravik will close three plants"). Typing makes
 * such one-word mentions ORG, but the local join gave them to the person by the surname before it tried the
 * firm's short name. A one-word ORG mention that neither speaks nor acts as a person does ("Dravik said",
 * "Dravik died": news names a firm's chief by surname for his words) is the firm's short name first.
 *
 * Tried and dropped in s15 without the firm's full name: "Ada Tolland took over the firm. Tolland recalled
 * 9,000 cars" is the chief's act as often as the firm's; that word is no firm's short name, so it still joins
 * the person.
 */
import type { EntityType, Token } from '../types';
import { ORG_HEADS } from '../model/words';
import { fold } from '../text/normalize';
import { personAct } from './entity-person-acts';
import { tokenAt } from './token-at';
import { saidItActs } from './entity-it-acts';
import { lowerToken } from './token-fold';

/** Words after a name that make it a speaker, a person ("Dravik said", "Dravik told reporters"). */
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'explained', 'argued', 'insisted',
  'noted', 'remarked', 'replied', 'wrote', 'believes', 'believed', 'thinks', 'thought', 'admitted', 'recalled']);

/** Whether the one-word name at token `i` speaks or acts as a person ("Dravik said", not "Dravik said it would"). */
export function speaksAsPerson(tokens: readonly Token[], i: number): boolean {
  const n = tokenAt(tokens, i + 1);
  if (n === undefined || n.sentence !== tokens[i].sentence) return false;
  if (SPEECH.has(n.text)) return !((n.text === 'said' || n.text === 'says') && saidItActs(tokens, i));
  return personAct(tokens, i);
}

/**
 * The organisation named in full before `at` whose name starts with the word `f` and ends in a firm's head
 * ("Dravik Motor Company", "Dravik Holdings"), when exactly one does: the firm's products named after it
 * ("the Dravik Ranger") are other ORG names with the same first word and no such head.
 */
export function familyFirm(entities: readonly { name: string; type: EntityType }[], f: string, at: number, firstStart: readonly number[]): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type !== 'ORG' || firstStart[k] > at || !/\s/.test(e.name)) continue; // one word (folding adds no space): no full name
    const w = fold(e.name).split(/\s+/);
    if (w.length < 2 || w[0] !== f || !ORG_HEADS.has(w[w.length - 1])) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/**
 * The first words of the document's organisations named in full with a firm's head word ("the Vantor Motor
 * Company" → "vantor"): a one-word mention of that word the model took for a person's surname (a headline's
 * "Vantor Cuts 300 Jobs" before the body names the firm, "Vantor makes buses") is the firm's short name.
 * The caller leaves out words that end a person's longer name in the document ("Anna Vantor").
 */
export function firmShortNames(tokens: readonly Token[], cands: readonly { first: number; last: number; type: EntityType | null }[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const c of cands) {
    if (c.type === 'ORG' && c.last > c.first && ORG_HEADS.has(lowerToken(tokens[c.last]))) (out ??= new Set()).add(lowerToken(tokens[c.first]));
  }
  return out;
}
