/**
 * A name that stands where markets news names a data provider (pure, token indices): after "polled by",
 * "surveyed by" ("economists polled by Sarnow"), after a word for data and "compiled by" ("data compiled by
 * Ardenby", "data cited by Tolland Vane") or after a word for data and "from" ("according to data from Pellwick"). A person polls no
 * economists and a town compiles no data; callers keep a known given name a person ("compiled by Maria Vell").
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { lowerCase } from './token-fold';

/** Participles after which "by" names who gathered the answers or the figures. */
const POLLED = new Set(['polled', 'surveyed']);
/** Participles that need a word for data before them: "data compiled by", "figures provided by". */
const GATHERED = new Set(['compiled', 'collected', 'provided', 'published', 'calculated', 'cited']);
/** Words for data that a provider compiles or sends. */
const DATA_NOUNS = new Set(['data', 'figures', 'statistics', 'estimates', 'numbers', 'prices', 'flows', 'forecasts']);

/** True when the name that starts at token `i` follows a data provider's lead-in. */
export function dataSourceBefore(tokens: readonly Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1);
  if (!p || (p.text !== 'by' && p.text !== 'from')) return false;
  const v = tokenAt(tokens, i - 2);
  if (!v || v.sentence !== tokens[i].sentence) return false;
  const w = lowerCase(v);
  // only "according to data from": "data from Kesh" may name where the figures were counted
  if (p.text === 'from') return DATA_NOUNS.has(w) && tokenAt(tokens, i - 3)?.text === 'to';
  if (POLLED.has(w)) return true;
  if (!GATHERED.has(w)) return false;
  // "data compiled by", "the figures, compiled by" (a comma may stand between)
  let n = tokenAt(tokens, i - 3);
  if (n?.text === ',') n = tokenAt(tokens, i - 4);
  return !!n && n.sentence === v.sentence && DATA_NOUNS.has(lowerCase(n));
}
