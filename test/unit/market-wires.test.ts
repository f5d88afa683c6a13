// Labelled sentences of market-wire news: a one-word firm that moves by a percentage is no person ("Pemberly
// fell 5.2%"), an index after a name's possessive is a market's ("Norrland's Vessa index"), a ticker in brackets
// is no entity of its own and no wall between a firm and its verb ("Corvish Holdings (CVH.KS) said"), a name with a
// market's noun in apposition is a market's ("Velby, the main stock index,"), partners joined by "&" a firm, a one-word
// name ending in "bank" after "the" a bank ("the Skovbank"); an index
// that "added 1.3%" moved and reported none of its sentence's figures; "according to a Tallow Wire poll" names
// the poll's maker; "two traders said" counts who speak, no claim; a firm that "cut its forecast, and rival X slid 3%"
// did not report the rival's move; a speech
// noun with its own clause after a quote ("…”, comments traders read as a warning") is no tag; "…,” wrote
// analysts at a firm" gives the firm, as before the cue.
// Run with `node --import tsx --test test/unit/market-wires.test.ts`. All names, firms and places are fictional, but for
// the known places the guards need (the gazetteer's).
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Stocks Slip as Miners Weigh';

const ENTITIES: EntityRow[] = [
  { label: 'a one-word firm that fell by a percentage', body: 'Pemberly fell 5.2% after the miner cut its output target.', has: [{ text: 'Pemberly', type: 'ORG' }] },
  { label: 'a one-word bank that slid by a percentage, after another firm', body: 'Among banks, Dorrit & Vale dropped 2.9% and Whitcombe slid 2.2%.', has: [{ text: 'Whitcombe', type: 'ORG' }] },
  { label: 'a made-up firm name that rose by a percentage', body: 'Chipmakers rallied. Nexavor rose 4.1% and Tallin Micro gained 3.5%.', has: [{ text: 'Nexavor', type: 'ORG' }] },
  { label: '"percent" written out', body: 'Quarrish gained 3 percent in early trade.', has: [{ text: 'Quarrish', type: 'ORG' }] },
  { label: 'guard: a person named in full keeps the surname that moves in a poll', body: 'Ana Brenwick led the race. Brenwick rose 3% in the latest poll.', has: [{ text: 'Brenwick', type: 'PERSON' }] },
  { label: 'guard: a given name is no firm', body: 'Maria rose 3% in the poll of members.', has: [{ text: 'Maria', notType: 'ORG' }] },
  { label: 'an index after a name\'s possessive', body: 'Norrland\'s Vessa index slipped 0.4%.', has: [{ text: 'Vessa', type: 'ORG' }] },
  { label: 'a ticker with its exchange\'s suffix is no entity', body: 'Shares of Corvish Holdings (CVH.KS) dropped 6.4% on Monday.', has: [{ text: 'Corvish Holdings', type: 'ORG' }], lacks: ['CVH', 'KS'] },
  { label: 'a one-word name with a market\'s noun in apposition', body: 'Velby, the main stock index, rose 1.1% on Tuesday.', has: [{ text: 'Velby', type: 'ORG' }] },
  { label: 'guard: "the exchange student" names a person', body: 'Ada Morn, the exchange student, said she was happy.', has: [{ text: 'Ada Morn', type: 'PERSON' }] },
  { label: '"data cited by X": a data provider', body: 'Bonds fell 4 cents, according to data cited by Marrow Vance.', has: [{ text: 'Marrow Vance', type: 'ORG' }] },
  { label: 'a one-word name ending in "bank" after "the" is a bank', body: 'The Skovbank said on Tuesday it would hold rates.', has: [{ text: 'Skovbank', type: 'ORG' }] },
  { label: 'guard: a surname ending in "bank" with no article stays a person', body: 'Ada Fairbank said the Fairbank family would sell.', has: [{ text: 'Ada Fairbank', type: 'PERSON' }] },
  { label: 'partners\' names joined by "&" are a firm, not a place', body: '"Prices have further to run," said Greta Vollan, head of metals research at Strand & Kerr.', has: [{ text: 'Strand & Kerr', type: 'ORG' }] },
  { label: 'guard: a corner of two streets, one named for a known place, stays a place', body: 'Take the number 4 bus to Corbel & Denver, then walk north.', has: [{ text: 'Corbel & Denver', notType: 'ORG' }] },
  { label: 'guard: a known place written with "&" stays a place', body: 'She flew home from Trinidad & Tobago on Monday.', has: [{ text: 'Trinidad & Tobago', type: 'LOC' }] },
];

