/**
 * "a statement by 14 aid groups", "a letter signed by 30 doctors": the figure counts who signed the text,
 * the number of those who speak, as "two officials said" does — no claim (pure). A petition's signatures
 * are its measure of support and stay a claim ("a petition signed by 40,000 residents").
 */
import type { Claim } from '../types';
import { spacesFrom } from './spaces-around';

/** A text's noun, perhaps a verb of signing or issuing, then "by"/"from", and a hedge, right before the figure. */
const SIGNED_TEXT_BEFORE = /\b(?:statement|letter|declaration|communiqu[eé])\s+(?:(?:jointly\s+)?(?:signed|issued|released|sent|written|backed)\s+)?(?:by|from)\s+(?:(?:some|about|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$/i;

/** A clause opened by a text the figure's subject put out: "In a joint letter, ", "In an open statement on Monday, ". */
const IN_TEXT_BEFORE = /(?:^|[.!?]\s+|\n)In\s+an?\s+(?:joint\s+|open\s+|signed\s+)?(?:statement|letter|declaration)(?:\s+[\p{L}\p{N}]+){0,3},\s+(?:(?:some|about|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$/u;
/** After the figure: up to three words of who they are, then a verb of speaking ("17 charities urged", "40 doctors warned"). */
const SPEAKING_AFTER = /^(?:\s+[\p{L}-]+){1,3}\s+(?:urged|urge|warned|warn|called\s+(?:for|on)|said|say|wrote|write|demanded|demand|asked|appealed|argued|insisted|told)\b/u;

/** Does claim `c` count the signers of a statement or letter? */
export function signatoryCount(text: string, c: Claim): boolean {
  if (c.quantity.unit !== 'count') return false;
  const at = c.quantity.start;
  // "In a joint letter, 17 charities urged …": the figure is the subject who speaks in the letter.
  // (cheap gate: "In " within the 60 characters before; a bounded look, where lastIndexOf walked back to the text's
  // start when none came before: 3.2M characters per 1,000 cold docs)
  if (inBefore(text, at) && IN_TEXT_BEFORE.test(text.slice(Math.max(0, at - 60), at)) && SPEAKING_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 60))) return true;
  // (cheap gate: "by " or "from " right before the figure or its hedge)
  const lo = Math.max(0, at - 60);
  // (cheap gate: the last two letters of "by", "from" or a hedge before the figure's spaces)
  const i = spacesFrom(text, at, lo);
  if (i < 0 || i - 2 < lo || !lastTwoOfBy(text.charCodeAt(i - 1) | 32, text.charCodeAt(i - 2) | 32)) return false;
  const before = text.slice(lo, at);
  if (!before.includes('by ') && !before.includes('from ')) return false;
  return SIGNED_TEXT_BEFORE.test(before);
}

/** Does "In " start within the 60 characters before `at` (at `at - 60` … `at`)? True, as the search it replaces was, when `at` < 60. */
function inBefore(text: string, at: number): boolean {
  if (at < 60) return true;
  for (let i = at; i >= at - 60; i--) if (text.charCodeAt(i) === 73 /* I */ && text.charCodeAt(i + 1) === 110 /* n */ && text.charCodeAt(i + 2) === 32) return true;
  return false;
}

/** Are `e` and `p` (lower case) the last two letters of "by", "from" or a hedge SIGNED_TEXT_BEFORE allows (some, about, nearly, than …)? */
function lastTwoOfBy(e: number, p: number): boolean {
  switch (e) {
    case 121: return p === 98 || p === 108; // by, nearly
    case 109: return p === 111; // from
    case 101: return p === 109; // some
    case 116: return p === 117 || p === 115; // about, almost, least
    case 100: return p === 110; // around
    case 110: return p === 97; // than
    case 114: return p === 101; // over
    default: return false;
  }
}
