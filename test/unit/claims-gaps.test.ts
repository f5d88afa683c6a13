// Labelled sentences for claims news writes in passing: a share of a whole after ", or" (share-of-whole.ts),
// a figure from a finding nobody is named behind (anonymous-finding.ts), a part "of them" that counts
// what the group before it counts (anaphor-antecedent.ts).
// Run with `node --import tsx --test test/unit/claims-gaps.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';


const SHARES: ClaimRow[] = [
  {
    label: 'a share of the workforce after ", or" is a second claim ("900 jobs, or 8% of its staff")',
    body: 'Orla Freight will cut 900 jobs, or 8% of its staff, by the spring.',
    claims: [{ text: 'cut 900 jobs', counted: 'job' }, { text: '8% of its staff', unit: 'percent' }],
  },
  {
    label: 'a share of a total after a count is a claim of its own ("12 piers, or 60 percent of the total")',
    body: 'The storm damaged 12 piers, or 60 percent of the total.',
    claims: [{ text: 'damaged 12 piers', counted: 'pier' }, { text: '60 percent of the total', unit: 'percent' }],
  },
  {
    label: 'a sum per share after ", or" still restates the loss ("$40 million, or 9 cents a share")',
    body: 'Tarvel Mills lost $40 million, or $0.09 a share, in the quarter.',
    claims: [{ text: 'lost $40 million, or $0.09 a share', unit: 'money' }],
  },
  {
    label: 'the same change given as a percentage stays one claim ("fell $2, or 3 percent, to …")',
    body: 'Copper fell $2, or 3 percent, to $64 a tonne.',
    claims: [{ text: 'fell $2, or 3 percent, to $64 a tonne' }],
  },
];

const FINDINGS: ClaimRow[] = [
  {
    label: 'estimates that nobody is named behind make a figure vague ("Estimates suggest 2,500 sheep …")',
    body: 'Estimates suggest 2,500 sheep drowned in the Orla valley.',
    claims: [{ text: '2,500 sheep drowned', sourced: 'vague' }],
  },
  {
    label: 'an unnamed poll or survey is a vague source, its sample size too ("a recent survey of 600 growers showed that 35% …")',
    body: 'Most growers want the levy scrapped: a poll found 71% opposed it. A recent survey of 600 growers showed that 35% had sold land.',
    claims: [{ text: '71% opposed', sourced: 'vague' }, { text: '600 growers', sourced: 'vague' }, { text: '35% had sold land', sourced: 'vague' }],
  },
  {
    label: 'unnamed data or early estimates that "put" a figure are vague ("Early estimates put the bill at $8 million")',
    body: 'Early estimates put the bill at $8 million. Data show ferry fares rose 6% in June.',
    claims: [{ text: '$8 million', sourced: 'vague' }, { text: 'rose 6%', sourced: 'vague' }],
  },
  {
    label: 'an impersonal "it is estimated" vouches for nothing, as "it is understood" does; a body that estimates does',
    body: 'It is estimated that 1,200 sheep were lost in the snow. The new pier opens in May. It is estimated to have cost $30 million. The council estimated that 80 homes were cut off.',
    claims: [{ text: '1,200 sheep were lost', sourced: 'vague' }, { text: 'cost $30 million', sourced: 'vague' }, { text: '80 homes were cut off', sourced: 'yes' }],
  },
  {
    label: 'a finding the article names or that an institution owns is no vague source ("The study found", "Police estimates suggest")',
    body: 'The study found 45% of pupils walked to school. Police estimates suggest 900 people marched. A poll by Tarvel Research found 48% backed the mayor.',
    claims: [{ text: '45% of pupils walked', sourced: 'yes' }, { text: '900 people marched', sourced: 'yes' }, { text: '48% backed the mayor', sourced: 'yes' }],
  },
  {
    label: 'a finding whose phrase names an organisation is that organisation\'s ("A Harlow Institute poll found …"); a place is no owner',
    body: 'A Harlow Institute poll found 55% of residents opposed the plan. A recent Tarvel Research survey of 800 farmers showed that 30% had sold land. A Dunmore poll found 60% backed the mayor.',
    claims: [{ text: '55% of residents opposed', sourced: 'yes', source: 'Harlow Institute' }, { text: '800 farmers', sourced: 'yes' }, { text: '30% had sold land', sourced: 'yes' }, { text: '60% backed the mayor', sourced: 'no' }],
  },
  {
    label: 'a survey that ends a name is that body, not an unnamed finding ("the Orla Geological Survey said")',
    body: 'The tremor damaged 40 homes south of Tarvel, the Orla Geological Survey said. The N.E. Geological Survey said 12 aftershocks followed it.',
    claims: [{ text: 'damaged 40 homes south of Tarvel', sourced: 'yes' }, { text: '12 aftershocks followed', sourced: 'yes' }],
  },
  {
    label: 'a finding after a conjunction starts at its own words ("although a recent poll found")',
    body: 'Turnout fell, although a recent poll found 30% planned to vote.',
    claims: [{ text: '30% planned', sourced: 'vague', source: 'a recent poll' }],
  },
  {
    label: 'a figure in another clause than the finding keeps its own sourcing ("Estimates suggest …; 300 homes …")',
    body: 'Estimates suggest the river is rising; 300 homes were flooded on Monday.',
    claims: [{ text: '300 homes were flooded', sourced: 'no' }],
  },
  {
    label: 'unnamed figures or data said to come out on a day are vague ("Figures to be released today show", "Data released on Monday showed")',
    body: 'Figures to be released today show 4,100 homes were sold in Carrow last year. Data released on Monday showed rents rose 7% in May.',
    claims: [{ text: '4,100 homes were sold', sourced: 'vague', source: 'Figures to be released today' }, { text: 'rose 7%', sourced: 'vague', source: 'Data released on Monday' }],
  },
  {
    label: 'official or already named figures that came out on a day keep their owner ("Official figures published on Monday show", "The study released in May found")',
    body: 'Official figures published on Monday show 4,100 homes were sold in Carrow. The study released in May found 45% of pupils walked to school.',
    claims: [{ text: '4,100 homes were sold', sourced: 'yes', source: 'Official figures' }, { text: '45% of pupils walked', sourced: 'yes', source: 'The study' }],
  },
  {
    label: 'a place before a finding that came out on a day is still no owner ("A Dunmore poll released on Monday found")',
    body: 'A Dunmore poll released on Monday found 60% backed the mayor.',
    claims: [{ text: '60% backed the mayor', sourced: 'no' }],
  },
];

