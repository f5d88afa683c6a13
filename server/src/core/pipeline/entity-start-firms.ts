/**
 * A firm named by one ordinary word at a sentence start: "Apex said it would hire 200 workers",
 * "Summit shares fell 4%", "Beacon, the software maker, said …", or a body named so ("Forward, the main
 * opposition party, said …", entity-body-appositions.ts). An ordinary word opening a sentence is dropped
 * as no name unless the document also writes it mid-sentence; a firm's own act after it (`companyUse`) or
 * such an apposition keeps it. Only a plain singular word: no head or title word ("Police", "Government"),
 * no plural ("Officials said it would …"), so a group of people speaking is not made a name.
 */
import type { Token } from '../types';
import { W_COMMON_UNNAMED, W_ORG_HEAD, lexClass } from './word-class';
import { lexOf, lowerToken } from './token-fold';
import { companyUse } from './entity-companies';
import { bodyApposition } from './entity-body-appositions';

export function firmAtSentenceStart(tokens: readonly Token[], k: number, l: string, w: number): boolean {
  return w === W_COMMON_UNNAMED && l.charCodeAt(l.length - 1) !== 115 /* s */ && (companyUse(tokens, k) || bodyApposition(tokens, k));
}

/**
 * The ordinary first word of each firm's name of two or three capitalised words ending
 * in an organisation's head word or legal form ("Lantern Foods Ltd", "Quarry Media Group"), unless the
 * article writes the word in lower case too (`seenLower`); null when none. News shortens the firm to that word, often
 * at a sentence start ("Lantern expects sales to fall"), where an ordinary word is otherwise no name.
 */
export function firmFirstWords(tokens: readonly Token[], cap: Uint8Array, capAt: readonly number[], seenLower: ReadonlySet<string>): Set<string> | null {
  let names: Set<string> | null = null;
  const joined = (j: number) => j > 0 && j < tokens.length && cap[j] && cap[j - 1] && tokens[j - 1].sentence === tokens[j].sentence; // word j continues a run
  for (let i = 0; i < capAt.length; i++) { // `capAt`: the indices of the capitalised words (`cap`), in order
    const k = capAt[i];
    if (k < 1 || !joined(k) || joined(k + 1) || (lexClass(lexOf(tokens[k])) & W_ORG_HEAD) === 0) continue; // the word's class: no lookup
    let s = k - 1;
    if (joined(s)) s--;
    if (joined(s)) continue; // a longer name: its first word is no short name
    const first = tokens[s];
    const l = lowerToken(first);
    if (first.kind === 'word' && lexClass(lexOf(first)) === W_COMMON_UNNAMED && !seenLower.has(l)) (names ??= new Set()).add(l);
  }
  return names;
}
