/**
 * Figures of a menu and a recipe are no claims (pure): a dish's price in brackets right after it ("the smoked eel
 * croquettes (£9)", "a rhubarb tart (€7.50)"), and the sum a menu or dish "costs" ("The tasting menu costs £85 a
 * head"), is what the menu says, not a statistic anyone reports, and the
 * quantities a recipe "calls for" ("The recipe calls for 4 eggs, 150g of sugar and 2 lemons") measure its
 * ingredients. A sum in brackets that is scaled or large ("(£9m)", "(£4,500)") or follows a figure ("rose to £9m
 * (£8m)") stays a claim, and so does a count in a sentence with no recipe.
 */
import type { Claim } from '../types';

/** A bare small sum in brackets: "(£9)", "(€7.50)", "($16)". */
const BRACKETED_SUM = /^\(\s*[$€£¥]\d{1,3}(?:\.\d{2})?\s*\)$/;

/** A menu's or dish's noun and "cost(s)" or "is" right before a sum, or before a first sum and "or"/"and": "The
 * tasting menu costs £85 a head, or £130 with paired wines". */
const MENU_COSTS = /\b(?:menu|menus|dish|dishes|starter|starters|dessert|desserts|course|courses|platter|burger|pizza|sandwich|tart)(?:\s+(?:at|in|from)\s+\p{Lu}[\p{L}'’]*)?\s+(?:costs?|is|are)\s+(?:[$€£¥][\d.]+[^.;$€£¥]{0,24}?\s(?:or|and)\s+)?$/u;

/** A small unscaled sum at the claim's start: "£85", "€7.50". */
const SMALL_SUM = /^[$€£¥]\d{1,3}(?:\.\d{2})?(?![\d,.]|\s*(?:m|bn|k|million|billion|thousand)\b)/i;

/** A dish's price in brackets after a lower-case word ("the smoked eel croquettes (£9)"), or what a menu costs. */
export function menuPrice(text: string, c: Claim): boolean {
  if (c.quantity.unit !== 'money') return false;
  if (SMALL_SUM.test(text.slice(c.quantity.start, c.quantity.start + 16)) && MENU_COSTS.test(text.slice(Math.max(0, c.quantity.start - 72), c.quantity.start))) return true;
  // (the brackets looked for where they may be, at most two characters before and one after: a search of the
  // whole text back and forth from every sum read ~1.6M characters per 1,000 docs)
  const open = bracketAt(text, c.quantity.start, -1, 40);
  if (open < 0) return false;
  const close = bracketAt(text, c.quantity.end, 1, 41);
  if (close < 0 || !BRACKETED_SUM.test(text.slice(open, close + 1))) return false;
  return /\p{Ll}\s?$/u.test(text.slice(Math.max(0, open - 2), open));
}

/**
 * The nearest bracket `code` from `at` going `step` (-1 back, 1 on), itself included, at most two characters back
 * or one on (what `lastIndexOf` and `indexOf` would find that near), or -1.
 */
function bracketAt(text: string, at: number, step: number, code: number): number {
  for (let i = at, n = step < 0 ? 3 : 2; n > 0; i += step, n--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** A recipe's verb of needing before the figure, in its sentence: "The recipe calls for 4 eggs, … and 2 lemons". */
const RECIPE_NEEDS = /\brecipes?\b[^.;!?]*\b(?:calls? for|needs|uses|takes|requires)\b[^.;!?]*$/i;

/** A quantity a recipe calls for. */
export function recipeQuantity(text: string, sentStart: number, c: Claim): boolean {
  return c.quantity.unit === 'count' && RECIPE_NEEDS.test(text.slice(sentStart, c.quantity.start));
}