const ANAPHORS: ClaimRow[] = [
  {
    label: '"of them" in the next sentence counts the group of the sentence before ("900 passengers. About 650 of them …")',
    body: 'Rescuers pulled 900 passengers from the ferry. About 650 of them were injured.',
    claims: [{ text: 'pulled 900 passengers', counted: 'passenger' }, { text: 'About 650 of them were injured', counted: 'passenger' }],
  },
  {
    label: '"of which" and "of whom" count the group before them in the sentence ("40 trawlers …, two of which sank")',
    body: 'The storm left 40 trawlers stranded, two of which sank. Some 120 people were hurt, 19 of whom remain in hospital.',
    claims: [{ text: 'left 40 trawlers stranded', counted: 'trawler' }, { text: 'two of which sank', counted: 'trawler' }, { text: 'Some 120 people were hurt', counted: 'person' }, { text: '19 of whom remain', counted: 'person' }],
  },
  {
    label: 'the nearest counted group is the antecedent, past a modifier ("14 safety notices …, and six of them …")',
    body: 'The regulator served 14 safety notices on the yard last year, and six of them were ignored.',
    claims: [{ text: 'served 14 safety notices', counted: 'notice' }, { text: 'six of them were ignored', counted: 'notice' }],
  },
  {
    label: 'the group is the plural right after the figure, not an adjective ending in "-s" ("50 people for serious burns, 10 of whom …")',
    body: 'Medics treated 50 people for serious burns, 10 of whom remain in intensive care.',
    claims: [{ text: 'treated 50 people', counted: 'person' }, { text: '10 of whom remain', counted: 'person' }],
  },
  {
    label: 'a plural right before the part\'s comma is the group, before a counted group further back ("30 nurses … the remaining patients, hundreds of whom …")',
    body: 'The clinic has 30 nurses left to treat the remaining patients, hundreds of whom are children.',
    claims: [{ text: '30 nurses left', counted: 'nurse' }, { text: 'hundreds of whom are children', counted: 'patient' }],
  },
];

