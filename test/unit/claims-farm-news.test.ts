// Farm and food news: a count that a verb of bringing takes to a new figure ("bringing the number of infected farms
// to 17": risen-count.ts), and a pronoun's speech in a relative clause with no "that" ("a deal they say will …"),
// which vouches for that clause only, not for a figure before it (claim-sourcing.ts contactRelative); the reach of a
// zone an authority draws is a rule's setting, no claim ("a 10-kilometre control zone": rule-levels.ts); the dozen a
// price is given for is no claim ("A dozen eggs cost 4.10 crowns": claim-priced-quantity.ts).
// Run with `node --import tsx --test test/unit/claims-farm-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const BROUGHT: ClaimRow[] = [
  {
    label: '"bringing the number of X to N" counts X, sourced by the tag',
    body: 'Vets found swine fever at two more farms, bringing the number of infected holdings to 23, the Orrel Veterinary Service said.',
    claims: [{ text: 'the number of infected holdings to 23', low: 23, counted: 'holding', sourced: 'yes', source: 'Orrel Veterinary Service' }],
  },
  {
    label: '"took the number of X to N" with no source is the writer\'s',
    body: 'The hailstorm took the number of damaged greenhouses to 410.',
    claims: [{ text: 'the number of damaged greenhouses to 410', low: 410, counted: 'greenhouse', sourced: 'no' }],
  },
  {
    label: 'guard: "bringing the harvest to market" has no count noun, and no figure',
    body: 'Growers began bringing the harvest to market on Monday.',
    claims: [],
  },
];

const CONTACT: ClaimRow[] = [
  {
    label: 'a pronoun\'s "say will" in a relative clause does not source the figure before it',
    body: 'Hundreds of growers drove tractors into Velby in protest at a quota they say will ruin them.',
    claims: [{ text: 'Hundreds of growers drove tractors', sourced: 'no' }],
  },
  {
    label: 'the same with "said would"',
    body: 'About 300 pickers walked out over a rota she said would cut their pay.',
    claims: [{ text: 'About 300 pickers walked out', sourced: 'no' }],
  },
  {
    label: 'guard: a pronoun speaking after "and" reports its own clause as before',
    body: 'Mira Olsen runs the Tarnby co-operative. She said 40 members had left, and she says more will go.',
    claims: [{ text: '40 members had left', sourced: 'yes', source: 'She' }],
  },
];

const ZONES: ClaimRow[] = [
  {
    label: 'the reach of a zone an authority draws is no claim: "a 10-kilometre control zone", "a 3 km exclusion zone"',
    body: 'A 10-kilometre control zone around the Brenna farm bans the movement of pigs. Police set up a 3 km exclusion zone.',
    claims: [],
  },
  {
    label: '"within a 20-mile radius" is no claim either; a measured length still is',
    body: 'Growers within a 20-mile radius were told to keep birds indoors. The floods washed away 12 kilometres of fencing.',
    claims: [{ text: '12 kilometres', sourced: 'no' }],
  },
];

const PRICED: ClaimRow[] = [
  {
    label: 'the dozen a price is given for is no claim; the price is: "A dozen eggs cost 4.10 crowns"',
    body: 'A dozen eggs cost 4.10 crowns in Velby.',
    claims: [{ text: 'cost 4.10 crowns', low: 4.1 }],
  },
  {
    label: 'the same after "while": "while two loaves cost 5 crowns"',
    body: 'Butter rose 27%, while two loaves cost 5 crowns.',
    claims: [{ text: 'rose 27%' }, { text: 'cost 5 crowns', low: 5 }],
  },
  {
    label: 'guard: a large count that costs a sum stays a claim ("300 homes cost 9 million crowns")',
    body: '300 homes cost 9 million crowns to rebuild.',
    claims: [{ text: '300 homes cost', low: 300 }, { text: 'cost 9 million crowns' }],
  },
];

testClaimRows('Farm Prices Slide', [['priced quantity', PRICED], ['brought to a figure', BROUGHT], ['contact relative speakers', CONTACT], ['zone reach', ZONES]]);
