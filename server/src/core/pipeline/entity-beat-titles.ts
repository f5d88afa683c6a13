/**
 * A reporter's beat in a byline or a sign-off ("By Ana Lisk, Crime Correspondent", "Tom Vey, Local
 * Government Reporter") is part of a job title, not a body: the model read the capitalised beat before
 * the job noun as an organisation. Only an ORG run of title-case words right after a comma and right
 * before the job noun is dropped (an acronym such as a broadcaster's stays). So is a lone PERSON word there that
 * no lexicon knows as a given name or a surname ("By Rena Tull, Commodities Editor"): a beat the model read as a
 * name. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isKnownGivenName } from '../model/gender';
import { lexicon } from '../model/lexicon';

export const JOB_NOUNS = new Set(['Reporter', 'Correspondent', 'Editor', 'Writer', 'Columnist']);

/** One word written as a name: a capital, then lower-case letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export function dropBeatTitles(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON') || c.role !== null || c.first === 0 || c.last + 1 >= tokens.length) continue;
    if (!JOB_NOUNS.has(tokens[c.last + 1].text) || tokens[c.first - 1].text !== ',') continue;
    if (c.type === 'PERSON' && (c.first !== c.last || nameWord(tokens[c.first].text))) continue;
    let words = true;
    for (let k = c.first; k <= c.last && words; k++) words = NAME_WORD.test(tokens[k].text);
    if (words) c.type = null;
  }
}

/** Whether a lexicon knows the word as a given name or a surname. */
function nameWord(w: string): boolean {
  return isKnownGivenName(w) || lexicon.lastNames.has(w.toLowerCase());
}