const HARMS: ClaimRow[] = [
  {
    label: 'people hurt "with" their injuries are what the claim counts, not speakers ("injured 50 people with serious burns")',
    body: 'The gas blast at the Tarvel works injured 50 people with serious burns.',
    claims: [{ text: 'injured 50 people', counted: 'person', measure: 'injury' }],
  },
  {
    label: 'a bare figure after a verb of harm counts people ("killing 17 or more and wounding 40")',
    body: 'A crane fell on the Orla market, killing 17 or more and wounding 40.',
    claims: [{ text: 'killing 17 or more', counted: 'person', measure: 'death' }, { text: 'wounding 40', counted: 'person', measure: 'injury' }],
  },
  {
    label: 'a bare figure after an arrest or an evacuation counts people ("arrested 40 after the match")',
    body: 'Police arrested 40 after the Dunmore derby. Crews evacuated 300 from the Carrow valley.',
    claims: [{ text: 'arrested 40', counted: 'person', measure: 'detained' }, { text: 'evacuated 300', counted: 'person', measure: 'displaced' }],
  },
  {
    label: '"-ing" and present forms of harm name the measure, not a word of their own ("injuring 12 people", "wounds 3")',
    body: 'The bomb went off near the Harlow depot, injuring 12 people. Gunman kills 2, wounds 3 at Tarvel mill.',
    claims: [{ text: 'injuring 12 people', measure: 'injury' }, { text: 'kills 2', measure: 'death' }, { text: 'wounds 3', measure: 'injury' }],
  },
  {
    label: 'people "with" something as the subject that speaks stay speakers ("two people with knowledge of the talks said")',
    body: 'Two people with knowledge of the talks said 300 jobs would go.',
    claims: [{ text: '300 jobs would go', sourced: 'vague' }],
  },
  {
    label: 'people "with" an illness are counted, not speakers ("admitted 600 people with heat exhaustion")',
    body: 'Clinics in Doravel admitted more than 600 people with heat exhaustion, the health office said.',
    claims: [{ text: 'admitted more than 600 people', sourced: 'yes', source: 'the health office' }],
  },
  {
    label: 'a phrase after what is counted stops at a figure word ("pulled 40 survivors from the sea and recovered six bodies")',
    body: 'Divers pulled 40 survivors from the sea and recovered six bodies, the port authority said.',
    claims: [{ text: 'pulled 40 survivors', measure: 'rescued' }, { text: 'recovered six bodies', measure: 'death' }],
  },
  {
    label: 'people "with direct knowledge" still speak ("officials with direct knowledge of the plan said")',
    body: 'Three officials with direct knowledge of the plan said 200 posts would go.',
    claims: [{ text: '200 posts would go', sourced: 'vague' }],
  },
];

const SUBUNITS: ClaimRow[] = [
  {
    label: 'a price change in pence is one money claim with its level ("fell 12p to 412p")',
    body: 'Shares in Belmont Foods fell 12p to 412p. Shares in Orla Mills fell 9p, or 3%, to 291p. Tarvel shares rose 40p to 1,245p.',
    claims: [{ text: 'fell 12p to 412p', unit: 'money' }, { text: 'fell 9p, or 3%, to 291p', unit: 'money' }, { text: 'rose 40p to 1,245p', unit: 'money' }],
  },
  {
    label: 'a price per unit in cents is money ("rose 9c a litre", "99c a litre")',
    body: 'Diesel rose 9c a litre in Carrow. Petrol now costs 99c a litre.',
    claims: [{ text: 'rose 9c a litre', unit: 'money' }, { text: '99c a litre', unit: 'money' }],
  },
  {
    label: 'a count of "cents" or "pence" is a sum ("26 cents per share", "costs 85 pence")',
    body: "Dorrow's profit equals 26 cents per share. A first-class stamp costs 85 pence.",
    claims: [{ text: '26 cents per share', unit: 'money' }, { text: '85 pence', unit: 'money', counted: 'money' }],
  },
  {
    label: 'a letter glued to digits outside a price is a label or a resolution, no sum ("Route 5p", "Figure 3c", "up to 1080p video")',
    body: 'Route 5p runs hourly from Tarvel. See Figure 3c for the layout. The Orla set streams up to 1080p video.',
    claims: [],
  },
];

