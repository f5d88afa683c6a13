/**
 * A body's name before a title may open with a word the title lists count as a title's field
 * ("State", "Health", "Transport"): "the Health Department Spokesperson", "the Transport Ministry Adviser".
 * When the words before the title end in an organisation's head, such a field word is the body's first
 * word, not part of the title: the body is "Health Department", not "Department". A rank ("Former",
 * "Deputy", "Acting") before the body still belongs to the title ("Former Health Department Spokesperson").
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { ORG_HEADS } from '../model/words';

/** Modifiers that rank a title's holder; any other title modifier may name a body's field. */
const RANKS: ReadonlySet<string> = new Set(`deputy vice assistant associate acting interim former senior junior chief top
  first second special principal managing executive prime general high supreme`.split(/\s+/));

/** Whether the title modifier at `pre` opens the body pre..ts-1 that ends in an organisation's head ("Health Department"). */
export function fieldOpensBody(tokens: readonly Token[], pre: number, ts: number): boolean {
  return ts - 1 > pre && ORG_HEADS.has(lowerToken(tokens[ts - 1])) && !RANKS.has(lowerToken(tokens[pre]));
}
