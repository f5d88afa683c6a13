/**
 * A name of two or more words typed ORG whose apposition names a person's job at a body (pure, token
 * indices): "according to Ivo Tarrel, a portfolio manager at Lenwick Capital". A firm is no manager or
 * strategist "at" another body, so the name is a person's; nor president, founder or head "of" one ("Ivo Tarrel,
 * president of the bakery").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';

const JOBS: ReadonlySet<string> = new Set(`manager strategist analyst economist trader banker director officer partner
  adviser advisor spokesman spokeswoman spokesperson researcher professor dealer broker`.split(/\s+/));

/** After the comma at token k: "a"/"an", up to two describing words, a job, then "at". */
function jobAtAfter(tokens: readonly Token[], k: number): boolean {
  const a = tokenAt(tokens, k + 1);
  if (a === undefined || a.sentence !== tokens[k].sentence || (a.text !== 'a' && a.text !== 'an')) return false;
  for (let j = k + 2; j <= k + 4; j++) {
    const t = tokenAt(tokens, j), at = tokenAt(tokens, j + 1);
    if (t === undefined || at === undefined || at.sentence !== a.sentence || t.kind !== 'word') return false;
    if (JOBS.has(lowerToken(t)) && at.text === 'at') return true;
  }
  return false;
}

/** Titles only a person holds "of" a body (not "owner", "manager", "head": a firm or a party can head a group). */
const TITLES: ReadonlySet<string> = new Set(`president chairman chairwoman chairperson founder co-founder secretary
  mayor governor minister spokesman spokeswoman spokesperson treasurer dean principal captain coach ceo`.split(/\s+/));

/** Words before such a title ("deputy secretary of"); no other word: "X Party, as governor of" is what a party did. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'former', 'acting', 'interim', 'founding', 'executive']);

/** After the comma at token k: an optional "the", an optional describing word (`TITLE_MODIFIERS`), a title, then "of". */
function titleOfAfter(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  let j = k + 1;
  if (tokenAt(tokens, j)?.text === 'the') j++;
  const m = tokenAt(tokens, j);
  if (m !== undefined && m.kind === 'word' && TITLE_MODIFIERS.has(lowerToken(m))) j++;
  const t = tokenAt(tokens, j), of = tokenAt(tokens, j + 1);
  return t !== undefined && of !== undefined && of.sentence === s && t.kind === 'word' && TITLES.has(lowerToken(t)) && of.text === 'of';
}

/**
 * Retypes as PERSON an ORG name of several words with a job-at apposition right after it, and every
 * other ORG mention of the same name in the document.
 */
export function personsByJobApposition(tokens: readonly Token[], cands: Candidate[]): void {
  let keys: Set<string> | null = null;
  for (const c of cands) {
    if (c.type !== 'ORG' || c.role !== null || c.last === c.first || !c.info) continue;
    if (tokenAt(tokens, c.last + 1)?.text !== ',' || (!jobAtAfter(tokens, c.last + 1) && !titleOfAfter(tokens, c.last + 1))) continue;
    c.type = 'PERSON';
    (keys ??= new Set()).add(c.info.key);
  }
  if (!keys) return;
  for (const c of cands) if (c.type === 'ORG' && c.role === null && c.info && keys.has(c.info.key)) c.type = 'PERSON';
}