const PARTICIPLES: ClaimRow[] = [
  {
    label: 'the plural before an "-ing" participle is what is counted ("45,000 migrants crossing the Strait", "12 lorries carrying aid")',
    body: 'A record 45,000 migrants crossing the Strait were stopped at Orla. Tarvel sent 12 lorries carrying aid to Carrow.',
    claims: [{ text: '45,000 migrants crossing the Strait were stopped', counted: 'migrant' }, { text: 'sent 12 lorries carrying aid', counted: 'lorry' }],
  },
  {
    label: 'an "-ing" word that opens the phrase, or follows an adjective in "-ous", modifies the noun after it ("12 filling stations", "40 religious buildings")',
    body: 'Police closed 12 filling stations in Carrow. The quake damaged 40 religious buildings in Dunmore.',
    claims: [{ text: 'closed 12 filling stations', counted: 'station' }, { text: 'damaged 40 religious buildings', counted: 'building' }],
  },
  {
    label: '"species" and "series" are their own singular ("hundreds of species waiting")',
    body: 'Rangers in the Orla park logged hundreds of species waiting for review.',
    claims: [{ text: 'logged hundreds of species waiting', counted: 'species' }],
  },
];

const PAIRS: ClaimRow[] = [
  {
    label: 'two figures joined by "and" that share a noun are one claim ("1,250 and 320 jobs cut, respectively")',
    body: 'The Harlow and Dunmore plants expect 1,250 and 320 jobs cut, respectively.',
    claims: [{ text: '1,250 and 320 jobs cut', counted: 'job' }],
  },
  {
    label: 'a count before a share joined by "and" is a share too ("rises of six and eleven percent")',
    body: 'Tarvel and Orla reported rises of six and eleven percent, respectively.',
    claims: [{ text: 'six and eleven percent', unit: 'percent' }],
  },
  {
    label: 'a figure after a verb and a second with only "respectively" after it are one claim of that verb ("killed 87 and 13 people respectively")',
    body: 'The two Orla Air crashes, which killed 87 and 13 people respectively, shook the industry.',
    claims: [{ text: 'killed 87 and 13 people respectively', counted: 'person', measure: 'death' }],
  },
  {
    label: 'years and labels joined by "and" are no pair ("in 2008 and 2009", "Routes 12 and 14 buses")',
    body: 'Tarvel cut 300 jobs in 2008 and 2009. Routes 12 and 14 buses were cancelled.',
    claims: [{ text: 'cut 300 jobs', counted: 'job' }, { text: '14 buses were cancelled', counted: 'bus' }],
  },
];

const OPEN_ENDED: ClaimRow[] = [
  {
    label: '"or more" / "or so" / "or fewer" after a figure belong to it, and its noun comes after them ("40 or more homes")',
    body: 'The fire destroyed 40 or more homes in Carrow. Tarvel will cut 300 or so jobs. Ten or fewer boats sank at Orla.',
    claims: [{ text: 'destroyed 40 or more homes', counted: 'home' }, { text: 'cut 300 or so jobs', counted: 'job' }, { text: 'Ten or fewer boats sank', counted: 'boat' }],
  },
  {
    label: 'a figure left open by "or more" is bounded below only; "or so" is about it',
    body: 'Harlow lost 40 or more trawlers. Dunmore lost 300 or so sheep.',
    claims: [{ text: 'lost 40 or more trawlers', counted: 'trawler' }, { text: 'lost 300 or so sheep' }],
  },
];

const COMMON_OWNERS: ClaimRow[] = [
  {
    label: 'a share "of the firm\'s staff": a common-noun owner after "of the" is not what is counted',
    body: 'Some 40 percent of the firm’s staff were laid off. About 30 percent of the port’s cargo was lost.',
    claims: [{ text: 'Some 40 percent of the firm’s staff were laid off', counted: 'staff', measure: 'cut' }, { text: 'About 30 percent of the port’s cargo was lost', counted: 'cargo' }],
  },
];

const ORDINAL_OBJECTS: ClaimRow[] = [
  {
    label: 'an ordinal after a possessive opens a noun phrase, not a one-word object ("entered its third week")',
    body: 'About 6,000 dockers entered their third week of the stoppage. Some 400 nurses began their second day of action.',
    claims: [{ text: 'About 6,000 dockers entered', counted: 'docker', measure: 'entered' }, { text: 'Some 400 nurses began', counted: 'nurse', measure: 'began' }],
  },
  {
    label: 'guard: a plain one-word object after a possessive still ends the claim ("lost their homes")',
    body: 'About 300 families lost their homes in Carrow.',
    claims: [{ text: 'About 300 families lost their homes', counted: 'family' }],
  },
];

