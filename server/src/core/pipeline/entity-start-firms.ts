/**
 * A firm named by one ordinary word at a sentence start: "Apex said it would hire 200 workers",
 * "Summit shares fell 4%", "Beacon, the software maker, said …". An ordinary word opening a sentence
 * is dropped as no name unless the document also writes it mid-sentence; a firm's own act after it
 * (`companyUse`) keeps it. Only a plain singular word: no head or title word ("Police", "Government"),
 * no plural ("Officials said it would …"), so a group of people speaking is not made a name.
 */
import type { Token } from '../types';
import { W_COMMON_UNNAMED } from './word-class';
import { companyUse } from './entity-companies';

export function firmAtSentenceStart(tokens: readonly Token[], k: number, l: string, w: number): boolean {
  return w === W_COMMON_UNNAMED && l.charCodeAt(l.length - 1) !== 115 /* s */ && companyUse(tokens, k);
}
