// A port, an airport, a property portal or an exchange named by its common noun ("the port said", "the
// portal said") sources the claim as "the agency said" does, also as the owner of a report ("according to
// the port's annual report"). Fictional sentences; before the fix these were unsourced or vague.
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'the port said',
    body: 'Ship calls at Dorvane fell 6% in the spring, the port said.',
    claims: [{ text: 'fell 6%', sourced: 'yes', source: 'the port' }],
  },
  {
    label: 'the portal said in its report',
    body: 'The typical advertised rent in Elbrook reached £1,150 a month, the portal said in its monthly report.',
    claims: [{ text: 'reached £1,150 a month', sourced: 'yes', source: 'the portal' }],
  },
  {
    label: 'the airport said',
    body: 'Cargo flights through Marrowby rose 11% last year, the airport said.',
    claims: [{ text: 'rose 11%', sourced: 'yes', source: 'the airport' }],
  },
  {
    label: 'the exchange said',
    body: 'Nickel stocks in its warehouses dropped to 41,000 tonnes, the exchange said on Monday.',
    claims: [{ text: '41,000 tonnes', sourced: 'yes', source: 'the exchange' }],
  },
  {
    label: "according to the port's annual report",
    body: "Tessmouth handled 1.9 million containers last year, according to the port's annual report.",
    claims: [{ text: 'handled 1.9 million containers', sourced: 'yes', source: 'the port' }],
  },
  {
    label: 'guard: a figure with no speaker stays unsourced',
    body: 'Ship calls at Dorvane fell 6% in the spring as the port dredged its channel.',
    claims: [{ text: 'fell 6%', sourced: 'no' }],
  },
];

testClaimRows('Fictional freight report', [
  ['a port, portal, airport or exchange by its common noun', rows],
]);

// A bare plural of people in a market ("Estate agents said", "Mortgage brokers said", "Letting agents in Pellin
// said") is a vague source, as "Bakery owners in Ostrel said" is: before the fix the first two were unsourced and
// the third took the place for its source.
const marketPeople: readonly ClaimRow[] = [
  {
    label: 'estate agents said',
    body: 'Estate agents said that sales were 9% higher than a year earlier.',
    claims: [{ text: '9% higher', sourced: 'vague', source: 'Estate agents' }],
  },
  {
    label: 'mortgage brokers said',
    body: 'Mortgage brokers said approvals fell 12% last month.',
    claims: [{ text: 'fell 12%', sourced: 'vague', source: 'Mortgage brokers' }],
  },
  {
    label: 'letting agents in a town said',
    body: 'Letting agents in Pellin said rents rose 7% last year.',
    claims: [{ text: 'rose 7%', sourced: 'vague', source: 'Letting agents in Pellin' }],
  },
  {
    label: 'guard: agents named by their firm speak for it',
    body: 'Agents at Corvell Homes said rents rose 7% last year.',
    claims: [{ text: 'rose 7%', sourced: 'yes' }],
  },
];

testClaimRows('Fictional property report', [
  ['a bare plural of people in a market', marketPeople],
]);
