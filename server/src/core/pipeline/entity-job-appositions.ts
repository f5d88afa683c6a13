/**
 * A name of two or more words typed ORG whose apposition names a person's job at a body (pure, token
 * indices): "according to Ivo Tarrel, a portfolio manager at Lenwick Capital". A firm is no manager or
 * strategist "at" another body, so the name is a person's.
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

/**
 * Retypes as PERSON an ORG name of several words with a job-at apposition right after it, and every
 * other ORG mention of the same name in the document.
 */
export function personsByJobApposition(tokens: readonly Token[], cands: Candidate[]): void {
  let keys: Set<string> | null = null;
  for (const c of cands) {
    if (c.type !== 'ORG' || c.role !== null || c.last === c.first || !c.info) continue;
    if (tokenAt(tokens, c.last + 1)?.text !== ',' || !jobAtAfter(tokens, c.last + 1)) continue;
    c.type = 'PERSON';
    (keys ??= new Set()).add(c.info.key);
  }
  if (!keys) return;
  for (const c of cands) if (c.type === 'ORG' && c.role === null && c.info && keys.has(c.info.key)) c.type = 'PERSON';
}