/** "among analysts" after a figure says who holds the view: it is not what the figure counts. */
const AMONG: ClaimRow[] = [
  {
    label: 'a sum followed by "among analysts" counts money, and the phrase stays out of the claim',
    body: 'Forecasts for Tarvel Mills averaged $210 million among analysts.',
    claims: [{ text: 'averaged $210 million', counted: 'money', unit: 'money' }],
  },
  {
    label: 'a count followed by "among" a group ends at its noun ("400 cases among dockers")',
    body: 'Doctors in Carrow recorded 400 cases among dockers last winter.',
    claims: [{ text: '400 cases', counted: 'case' }],
  },
];

/** A verb's measure that depends on what is counted: a deal that collapsed wrecked nothing, members who voted won nothing. */
const SUBJECT_MEASURES: ClaimRow[] = [
  { label: 'a pay rise that collapsed is not destroyed', body: 'A 6 percent pay rise collapsed on Friday.', claims: [{ text: '6 percent pay rise collapsed', measure: 'collapsed' }] },
  { label: 'an offer that collapsed is not destroyed', body: 'The 3 percent offer collapsed within hours.', claims: [{ text: '3 percent offer collapsed', measure: 'collapsed' }] },
  { label: 'members who voted did not win', body: 'Eight of the eleven trustees voted to sell.', claims: [{ text: 'Eight of the eleven trustees voted', measure: 'voted' }] },
  { label: 'guard: homes that collapsed are destroyed', body: 'About 40 homes collapsed in Tarvel.', claims: [{ text: 'About 40 homes collapsed', measure: 'destroyed' }] },
  { label: 'guard: people elected still won', body: 'Some 40 women were elected in Carrow.', claims: [{ text: 'Some 40 women were elected', measure: 'won' }] },
];

// A pledge's figure is what its subject promises ("pledged to build …", "vowed to cut …").
const PLEDGES: ClaimRow[] = [
  { label: 'a ministry pledged to build gigawatts', body: 'The energy ministry pledged to build 40 gigawatts of wind capacity by 2030.', claims: [{ text: 'build 40 gigawatts', sourced: 'yes', source: 'The energy ministry' }] },
  { label: 'a named firm vowed to cut jobs', body: 'Corvane Power vowed to cut 300 jobs at its Tarvel plant.', claims: [{ text: 'cut 300 jobs', sourced: 'yes', source: 'Corvane Power' }] },
  { label: 'a regulator promised to cut a share', body: 'The regulator promised to cut bills by 12% next year.', claims: [{ text: '12% next year', sourced: 'yes', source: 'The regulator' }] },
  { label: 'guard: a figure after the pledge in another clause stays unsourced', body: 'The regulator promised lower bills; prices rose 12% anyway.', claims: [{ text: 'rose 12% anyway', sourced: 'no' }] },
];

// A body's office that speaks for it: a summit's or treaty's secretariat is no vague source.
const BODIES: ClaimRow[] = [
  { label: 'according to the summit secretariat', body: 'According to the summit secretariat, the pledges would cut emissions by 3 billion tonnes.', claims: [{ text: '3 billion tonnes', sourced: 'yes', source: 'the summit secretariat' }] },
  { label: 'the treaty secretariat said', body: 'The treaty secretariat said 140 countries had signed.', claims: [{ text: '140 countries had signed', sourced: 'yes', source: 'The treaty secretariat' }] },
];

testClaimRows('Harbour Town Counts the Cost', [['pledge', PLEDGES], ['body', BODIES], ['among', AMONG], ['subject measure', SUBJECT_MEASURES], ['share', SHARES], ['finding', FINDINGS], ['anaphor', ANAPHORS], ['harm', HARMS], ['subunit', SUBUNITS], ['participle', PARTICIPLES], ['pair', PAIRS], ['open', OPEN_ENDED], ['ordinal object', ORDINAL_OBJECTS], ['common owner', COMMON_OWNERS]]);

test('open: "40 or more" is at least 40, "300 or so" about 300, "ten or fewer" at most ten', () => {
  const rows: [string, number, number][] = [['Harlow lost 40 or more trawlers.', 40, Infinity], ['Dunmore lost 300 or so sheep.', 270, 330], ['Ten or fewer boats sank off Orla.', 0, 10]];
  for (const [body, low, high] of rows) {
    const [c] = analyzeText(`Harbour Town Counts the Cost\n\n${body}\n`).claims;
    assert.ok(c, body);
    assert.equal(c.quantity.low, low, `low of ${body}`);
    assert.ok(Math.abs(c.quantity.high - high) < 1e-9 || c.quantity.high === high, `high of ${body}: ${c.quantity.high}`);
  }
});
