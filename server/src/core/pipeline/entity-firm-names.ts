/**
 * Names of several words the model typed PERSON that the document uses as a company (pure, token indices):
 * "Pell Rock said it would cut 300 jobs", "analysts at Pell Rock", "Pell Rock's workforce" (`companySpanUse`)
 * make every PERSON mention of the same name a company. A person's full name starts with a given name
 * ("Dana Ruiz said it would close the plant" is a spokeswoman speaking of her firm), so a name whose first
 * word the lexicon knows as one is left alone, as is a name the rules are sure is a person. The firm's last
 * word alone is then its short name too (`retypeFirmTails`).
 */
import type { Token } from '../types';
import type { Candidate, RuleEvidence } from './03-entities';
import { companySpanUse } from './entity-companies';
import { lexicon } from '../model/lexicon';
import { lowerCase } from './token-fold';

export function retypeFirmNames(tokens: readonly Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[]): void {
  const weak = (i: number) => {
    const c = cands[i];
    return c.type === 'PERSON' && c.last > c.first && c.role === null && !ev[i].certain && !ev[i].strong;
  };
  let firms: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (weak(i) && !lexicon.firstNames.has(lowerCase(tokens[c.first])) && companySpanUse(tokens, c.first, c.last)) (firms ??= new Set()).add(keys[i]);
  }
  if (!firms) return;
  for (let i = 0; i < cands.length; i++) if ((ev[i].certain || ev[i].strong) && ev[i].type === 'PERSON') firms.delete(keys[i]);
  let tails: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    if (!weak(i) || !firms.has(keys[i])) continue;
    cands[i].type = 'ORG';
    (tails ??= new Set()).add(lowerCase(tokens[cands[i].last]));
  }
  if (tails) retypeFirmTails(tokens, cands, ev, tails);
}

/**
 * One-word PERSON mentions of the last word of such a firm ("Marlow Ferris" … "Ferris's shares") are its short
 * name, unless a person's longer name in the document ends with that word too ("Ida Ferris") or the rules are sure.
 */
function retypeFirmTails(tokens: readonly Token[], cands: Candidate[], ev: readonly RuleEvidence[], tails: Set<string>): void {
  for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) tails.delete(lowerCase(tokens[c.last]));
  if (!tails.size) return;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === 'PERSON' && c.first === c.last && c.role === null && !ev[i].certain && !ev[i].strong && tails.has(lowerCase(tokens[c.first]))) c.type = 'ORG';
  }
}