const CLAIMS: ClaimRow[] = [
  {
    label: 'an index that "added" a percentage moved: it reports neither its own nor the other figures',
    body: 'The Tallis Industrial Average rose 214.6 points, or 0.6%, to 38,910.2, the Carvel 500 gained 0.9% to 5,231.4 and the Quorrel Composite added 1.3% to 16,402.7.',
    claims: [{ text: 'rose 214.6 points, or 0.6%', sourced: 'no' }, { text: 'gained 0.9%', sourced: 'no' }, { text: '1.3%', sourced: 'no' }],
  },
  {
    label: 'guard: a firm that "added" in speech still reports the figure before it',
    body: 'Sales rose 12% in May, Corvish Holdings added.',
    claims: [{ text: 'rose 12%', sourced: 'yes', source: 'Corvish Holdings' }],
  },
  {
    label: '"according to a Tallow Wire poll of economists": the poll\'s maker',
    body: 'Exports likely grew 6.5% in April, according to a Tallow Wire poll of 18 economists.',
    claims: [{ text: 'grew 6.5%', sourced: 'yes', source: 'Tallow Wire' }, { text: '18 economists', sourced: 'yes', source: 'Tallow Wire' }],
  },
  {
    label: '"according to a poll": no maker named, vague',
    body: 'Exports likely grew 6.5% in April, according to a poll.',
    claims: [{ text: 'grew 6.5%', sourced: 'vague' }],
  },
  {
    label: 'a firm that cut its forecast, and a rival that slid: the rival\'s move is nobody\'s report',
    body: 'Shares of Corvish Holdings dropped 6.4% after the lender cut its profit forecast, and rival Pellim Bank slid 3.1%.',
    claims: [{ text: 'dropped 6.4%', sourced: 'no' }, { text: 'slid 3.1%', sourced: 'no' }],
  },
  {
    label: 'guard: a firm that raised its forecast to a figure states it',
    body: 'Corvish Holdings raised its profit forecast to 1.2 billion crowns.',
    claims: [{ text: '1.2 billion crowns', sourced: 'yes', source: 'Corvish Holdings' }],
  },
  {
    label: 'a firm with a ticker in brackets reports the figure after its verb',
    body: 'Corvish Holdings (CVH.KS) said on Monday it would pay $4 billion for the unit.',
    claims: [{ text: '$4 billion', sourced: 'yes', source: 'Corvish Holdings' }],
  },
  {
    label: 'the number of traders who speak is no claim',
    body: 'The central bank sold dollars in the spot market, two traders said, declining to be named.',
    claims: [],
  },
  {
    label: 'guard: traders who were counted are a claim',
    body: 'Police said 40 traders were arrested in the raid.',
    claims: [{ text: '40 traders were arrested', sourced: 'yes', source: 'Police' }],
  },
  {
    label: 'guard: a side\'s record in brackets is no ticker: the side does not report the figure after it',
    body: 'Then Tarvel United (11-4) recorded their sixth win of 15 games.',
    claims: [{ text: '15 games', sourced: 'no' }],
  },
];

const SPEAKERS: SpeakerRow[] = [
  {
    label: 'a speech noun with its own clause after the quote is no tag: the speaker before speaks',
    body: 'Finance Minister Ivo Darrel said on Thursday that officials were watching the krone “with great concern”, comments traders read as a warning.',
    speaker: 'Ivo Darrel', cue: 'said',
  },
  {
    label: '"…,” wrote analysts at a firm: the firm speaks',
    body: '“The market is getting ahead of itself,” wrote analysts at Domby Securities in a note to clients.',
    speaker: 'Domby Securities', cue: 'wrote',
  },
  {
    label: 'guard: an inverted tag with a noun-like verb and a name still gives the name',
    body: '“Margins will recover by spring,” notes Ada Vell of Corran Bank.',
    speaker: 'Ada Vell', cue: 'notes',
  },
  {
    label: 'guard: "said a spokeswoman at" keeps the role',
    body: '“We will not sell the unit,” said a spokeswoman at Pellim Bank.',
    speaker: 'a spokeswoman', cue: 'said',
  },
];

entityRowTests('market wires', HEADLINE, ENTITIES);
testClaimRows(HEADLINE, [['market wires', CLAIMS]]);
speakerRowTests('market wires', HEADLINE, SPEAKERS, 'only');
