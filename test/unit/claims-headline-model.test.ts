// A model's number in a Title Case headline ("Lumen 9 Phone Goes On Sale") is no count: a count of two or more
// takes a plural noun (but not a noun plural in form that names one thing: "Aura 3 Headphones"); a state, unit or scale after it ("30 Dead", "3 Million Phones") keeps the count
// (headline-model.ts). Run with `node --import tsx --test test/unit/claims-headline-model.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const BODY = 'The Orvale firm said on Monday it was pleased with the first week.';
const none: ClaimRow[] = [{ label: 'the headline gives no claim', body: BODY, claims: [] }];

testClaimRows('Lumen 9 Phone Goes On Sale In Tarrow', [['a model before a singular noun', none]]);
testClaimRows('Orvale Pixel 7 Launch Delayed', [['a model before a singular noun, a second case', none]]);
testClaimRows('Velmar Recalls Aura 3 Headphones After Battery Fault', [['a model before a noun plural in form that names one thing', none]]);
testClaimRows('Orvale Vista 2 Sunglasses Go On Sale', [['a model before a pair noun, a second case', none]]);
testClaimRows('Tarrow Shop Sold 40 Headphones', [['guard: a pair noun after a two-digit figure keeps the count', [
  { label: 'the headline\'s count stays', body: BODY, claims: [{ text: '40 Headphones', counted: 'headphone' }] },
]]]);
testClaimRows('Tarrow Sells 3 Million Phones', [['guard: a scale after the figure keeps the count', [
  { label: 'the headline\'s count stays', body: BODY, claims: [{ text: '3 Million Phones', counted: 'phone' }] },
]]]);
testClaimRows('Floods In Velmar Leave 30 Dead', [['guard: a state after the figure keeps the count', [
  { label: 'the headline\'s toll stays', body: BODY, claims: [{ text: '30 Dead', counted: 'person' }] },
]]]);
testClaimRows('Gunman Kills 2 Women At Velmar Depot', [['guard: a verb before the figure keeps the count', [
  { label: 'the headline\'s toll stays', body: BODY, claims: [{ text: '2 Women', counted: 'woman' }] },
]]]);
