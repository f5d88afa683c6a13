/**
 * Whether a market move is of a group, not of one firm: "Retailers rose 2%", "Bank stocks fell 3%",
 * "Lenders, led by Orvel Bank, fell 4%". Such a move is no figure of any one firm named near it, so
 * it neither backs nor contradicts that firm's own move (corroborate.ts). Read from the words of the
 * claim's clause before its verb. Pure, general English.
 */
import { isCommonWord } from '../model/lexicon';

/** Plural nouns that name several firms or their shares. */
const GROUP_HEADS = new Set(['retailers', 'lenders', 'banks', 'miners', 'insurers', 'carmakers', 'automakers', 'airlines', 'supermarkets',
  'grocers', 'housebuilders', 'homebuilders', 'chipmakers', 'drugmakers', 'utilities', 'peers', 'rivals', 'companies', 'firms', 'exporters',
  'producers', 'brokers', 'developers', 'sectors', 'stocks', 'shares', 'equities']);

/** Nouns of shares, which are one firm's when a name or a possessive comes before them ("Orvel shares", "its shares"). */
const SHARE_WORDS = new Set(['stocks', 'shares', 'equities']);

const OWNERS = new Set(['its', 'their', 'his', 'her', 'whose']);

/**
 * The last sentence or clause break before a figure, or an earlier figure ("Retailers rose 2%, led
 * by Tamsin Stores, which gained 3%": the second move is Tamsin's): the clause's subject starts after it.
 */
const CLAUSE_BREAK = /[.;:!?\n]|\d\s*(?:%|per\s?cent\b|percent\b)|,\s+(?:and|but|while|as|with|after|whereas)\b|\b(?:and|but|while|whereas)\s+(?=\S+\s+\S)/g;
/** An aside that names members of the group: ", led by Orvel Bank,", "such as Orvel Bank", "including Orvel". */
const ASIDE = /,[^,]*,|\b(?:such as|including|like|led by|among them)\b.*$/g;

/** How far before its verb a move's subject is read. */
const REACH = 120;

/** Where the clause of the move whose claim starts at `start` of `text` begins: its subject comes after. */
export function moveClauseStart(text: string, start: number): number {
  const from = Math.max(0, start - REACH), before = text.slice(from, start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return from + cut;
}

/** Nouns of a firm's figures that move as its shares do, by their normal form: "sales fell 4%" is no move of its shares. */
const QUANTITY_NOUNS: Record<string, string> = { sales: 'sales', profit: 'profit', profits: 'profit', revenue: 'revenue', revenues: 'revenue',
  turnover: 'turnover', output: 'output', production: 'output', prices: 'prices', price: 'prices', earnings: 'profit', income: 'profit' };

/**
 * What quantity of its subject a move in `clause` (the words before the verb) is of: "like-for-like
 * sales at Orvel fell 4%" → "sales"; '' for a move of shares or of an index ("Orvel shares fell 4%").
 * The last such noun counts: "profit warnings sent its shares down" names shares after it.
 */
export function movedQuantity(clause: string): string {
  let out = '';
  for (const w of clause.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (SHARE_WORDS.has(w)) out = '';
    else out = QUANTITY_NOUNS[w] ?? out;
  }
  return out;
}

/**
 * Does a move's clause point back to a firm named before, by a possessive or a description ("Its
 * shares", "their sales", "sales at the retailer")? Asked only of a clause that names no firm.
 */
export function pointsBack(clause: string): boolean {
  return /\b(?:its|their)\b|\bthe (?:company|firm|group|retailer|lender|bank|carmaker|airline|insurer|miner|chain|business|grocer|supermarket)\b/i.test(clause);
}

/**
 * Is the move whose claim starts at `start` of `text` (at its verb: "fell 3%") said of a group of
 * firms or shares named by a plural noun ("Retailers", "bank stocks")? Not of shares a name or a
 * possessive owns ("Orvel Bank shares", "shares in Orvel Bank", "its shares").
 */
export function groupMove(text: string, start: number): boolean {
  const before = text.slice(moveClauseStart(text, start), start).replace(ASIDE, ' ');
  const words = before.match(/[\p{L}'’]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (!GROUP_HEADS.has(lower)) continue;
    return !SHARE_WORDS.has(lower) || !owned(words, i);
  }
  return false;
}

/** Are the shares at `i` of one owner: a name or possessive before them, or "in"/"of" and a name after? */
function owned(words: readonly string[], i: number): boolean {
  const prev = words[i - 1], next = words[i + 1], after = words[i + 2];
  if ((next === 'in' || next === 'of') && after && /^\p{Lu}/u.test(after)) return true;
  if (!prev) return false;
  if (OWNERS.has(prev.toLowerCase()) || /['’]s?$/.test(prev)) return true;
  // A capitalised word before them is a name, unless it opens the clause and is an ordinary word ("Bank stocks").
  return /^\p{Lu}/u.test(prev) && (i > 1 || !isCommonWord(prev.toLowerCase()));
}
