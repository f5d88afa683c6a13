/**
 * A byline's name is its writer's (pure, token indices): "By Sanne Altmark" credits a person, whatever the
 * model makes of a given name it has not met (an unknown word pair reads like a firm's name). Only a name of
 * two or three words right after "By" (or after "and" or a comma in the same byline: "By Ada Venn and Pell
 * Orrow"), none of them an ordinary word but a surname ("By Lexi Bramble"), so "By Harbour Staff" or "By The
 * Newsdesk" are left alone.
 */
import type { Block, Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonWord } from '../model/lexicon';
import { ORG_HEADS } from '../model/words';
import { lowerToken } from './token-fold';
import { isTitleHead } from './word-class';

/** Does a byline's credit word or list separator come right before token `i`? */
function creditBefore(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && (p.text === 'By' || p.text === 'by' || p.text === 'BY' || p.text === 'and' || p.text === ',' || p.text === '&');
}

/** Newsroom words that end a desk's credit ("By Reuters Staff", "By Metro Desk"): never a writer's surname. */
const DESK_WORDS: ReadonlySet<string> = new Set(['staff', 'desk', 'newsdesk', 'newsroom', 'writers', 'team', 'reporters']);

/**
 * A last word that may be an ordinary word and still a surname after a given name nobody would read as one
 * ("By Lexi Bramble", "By Ola Fisher"): not a newsroom's, a title's or a body's word ("By Vell Staff").
 */
function surnameWord(l: string): boolean {
  return !DESK_WORDS.has(l) && !isTitleHead(l) && !ORG_HEADS.has(l);
}

/** Retypes PERSON every two- or three-word name typed ORG or LOC that a byline credits, in all its mentions. */
export function bylinePersons(tokens: readonly Token[], blocks: readonly Block[], sentenceBlock: readonly number[], cands: Candidate[]): void {
  let writers: Set<string> | undefined;
  for (const c of cands) {
    if (c.role !== null || !c.info || (c.type !== 'ORG' && c.type !== 'LOC') || c.last === c.first || c.last - c.first > 2) continue;
    if (blocks[sentenceBlock[tokens[c.first].sentence]].kind !== 'byline' || !creditBefore(tokens, c.first)) continue;
    let plain = true;
    for (let k = c.first; k <= c.last && plain; k++) {
      const l = lowerToken(tokens[k]);
      plain = tokens[k].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && (!isCommonWord(l) || (k === c.last && surnameWord(l)));
    }
    if (plain) (writers ??= new Set()).add(c.info.key);
  }
  if (writers) for (const c of cands) if (c.role === null && c.info && c.type !== 'PERSON' && writers.has(c.info.key)) c.type = 'PERSON';
}
