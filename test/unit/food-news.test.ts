// Food and restaurant news: what a menu says is no claim — a dish's price in brackets right after it ("the smoked
// eel croquettes (£9)") and the sum a menu or dish "costs" ("The tasting menu costs £85 a head, or £130 with
// wines") — nor are the quantities a recipe "calls for" ("calls for 4 eggs … and 2 lemons"): claim-kitchen-figures.ts.
// A scaled or large sum in brackets, a sum after a figure, and a count with no recipe stay claims.
// Run with `node --import tsx --test test/unit/food-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const MENU_PRICES: ClaimRow[] = [
  {
    label: 'a dish\'s price in brackets right after it is no claim',
    body: 'We began with the smoked eel croquettes (£9) and a plate of scallops with brown butter (£16).',
    claims: [],
  },
  {
    label: 'what a menu costs, and its second price after "or", are no claims',
    body: 'The tasting menu at Saltbox costs £85 a head, or £130 with paired wines.',
    claims: [],
  },
  {
    label: 'guard: a scaled sum in brackets after a noun stays a claim',
    body: 'The chain reported losses (£9m) for the year.',
    claims: [{ text: '£9m', sourced: 'no' }],
  },
  {
    label: 'guard: a fine a restaurant "is" given is no menu\'s cost',
    body: 'The fine for the Velby takeaway is £4,500.',
    claims: [{ text: '£4,500', sourced: 'no' }],
  },
];

const RECIPES: ClaimRow[] = [
  {
    label: 'the quantities a recipe calls for are no claims',
    body: 'The recipe for his lemon tart calls for 4 eggs, 150g of sugar and 2 lemons.',
    claims: [],
  },
  {
    label: 'guard: a count of lemons with no recipe stays a claim',
    body: 'Growers in Ostrel lost 2 million lemons to the frost.',
    claims: [{ text: 'lost 2 million lemons', sourced: 'no' }],
  },
];

testClaimRows('Saltbox Opens in Tarnby', [
  ['menu prices', MENU_PRICES],
  ['recipes', RECIPES],
]);
