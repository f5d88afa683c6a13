// Sums in the currencies of South Asian and African news (regional-money.ts): a sign before the figure ("Rs 600
// crore", "Rs. 1,20,000", "KSh 300 million", "₹900"), a letter glued to a scaled figure ("R1.2bn" rand, "N2.5
// billion" naira, "$A2.3 billion"), the Indian scales after a figure ("12 lakh", "Rs 4.5 crore") and the Indian
// digit grouping ("1,20,000") are money claims at their value; the sign's letters are no entity
// (entity-coded-names.ts dropCurrencySigns).
// Run with `node --import tsx --test test/unit/claims-regional-money.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';
import { entityRowTests, type EntityRow } from './entity-rows';

const SIGNS: ClaimRow[] = [
  {
    label: 'rupees with "Rs" before a figure and a crore after it are one sum at its value',
    body: 'Rahul Venner said Rs 600 crore was spent on the Dalpur canal.',
    claims: [{ text: 'Rs 600 crore was spent', low: 6e9, unit: 'money', sourced: 'yes', source: 'Rahul Venner' }],
  },
  {
    label: '"Rs." with the Indian digit grouping is one sum of 120,000',
    body: 'Each family in Dalpur will receive Rs. 1,20,000, said Mira Oberan.',
    claims: [{ text: 'Rs. 1,20,000', low: 120000, unit: 'money', sourced: 'yes' }],
  },
  {
    label: 'shillings with "KSh" before a figure; the count after "to" is no end of a range',
    body: 'The Treasury released KSh 300 million to six counties, Dan Korrel said.',
    claims: [{ text: 'released KSh 300 million', low: 3e8, unit: 'money', sourced: 'yes' }, { text: 'six counties', counted: 'county' }],
  },
  {
    label: 'a sign glued to its figure: "₹900", "KSh45"',
    body: 'A sack of rice now costs ₹900 in Dalpur, up from KSh45 at the Tarn border, Mira Oberan said.',
    claims: [{ text: '₹900', low: 900, unit: 'money' }, { text: 'KSh45', low: 45, unit: 'money' }],
  },
];

const GLUED: ClaimRow[] = [
  {
    label: 'rand glued to a scaled figure: "R1.2bn", "R850m"',
    body: 'Korrin Power lost R1.2bn last year and spent R850m on consultants, Ada Venn said.',
    claims: [{ text: 'lost R1.2bn', low: 1.2e9, unit: 'money' }, { text: 'spent R850m', low: 8.5e8, unit: 'money' }],
  },
  {
    label: 'naira glued to a figure with a written scale: "N2.5 billion"',
    body: 'Police said N2.5 billion was stolen from the Ostra branch.',
    claims: [{ text: 'N2.5 billion was stolen', low: 2.5e9, unit: 'money', sourced: 'yes' }],
  },
  {
    label: 'a dollar of a named country with its letter after the sign: "$A2.3 billion"',
    body: 'The premier pledged $A2.3 billion for rural clinics, Jo Tallis said.',
    claims: [{ text: 'pledged $A2.3 billion', low: 2.3e9, unit: 'money' }],
  },
  {
    label: 'guard: a lone letter glued to a figure with no scale is a road, not a sum ("the R2", "the N1")',
    body: 'The R2 and the N1 were closed near Ostra for two days.',
    claims: [],
  },
];

const SCALES: ClaimRow[] = [
  {
    label: 'a lakh after a count multiplies it: "12 lakh farmers" are 1.2 million',
    body: 'The drought hit 12 lakh farmers, the Dalpur farm board said.',
    claims: [{ text: 'hit 12 lakh farmers', low: 1.2e6, counted: 'farmer', sourced: 'yes' }],
  },
  {
    label: 'a bare crore sum with no sign is a count at its value, the scale not the counted thing',
    body: 'The Dalpur board said 4.5 crore saplings were planted.',
    claims: [{ text: '4.5 crore saplings were planted', low: 4.5e7, counted: 'sapling' }],
  },
];

testClaimRows('Relief Package For Dalpur Farmers', [['sign before a figure', SIGNS], ['letter glued to a figure', GLUED], ['Indian scales', SCALES]]);

const SIGN_WORDS: EntityRow[] = [
  {
    label: 'a currency\'s letters before a figure are no entity: "Rs 600", "Rs. 1,20,000", "KSh 300"',
    body: 'Rahul Venner said Rs 600 crore, Rs. 1,20,000 a family and KSh 300 million were set aside.',
    has: [{ text: 'Rahul Venner', type: 'PERSON' }],
    lacks: ['Rs', 'KSh'],
  },
  {
    label: 'letters glued to a scaled figure are no entity: "R1.2bn", "N2.5 billion", "$A2.3 billion"',
    body: 'Korrin Power lost R1.2bn, N2.5 billion and $A2.3 billion, and spent R850m.',
    has: [{ text: 'Korrin Power' }],
    lacks: ['R1', 'N2', 'A2', 'R850m'],
  },
  {
    label: 'guard: a road\'s code with no scale after it is left to the other rules ("the A2 to Ostra")',
    body: 'Traffic on the A2 to Ostra was slow on Monday.',
    has: [{ text: 'Ostra', type: 'LOC' }],
  },
];

entityRowTests('currency signs', 'Relief Package For Dalpur Farmers', SIGN_WORDS);
