// Labelled sentences for statistical claims (pipeline stage 5) through analyzeText.
// Run with `node --import tsx --test test/unit/claims.test.ts`.
// Each row is a small article: a headline line (the first line is treated as a headline) and the
// body given in the row. All text is written for this file; people and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { Sourcing } from '../../server/src/core/types';

const HEADLINE = 'Floods Leave Hill Towns Reeling';

interface ExpectedClaim {
  /** Exact claim span text; the span must also start where this text first occurs in the body. */
  text: string;
  counted?: string;
  measure?: string;
  sourced?: Sourcing;
  /** Text of the source phrase (null: no source). */
  source?: string | null;
  sourceCue?: string | null;
  timeframe?: string | null;
  low?: number;
  high?: number;
  kind?: 'superlative' | 'proportion';
}

interface Row {
  label: string;
  body: string;
  /** Every claim of the article, in order (an empty list: nothing here is a claim). */
  claims: ExpectedClaim[];
  todo?: string;
}

const FOUND: Row[] = [
  { label: 'a count of a people or of residents named by a capitalised word is still a count (not a title)', body: 'The strikes killed 45 Korvani. Some 400 Tarvel residents fled. The raids killed 30 Roma. Unemployment rose to 7.4 percent last year.', claims: [{ text: 'killed 45 Korvani' }, { text: 'Some 400 Tarvel residents fled' }, { text: 'killed 30 Roma' }, { text: '7.4 percent' }] },
  { label: 'a capitalised unit, or a word a model number follows, keeps the count: "40 Celsius", "40 Corvan A40s"', body: 'The heat reached 40 Celsius in the valley. The storm sank 40 Corvan A40s.', claims: [{ text: 'reached 40 Celsius' }, { text: 'sank 40 Corvan A40s' }] },
  { label: 'a first-person sentence keeps its counts of what happened (deaths, arrests, a multiplier, a larger figure)', body: 'We learned that three people were killed and at least two journalists were arrested. We now employ 40 drivers.', claims: [{ text: 'three people were killed' }, { text: 'at least two journalists were arrested' }, { text: 'employ 40 drivers' }] },
  { label: 'a multiplier in a first-person sentence is still a figure: "3 times larger than us"', body: 'Our port ships as much grain as Velmar does. Yet their fleet is 3 times larger than ours, and we rent our tugs from them.', claims: [{ text: '3 times larger' }] },
  { label: 'one of a few people killed still counts the dead; five of nine judges still counts', body: 'The guard was one of three people killed in the blast. Five of the nine judges dissented.', claims: [{ text: 'three people killed' }, { text: 'Five of the nine judges dissented' }] },
  {
    label: 'a count before a maker and its model number runs on to the counted noun: "40 Tarvel 215 trams"',
    body: 'The regional operator ordered 40 Tarvel 215 trams last spring.',
    claims: [{ text: 'ordered 40 Tarvel 215 trams', counted: 'tram' }],
  },
  {
    label: 'a model number with a variant inside the counted phrase: "12 Osprin 330-200 ferries"',
    body: 'Under the deal, 12 Osprin 330-200 ferries will be delivered by the yard.',
    claims: [{ text: '12 Osprin 330-200 ferries will be delivered', counted: 'ferry' }],
  },
  {
    label: 'a model number written as a plural is what is counted: "25 Halbrook 707s"',
    body: 'The lessor bought 25 Halbrook 707s from a rival.',
    claims: [{ text: 'bought 25 Halbrook 707s', counted: '707' }],
  },
  {
    label: 'a number that names a flight elsewhere still counts the people after it: "Route 264 … 264 passengers"',
    body: 'Investigators reached the wreck of the Pelmar Route 264 on Tuesday. Rescuers said 264 passengers were aboard, and 264 people were missing.',
    claims: [
      { text: '264 passengers were aboard', counted: 'passenger' },
      { text: '264 people were missing', counted: 'person' },
    ],
  },
  {
    label: 'a number that names a model elsewhere names it again before a singular noun: "the 264 programme"',
    body: 'Engineers at the Pelmar 264 line were idle. The 264 programme was cancelled in the end.',
    claims: [],
  },
  {
    label: 'a number after "their new" names a model, it counts nothing: "their new 848 aircraft"',
    body: 'Palvin Air said on Monday it would fly their new 848 aircraft to Dorran next spring.',
    claims: [],
  },
  {
    label: 'a number after "the latest" names a model: "the latest 315 handset"',
    body: 'Shops in Vell sold out of the latest 315 handset within an hour.',
    claims: [],
  },
  {
    label: 'guard: a count before the adjective still counts: "their 315 new aircraft"',
    body: 'Palvin Air will fly their 315 new aircraft to Dorran next spring.',
    claims: [{ text: '315 new aircraft', counted: 'aircraft' }],
  },
  {
    label: 'guard: a round figure after "new" still counts: "a new 400 jobs"',
    body: 'The Dorran plant will add a new 400 jobs by March.',
    claims: [{ text: '400 jobs', counted: 'job' }],
  },
  {
    label: 'a name and number before an auxiliary is no model in the counted phrase: "Harbour Terminal 3 will open"',
    body: 'Officials said the $2-billion Harbour Terminal 3 will open its doors next year.',
    claims: [{ text: '$2-billion Harbour Terminal', counted: 'terminal' }],
  },
  {
    label: '"…, saying that it plans to cut 900 jobs": the participle’s speaker is the organisation opening the sentence; it reports only what follows it',
    body: 'The shipbuilder Dorvo Marine, which has lost orders all year, asked the state for another $40 million, saying that it plans to cut 900 jobs.',
    claims: [
      { text: 'another $40 million', sourced: 'no', source: null, sourceCue: null },
      { text: 'cut 900 jobs', counted: 'job', measure: 'cut', sourced: 'yes', source: 'Dorvo Marine', sourceCue: 'saying' },
    ],
  },
  {
    label: '"mentioned that" attributes a figure like "said that"',
    body: 'Tara Vell also mentioned that Dorvo Marine had already received $2 million in loans from the port authority.',
    claims: [{ text: 'received $2 million', sourced: 'yes', source: 'Tara Vell', sourceCue: 'mentioned' }],
  },
  {
    label: '"put forward a bill" vouches for no figure ("put … at" does)',
    body: 'Tara Vell, the county’s senator, put forward a bill which offers a $500 rebate to every fisher. Officials put the cost of the scheme at $3 million.',
    claims: [
      { text: '$500 rebate', sourced: 'no', source: null },
      { text: '$3 million', sourced: 'yes', source: 'Officials', sourceCue: 'put' },
    ],
  },
  // Business and politics: what happened to plants, jobs, goods and votes.
  {
    label: 'a verb of closing before the figure starts the claim and names its measure ("close four factories")',
    body: 'The carmaker Velant will close four factories, its chief executive told reporters.',
    claims: [{ text: 'close four factories', counted: 'factory', measure: 'closed' }],
  },
  {
    label: '"will close" after what is counted is a closure; "shut down" is one too',
    body: 'Four assembly plants will close. Three smelters were shut down last year.',
    claims: [
      { text: 'Four assembly plants will close', counted: 'plant', measure: 'closed' },
      { text: 'Three smelters were shut down', counted: 'smelter', measure: 'closed', timeframe: 'last year' },
    ],
  },
  {
    label: '"close" as an adjective ("living close to") is no closure',
    body: 'About 200 families living close to the depot were moved.',
    claims: [{ text: 'About 200 families living close', counted: 'family', measure: 'close' }],
  },
  {
    label: 'jobs cut under other words: "laid off 300 workers", "1,200 positions will be axed", "450 redundancies"',
    body: 'The mill laid off 300 workers. Another 1,200 positions will be axed, and the brewer announced 450 redundancies.',
    claims: [
      { text: 'laid off 300 workers', counted: 'worker', measure: 'cut' },
      { text: 'Another 1,200 positions will be axed', counted: 'position', measure: 'cut' },
      { text: '450 redundancies', counted: 'redundancy', measure: 'cut' },
    ],
  },
  {
    label: 'people "cut off" by a flood are trapped, not jobs cut',
    body: 'Some 5,000 villagers were cut off by the floods.',
    claims: [{ text: 'Some 5,000 villagers were cut off', counted: 'villager', measure: 'trapped' }],
  },
  {
    label: 'goods recalled, sold, shipped and built; stores opened; seats won',
    body: 'Orlan recalled 240,000 cars over faulty brakes. Its rival sold 2 million handsets and shipped 1.8 million tablets. The yard built 12 ferries. The chain plans to open 35 stores. The party won 41 seats.',
    claims: [
      { text: 'recalled 240,000 cars', counted: 'car', measure: 'recalled' },
      { text: 'sold 2 million handsets', counted: 'handset', measure: 'sold' },
      { text: 'shipped 1.8 million tablets', counted: 'tablet', measure: 'delivered' },
      { text: 'built 12 ferries', counted: 'ferry', measure: 'produced' },
      { text: 'open 35 stores', counted: 'store', measure: 'opened' },
      { text: 'won 41 seats', counted: 'seat', measure: 'won' },
    ],
  },
  {
    label: '"one" before a unit is a size ("a radius of one mile"), while "one of the crew" counts nothing',
    body: 'Police sealed off a radius of one mile around the depot, and one of the crew was hurt.',
    claims: [{ text: 'one mile', counted: 'mile', measure: 'length' }],
  },
  {
    label: '"people who fled their homes": a relative clause says what happened to those counted (they are no speakers)',
    body: 'The charity said it had handed out blankets to about 400 people who fled their homes. Some 300 workers who were laid off marched on Friday.',
    claims: [
      { text: 'about 400 people who fled their homes', counted: 'person', measure: 'displaced' },
      { text: 'Some 300 workers who were laid off', counted: 'worker', measure: 'cut' },
    ],
  },
  {
    label: '"the three miners who died" names people already counted; "two people who spoke" are speakers',
    body: 'The three miners who died have not been named. Two people who spoke on condition of anonymity said the talks had stalled.',
    claims: [],
  },
  {
    label: '"job cuts" after the figure: jobs are what is counted, the cut is the measure',
    body: 'Some 2,000 job cuts were announced.',
    claims: [{ text: 'Some 2,000 job cuts', counted: 'job', measure: 'cut' }],
  },
  {
    label: 'people moved "out of their homes" are displaced, whatever the verb',
    body: 'More than 600 residents were moved out of their homes on Sunday.',
    claims: [{ text: 'More than 600 residents were moved out of their homes', counted: 'resident', measure: 'displaced' }],
  },
  {
    label: 'people "ordered from their homes" are displaced',
    body: 'About 900 people were ordered from their homes overnight.',
    claims: [{ text: 'About 900 people were ordered from their homes', measure: 'displaced' }],
  },
  {
    label: 'people "taken to hospital" are injured',
    body: 'Eleven people had been taken to hospital by midnight.',
    claims: [{ text: 'Eleven people had been taken to hospital', measure: 'injury' }],
  },
  {
    label: 'a phrase between what is counted and its verb of death keeps the verb',
    body: 'Two men on the night shift died at the scene.',
    claims: [{ text: 'Two men on the night shift died', counted: 'man', measure: 'death' }],
  },
  {
    label: 'what is counted stops at "along" (a place phrase)',
    body: 'The mission will deploy 60 unarmed monitors along the river.',
    claims: [{ text: '60 unarmed monitors', counted: 'monitor' }],
  },
  {
    label: '"put the number at …" restates the figure of the claim before: same thing counted, same measure',
    body: 'Rescuers have recovered 37 bodies since Monday. Local officials put the number at more than 50.',
    claims: [
      { text: 'recovered 37 bodies', counted: 'body' },
      { text: 'put the number at more than 50', counted: 'body', low: 50 },
    ],
  },
  {
    label: 'an aside ", including …," between the figure and its verb keeps the verb',
    body: '30 people, including four nurses, were treated for smoke inhalation.',
    claims: [
      { text: '30 people, including four nurses, were treated', measure: 'injury' },
      { text: 'four nurses', counted: 'nurse' },
    ],
  },
  {
    label: 'figure + counted noun + passive verb of death, sourced by "according to" an institution',
    body: 'At least 35 people have been killed, according to the health ministry.',
    claims: [{ text: 'At least 35 people have been killed', counted: 'person', measure: 'death', sourced: 'yes', source: 'the health ministry', sourceCue: 'according to', low: 35, high: Infinity }],
  },
  {
    label: '"nearly 100" homes destroyed, no attribution',
    body: 'Nearly 100 homes were destroyed in the flood.',
    claims: [{ text: 'Nearly 100 homes were destroyed', counted: 'home', sourced: 'no', source: null, low: 90, high: 100 }],
  },
  {
    label: 'a verb right before the figure belongs to the claim ("killed 14 people"); two claims in one sentence',
    body: 'The landslide killed 14 people and injured 120 others.',
    claims: [
      { text: 'killed 14 people', counted: 'person', measure: 'death', sourced: 'no' },
      { text: 'injured 120 others', counted: 'other', measure: 'injury', sourced: 'no' },
    ],
  },
  {
    label: 'missing people, "police said" after the figure',
    body: 'Police said 12 people were missing.',
    claims: [{ text: '12 people were missing', counted: 'person', measure: 'missing', sourced: 'yes', source: 'Police', sourceCue: 'said' }],
  },
  {
    label: 'arrests, ", police said" at the end of the sentence',
    body: 'Nine people were arrested, police said.',
    claims: [{ text: 'Nine people were arrested', counted: 'person', measure: 'detained', sourced: 'yes', source: 'police' }],
  },
  {
    label: 'a named organisation that estimates is a source',
    body: 'The Red Lantern Society estimates that 2,000 families were displaced.',
    claims: [{ text: '2,000 families were displaced', counted: 'family', measure: 'displaced', sourced: 'yes', source: 'Red Lantern Society', sourceCue: 'estimates' }],
  },
  {
    label: '"The agency believes" sources the figure',
    body: 'The agency believes 300 families were displaced.',
    claims: [{ text: '300 families were displaced', counted: 'family', measure: 'displaced', sourced: 'yes', source: 'The agency', sourceCue: 'believes' }],
  },
  {
    label: 'a figure inside a quote of a named speaker is sourced by that speaker',
    body: '“We pulled 40 people from the river,” said Marta Kowal, the regional fire chief.',
    claims: [{ text: 'pulled 40 people', counted: 'person', sourced: 'yes', source: 'Marta Kowal', sourceCue: 'said' }],
  },
  {
    label: 'a percentage with its counted noun, "the mayor said"',
    body: 'About 60% of the buildings were damaged, the mayor said.',
    claims: [{ text: 'About 60% of the buildings were damaged', counted: 'building', sourced: 'yes', source: 'the mayor', low: 54, high: 66 }],
  },
  {
    label: 'a time frame is recorded ("last week")',
    body: 'Eight people died last week in the hills.',
    claims: [{ text: 'Eight people died', counted: 'person', measure: 'death', timeframe: 'last week', sourced: 'no' }],
  },
  {
    label: 'an attribution in the previous sentence does not source the next one',
    body: 'Officials said the dam held. Two hundred residents were evacuated overnight.',
    claims: [{ text: 'Two hundred residents were evacuated', counted: 'resident', measure: 'displaced', sourced: 'no', source: null, timeframe: 'overnight' }],
  },
  {
    label: 'counted noun and measure of "trapped miners" (adjective before the noun)',
    body: 'Rescuers have a 72-hour window to reach 40 trapped miners.',
    claims: [{ text: '40 trapped miners', counted: 'miner', measure: 'trapped' }],
  },
  {
    label: 'irregular plural "-men" is lemmatised: fishermen → fisherman',
    body: 'Six fishermen were rescued.',
    claims: [{ text: 'Six fishermen were rescued', counted: 'fisherman', measure: 'rescued', sourced: 'no' }],
  },
  {
    label: 'the counted noun of "More than 200 cattle died" is cattle, not the verb',
    body: 'More than 200 cattle died in the flood.',
    claims: [{ text: 'More than 200 cattle died', counted: 'cattle', measure: 'death' }],
  },
  {
    label: 'the counted noun of "40 homes flooded" is home',
    body: 'The river rose at dawn and 40 homes flooded.',
    claims: [{ text: '40 homes flooded', counted: 'home' }],
  },
  {
    label: '"40 bodies so far": counted is body and the span stops at the noun; bodies are deaths',
    body: '“We have found 40 bodies so far,” said Marta Kowal, the regional fire chief.',
    claims: [{ text: '40 bodies', counted: 'body', measure: 'death', sourced: 'yes', source: 'Marta Kowal' }],
  },
  {
    label: 'a "since" time frame stops at a conjunction or preposition ("since dawn and the crews")',
    body: 'Volunteers have moved 300 patients since dawn and the crews are exhausted.',
    claims: [{ text: 'moved 300 patients', counted: 'patient', timeframe: 'since dawn' }],
  },
  {
    label: 'a sum "to" a smaller count is two figures, not a range ("gave $2 million to 300 families")',
    body: 'The charity gave $2 million to 300 families last year.',
    claims: [{ text: 'gave $2 million', measure: 'gave' }, { text: '300 families', counted: 'family' }],
  },
  {
    label: 'a score written with "to" stays no claim ("won 5 to 2")',
    body: 'The home side won 5 to 2 on Saturday.',
    claims: [],
  },
  {
    label: 'a time phrase after the counted noun is not part of the claim ("since dawn")',
    body: 'Volunteers have moved 300 patients since dawn.',
    claims: [{ text: 'moved 300 patients', counted: 'patient', timeframe: 'since dawn' }],
  },
  {
    label: 'a place phrase after the counted noun is not what is counted ("300 patients to the school")',
    body: 'Volunteers moved 300 patients to the school.',
    claims: [{ text: 'moved 300 patients', counted: 'patient' }],
  },
  {
    label: 'a superlative anchored in time is a claim without a figure',
    body: 'The rain was the heaviest the valley has seen since the start of the decade.',
    claims: [{ text: 'the heaviest the valley has seen since the start of the decade', kind: 'superlative', measure: 'superlative', sourced: 'no', timeframe: 'since the start of the decade' }],
  },
  {
    label: 'a superlative over "more than three decades"',
    body: 'The flood was the worst in the region in more than three decades.',
    claims: [{ text: 'the worst in the region in more than three decades', kind: 'superlative' }],
  },
  {
    label: 'a weather superlative with "ever recorded" is a claim without a figure',
    body: 'Saturday was the hottest May day ever recorded in Pellam.',
    claims: [{ text: 'the hottest May day ever recorded', kind: 'superlative', measure: 'superlative', sourced: 'no' }],
  },
  {
    label: 'a weather superlative "on record" and one "since records began" are claims',
    body: 'Ostrel had its wettest April on record. It was the coldest night since records began.',
    claims: [{ text: 'its wettest April on record', kind: 'superlative' }, { text: 'the coldest night since records began', kind: 'superlative' }],
  },
  {
    label: 'guard: a weather superlative with no record or span is no claim',
    body: 'Friday will be the warmest day of the week in Pellam.',
    claims: [],
  },
  {
    label: 'an irregular past verb ends what is counted ("40 homes fell into the river")',
    body: 'Some 40 homes fell into the river.',
    claims: [{ text: 'Some 40 homes fell', counted: 'home' }],
  },
  {
    label: '"an unprecedented scale" is a superlative claim',
    body: 'Looting spread to an unprecedented scale in the port.',
    claims: [{ text: 'an unprecedented scale', kind: 'superlative' }],
  },
  {
    label: 'a share of the figure just before ("Most of them were passengers") takes its measure',
    body: 'The mudslide killed 40 people on the valley road. Most of them were passengers.',
    claims: [
      { text: 'killed 40 people', counted: 'person', measure: 'death' },
      { text: 'Most of them were passengers', kind: 'proportion', counted: 'passenger', measure: 'death', sourced: 'no' },
    ],
  },
  {
    label: 'a death toll: the figure comes after what it counts',
    body: 'The death toll rose to 52 as divers searched the lake.',
    claims: [{ text: 'death toll rose to 52', counted: 'person', measure: 'death', low: 52, high: 52 }],
  },
  {
    label: 'a size joined by a hyphen ("a 300-metre stretch of the embankment")',
    body: 'Water broke through a 300-metre stretch of the embankment.',
    claims: [{ text: '300-metre stretch of the embankment', counted: 'metre', measure: 'length' }],
  },
  {
    label: '"lost" with a counted object ("lost 12 seats") is a loss, not displacement',
    body: 'The ruling party lost 12 seats in the vote, and 300 families lost their homes.',
    claims: [{ text: 'lost 12 seats', counted: 'seat', measure: 'lost' }, { text: '300 families lost their homes', counted: 'family', measure: 'displaced' }],
  },
  {
    label: 'homes that "lost power" measure an outage, not displacement',
    body: 'About 30,000 homes in Pellam lost power on Sunday. Nearly 4,000 farms lost electricity.',
    claims: [{ text: 'About 30,000 homes in Pellam lost power', counted: 'home', measure: 'power' }, { text: 'Nearly 4,000 farms lost electricity', counted: 'farm', measure: 'power' }],
  },
  {
    label: '"left N customers without power": the customers are counted, the outage is the measure',
    body: 'The gale left 18,000 customers without power across Ostrel.',
    claims: [{ text: 'left 18,000 customers without power', counted: 'customer', measure: 'power' }],
  },
  {
    label: 'a bare figure "still missing" or that "remain unaccounted for" counts people missing',
    body: 'At least 14 are still missing in Ostrel. Some 40 remain unaccounted for after the landslide.',
    claims: [{ text: 'At least 14 are still missing', counted: 'person', measure: 'missing' }, { text: 'Some 40 remain unaccounted', counted: 'person', measure: 'missing' }],
  },
  {
    label: '"lost their lives" is a death, not displacement',
    body: 'Almost 90 villagers have lost their lives.',
    claims: [{ text: 'Almost 90 villagers have lost their lives', counted: 'villager', measure: 'death' }],
  },
  {
    label: 'an amount of money is measured by what it is for ("relief funds" → aid)',
    body: 'The council released €3 million in relief funds.',
    claims: [{ text: 'released €3 million', measure: 'aid' }],
  },
  {
    label: 'money pulled out is withdrawn, people pulled out are rescued ("savers pulled $7 billion")',
    body: 'Savers pulled $7 billion from Quarrow Trust on Monday. Divers pulled 14 people from the canal.',
    claims: [{ text: 'pulled $7 billion', measure: 'withdrawn' }, { text: 'pulled 14 people', measure: 'rescued' }],
  },
  {
    label: '"of whom": what is counted is the group named before ("80 people …, 12 of whom" → person); "two dozen" is 24',
    body: 'Some 80 people were hurt, 12 of whom remain in hospital. Two dozen boats searched the bay.',
    claims: [{ text: 'Some 80 people were hurt', measure: 'injury' }, { text: '12 of whom remain', counted: 'person' }, { text: 'Two dozen boats searched', low: 24, high: 24 }],
  },
  {
    label: 'a complement after "of" is not what is counted ("30 vessels of the river fleet sank")',
    body: 'About 30 vessels of the river fleet sank overnight.',
    claims: [{ text: 'About 30 vessels of the river fleet sank', counted: 'vessel', measure: 'destroyed', timeframe: 'overnight' }],
  },
  {
    label: 'a cue verb joined by "and" to the verb of a named subject ("The Harbour Board valued … and said …") sources the sentence',
    body: 'The Harbour Board valued the pier at about $9 million and said the town would pay a fee of 3 percent.',
    claims: [
      { text: 'about $9 million', sourced: 'yes', source: 'Harbour Board', sourceCue: 'said' },
      { text: '3 percent', sourced: 'yes', source: 'Harbour Board', sourceCue: 'said' },
    ],
  },
  {
    label: '"and said" whose subject is not a name opening the sentence does not source it',
    body: 'After a long storm in March, Tarvo valued the pier at about $9 million and said it would be rebuilt.',
    claims: [{ text: 'about $9 million', sourced: 'no' }],
  },
  {
    label: '"have since been released" is no time frame',
    body: 'Police said 25 people were arrested; 19 of them have since been released.',
    claims: [{ text: '25 people were arrested', measure: 'detained', timeframe: null }, { text: '19 of them', timeframe: null }],
  },
  {
    label: 'the day a figure was announced is not its time frame ("said on Monday")',
    body: 'Eight people died in the hills, the mayor said on Monday.',
    claims: [{ text: 'Eight people died', timeframe: null }],
  },
  {
    label: '"are believed to have drowned": the measure is death, the span includes the verb',
    body: 'Dozens of anglers are believed to have drowned.',
    claims: [{ text: 'Dozens of anglers are believed to have drowned', counted: 'angler', measure: 'death', sourced: 'vague' }],
  },
  { label: 'a partitive aside with a phrase of what happened stays a claim ("nine of them for burns")', body: 'Some 30 people were treated, nine of them for burns.', claims: [{ text: 'Some 30 people were treated', measure: 'injury' }, { text: 'nine of them' }] },
  { label: 'a multiplier against a reference is a claim ("five times the safe level"); how often ("three times") is not', body: 'Inspectors measured lead at five times the safe level. She was stopped three times.', claims: [{ text: 'five times the safe level' }] },
  { label: 'a figure restated after ", or" is the same claim ("$2.4 billion, or $3.10 per share")', body: 'The airline lost $2.4 billion, or $3.10 per share.', claims: [{ text: 'lost $2.4 billion, or $3.10 per share', measure: 'loss' }] },
  { label: '"have" as the auxiliary of another verb is no belonging ("have found six survivors", "there have been two attacks")', body: 'Divers have found six survivors. There have been two attacks on the depot.', claims: [{ text: 'six survivors' }, { text: 'two attacks' }] },
  { label: 'a share of a named whole after ", or" is a claim of its own ("12 piers, or 60 percent of the total")', body: 'The storm destroyed 40 boats and damaged 12 piers, or 60 percent of the total.', claims: [{ text: 'destroyed 40 boats' }, { text: 'damaged 12 piers' }, { text: '60 percent of the total' }] },
  { label: 'a count of events within a time frame ("14 times this week") is a claim', body: 'Rebel gunners shelled the river port 14 times this week.', claims: [{ text: '14 times' }] },
  { label: 'a count of events since a date ("three times since March") is a claim', body: 'The depot has been hit three times since March.', claims: [{ text: 'hit three times' }] },
  { label: 'a place name between the verb and a count of events does not make the figure part of a name ("… of Varnek 14 times this week")', body: 'Gunners shelled the outskirts of Varnek 14 times this week.', claims: [{ text: '14 times', counted: 'time' }] },
  { label: 'a count of events on a given day or within hours is a claim ("12 times on Tuesday", "3 times in 48 hours")', body: 'The depot was hit 12 times on Tuesday. The levee was breached 3 times in 48 hours.', claims: [{ text: 'hit 12 times' }, { text: 'breached 3 times' }] },
  { label: 'a count as the subject of "rose to" counts the noun after "of", even for a small number word after a long subject', body: 'The number of people killed when soldiers broke up the rally outside the depot rose to three on Sunday.', claims: [{ text: 'The number of people killed when soldiers broke up the rally outside the depot rose to three', counted: 'person', measure: 'death', low: 3 }] },
  { label: 'a death toll with a long subject ("the death toll from the floods in … climbed to 12")', body: 'The death toll from the floods in the northern valleys climbed to 12 overnight.', claims: [{ text: 'The death toll from the floods in the northern valleys climbed to 12', counted: 'person', measure: 'death' }] },
  { label: 'a count that "reached" or "stood at" a figure ("the number of children missing … reached nine", "the total of boats lost … stood at seven")', body: 'The number of children missing after the storm reached nine. The total of boats lost at sea stood at seven.', claims: [{ text: 'The number of children missing after the storm reached nine', counted: 'child', measure: 'missing' }, { text: 'The total of boats lost at sea stood at seven', counted: 'boat', measure: 'lost' }] },
  { label: '"twice" within a time frame counts events ("struck twice in a week")', body: 'The ferry landing was struck twice in a week.', claims: [{ text: 'struck twice', counted: 'time', low: 2 }] },
  { label: 'a vague magnitude without "of" as the subject of what happened counts people ("Thousands marched")', body: 'Thousands marched through the old quarter of Dravin.', claims: [{ text: 'Thousands marched', counted: 'person', low: 2000 }] },
  { label: 'a bare vague magnitude before a passive verb is a claim ("Hundreds were evacuated")', body: 'Hundreds were evacuated from the lower valley overnight.', claims: [{ text: 'Hundreds were evacuated', counted: 'person' }] },
  { label: 'a vague magnitude of people or things that can be counted stays a claim ("thousands of homes")', body: 'Thousands of homes lost power along the Orla coast.', claims: [{ text: 'Thousands of homes lost power' }] },
  { label: '"tens of thousands" without "of" before a verb is a crowd claim', body: 'Tens of thousands fled the coastal towns.', claims: [{ text: 'Tens of thousands fled', counted: 'person' }] },
  { label: 'a comma between two compound modifiers does not end what is counted', body: 'Korvel Air ordered 14 of the new mid-size, long-range jets on Monday.', claims: [{ text: 'ordered 14 of the new mid-size, long-range jets', counted: 'jet' }] },
  { label: 'a possessive after "of" and a hyphenated -ed modifier do not end what is counted', body: 'Oska Air will buy up to 60 of its new mid-sized Velmar jets.', claims: [{ text: 'buy up to 60 of its new mid-sized Velmar jets', counted: 'jet' }] },
  { label: 'a hyphenated -ed modifier before its noun is no verb; before a determiner it is', body: 'About 200 well-armed fighters crossed the river. Later 300 troops re-armed the militia.', claims: [{ text: 'About 200 well-armed fighters crossed', counted: 'fighter' }, { text: '300 troops re-armed', counted: 'troop' }] },
  { label: 'counts after "the other"/"the remaining" keep their claim when something happened to them, or when the figure is large', body: 'The other two miners were killed by the blast. The remaining 40 crew members left the ship.', claims: [{ text: 'two miners were killed' }, { text: '40 crew members left' }] },
  { label: '"make up" beside a figure: a share and a large count keep their claim', body: 'Nurses make up 60 percent of the staff. Some 300 families make up the village.', claims: [{ text: '60 percent of the staff' }, { text: 'Some 300 families make up' }] },
  { label: 'the guard rows of silencing rules: deaths, arrests, a crowd, a share, a judges\' split and a sports crowd stay claims', body: 'The strikes killed 45 Korvani. Three people were killed on the bridge, and at least two journalists were arrested. Five of the nine judges dissented. The team won 3-1 before 40,000 fans.', claims: [{ text: 'killed 45 Korvani' }, { text: 'Three people were killed' }, { text: 'at least two journalists were arrested' }, { text: 'Five of the nine judges dissented' }, { text: '40,000 fans' }] },
  { label: 'a share of an owner\'s things runs on over the possessive to what is shared: "25 percent of Brask\'s drivers"', body: 'The cuts will fall on 25 percent of Brask\'s regional drivers by June.', claims: [{ text: '25 percent of Brask\'s regional drivers' }] },
  { label: 'an "of" before a second figure is no predicate: the share ends at what it is a share of', body: 'Brask will cut 8% of its regional work force of 9,000 drivers.', claims: [{ text: 'cut 8% of its regional work force' }, { text: '9,000 drivers' }] },
  { label: 'a part of a whole given as a figure is one claim that runs on to the noun: "12 of their 40 buses", "6 of the 40 ferries", "9% of its 70 officers"', body: 'Raiders burned 12 of their 40 buses. Storms wrecked 6 of the 40 ferries. Brask will dismiss 9% of its 70 senior officers.', claims: [{ text: 'burned 12 of their 40 buses' }, { text: 'wrecked 6 of the 40 ferries' }, { text: '9% of its 70 senior officers' }] },
  { label: 'a whole named first in a fronted "of" and its part are one claim that counts the whole\'s noun', body: 'Of the 40 ferries, 6 sank in the storm.', claims: [{ text: 'Of the 40 ferries, 6 sank', counted: 'ferry', low: 6, high: 6 }] },
  { label: 'a fronted "of" without a figure still gives the part what it counts', body: 'Of the new recruits, 18 were injured during the drill. Of its depots, 30 closed last year.', claims: [{ text: 'Of the new recruits, 18 were injured', counted: 'recruit', low: 18 }, { text: 'Of its depots, 30 closed', counted: 'depot' }] },
  { label: 'a figure after a comma keeps its own noun, and an "of" inside a sentence is no fronted whole', body: 'Of the 40 ferries, 6 trawlers sank. The crews of the port, 25 sailors left.', claims: [{ text: '40 ferries' }, { text: '6 trawlers sank' }, { text: '25 sailors left' }] },
  { label: '"one in five" is a share (20%), not a count of five', body: 'One in five riders backed the new timetable. Nearly one in four cabins lost power.', claims: [{ text: 'One in five riders backed', low: 20, high: 20 }, { text: 'Nearly one in four cabins lost power' }] },
  { label: 'a year after "one in" is no rate', body: 'Orla won one in 2019, and 300 riders came to see it.', claims: [{ text: '300 riders came' }] },
  { label: 'a name after a lower-case plural ends what is counted: the name says who was counted', body: 'Two veteran councillors Arla Venn and Tomas Grell lost their seats.', claims: [{ text: 'Two veteran councillors' }] },
  { label: '"whose" and "nor" end what is counted like "who" and "or"', body: 'The rule covers nine ports whose cargo volume fell. Neither 30 buses nor 12 vans were inspected.', claims: [{ text: 'nine ports' }, { text: '30 buses' }, { text: '12 vans were inspected' }] },
  { label: 'real counts stay claims beside the compound-modifier rules', body: 'Some 400 Tarvel residents fled. 300 Marines landed, and 12 Korvani soldiers died. About 60 percent of voters backed the plan.', claims: [{ text: 'Some 400 Tarvel residents fled' }, { text: '300 Marines landed' }, { text: '12 Korvani soldiers died' }, { text: 'About 60 percent of voters backed' }] },
  { label: 'two figures joined by "or", the smaller first, are one range ("30 or 40 wagons")', body: 'The yard loads 30 or 40 wagons on a busy night. Two or three guards were injured. Tolls went up by 5 or 6 percent.', claims: [{ text: '30 or 40 wagons', counted: 'wagon', low: 30, high: 40 }, { text: 'Two or three guards were injured', low: 2, high: 3 }, { text: '5 or 6 percent', low: 5, high: 6 }] },
  { label: 'a figure after "or" that does not rise, or after a first figure that counted something, is no range', body: 'Inspectors checked 30 wagons or 12 vans at the border. Lane 40 or 25 trucks?', claims: [{ text: 'checked 30 wagons' }, { text: '12 vans' }, { text: '25 trucks' }] },
  { label: 'an irregular past verb before a figure takes it as its object; an auxiliary or a verb of saying does not', body: 'Hail broke 70 windows along the quay. The ministry told 50 reporters on Friday. The guild had 90 members by June.', claims: [{ text: 'broke 70 windows' }, { text: '50 reporters' }, { text: '90 members' }] },
  { label: 'an -ing or -ed word between an article and a figure is an adjective, not a verb taking the figure', body: 'Its existing 12 depots closed in May. The surviving 30 sailors were rescued at dawn. Rain that flooded 80 homes in the valley eased.', claims: [{ text: '12 depots closed' }, { text: '30 sailors were rescued' }, { text: 'flooded 80 homes' }] },
  { label: 'the level a move in a share or a sum ends at ("slid 9% to 4.10 crowns") is part of that move\'s claim, its conversion too', body: 'Orla Freight shares slid 9% to 4.10 crowns on Monday. Diesel fell $1.20, or 2 percent, to $58.30 a barrel. Tolls rose 4% last year to €6.20 (£5.40). Velmar shares ended the week after falling 6% to a record low of $2.95.', claims: [{ text: 'slid 9% to 4.10 crowns', measure: 'slid' }, { text: 'fell $1.20, or 2 percent, to $58.30 a barrel' }, { text: 'rose 4% last year to €6.20 (£5.40)' }, { text: 'falling 6% to a record low of $2.95' }] },
  { label: 'a figure after "to" that no move of a share or sum ends at stays a claim of its own', body: 'The ferry carried 40 percent more freight to 12 ports. Unemployment rose to 7.4 percent last year. Costs at the yard fell 3 percent. To 40 ships that meant a saving.', claims: [{ text: 'carried 40 percent more freight' }, { text: '12 ports' }, { text: '7.4 percent' }, { text: 'fell 3 percent' }, { text: '40 ships' }] },
  { label: 'a preposition before fewer names than the count, or a measure, keeps the claim', body: 'The airline launched 3 new routes to Orla and Vey. The chain opened three stores in Orla, Vey and Tarn.', claims: [{ text: 'launched 3 new routes' }, { text: 'opened three stores' }] },
  { label: 'beside the place-or-means rule, a few things a predicate acts on, events, people, a time frame or more than ten stay claims', body: 'Rioters set fire to three banks. Rebels seized four towns. Ten people died in three attacks. The drugs were found with two sailors. A helicopter took off with four commandos. He now faces two counts of fraud. Inspectors called at four plants since 2019. The fleet sails with 12 tugs.', claims: [{ text: 'three banks' }, { text: 'seized four towns' }, { text: 'Ten people died' }, { text: 'three attacks' }, { text: 'two sailors' }, { text: 'four commandos' }, { text: 'two counts of fraud' }, { text: 'four plants' }, { text: '12 tugs' }] },
  { label: 'a caption\'s count with a measure, and a count over "Source: …" (no picture credit), stay claims', body: 'The plant where two workers died last week. Image: Lena Varga.\n\nCrews loaded three ships at the quay. Source: Harbour Board.', claims: [{ text: 'two workers died' }, { text: 'loaded three ships' }] },
  { label: 'people booked on a ferry are no match tally', body: 'Some 200 passengers were booked on the ferry.', claims: [{ text: 'Some 200 passengers were booked' }] },
  { label: 'one and a unit with no negation, or a negated bound, still measure ("rose one metre", "not more than one metre deep")', body: 'The floodwater rose one metre overnight. The floodwater was not more than one metre deep.', claims: [{ text: 'rose one metre' }, { text: 'more than one metre deep' }] },
  { label: 'a single figure after "holds", a span a craft did carry, and prices that depend on the model stay claims beside the capacity rule', body: 'The trust holds 300 flats in the city. The ferry carried between 200 and 250 passengers on Sunday. The museum holds more than 2 million objects. Prices range between $200 and $300 depending on the model.', claims: [{ text: '300 flats' }, { text: 'carried between 200 and 250 passengers' }, { text: 'more than 2 million objects' }, { text: 'between $200 and $300 depending' }] },
  { label: 'the size of damage or of what an event brought, and a length something moved by, stay claims beside the extent rule', body: 'The flood burst the Velmar dyke, tearing a gap about 60 metres wide. An oil slick 9 km long reached the Tarn coast. Waves 7 metres high struck the harbour. The river rose 4 metres overnight.', claims: [{ text: 'about 60 metres wide' }, { text: '9 km long' }, { text: '7 metres high' }, { text: 'rose 4 metres' }] },
  { label: 'a distance moved or travelled, an event heard miles away and a zone around a site stay claims beside the bearing rule', body: 'Troops advanced 30 km into the Velmar valley. The blast was heard 10 miles away. Residents within 3 km of the plant were evacuated.', claims: [{ text: 'advanced 30 km' }, { text: 'heard 10 miles away' }, { text: '3 km' }] },
  { label: 'what a craft did carry, what a plan will move and a distance driven stay claims beside the capacity rule', body: 'The ferry was carrying 150 passengers. The convoy will carry 40 tonnes of aid to Morav. Trucks drove 300 miles (480 km) to the port. The ferry, which can carry 200 passengers, sank with 150 people aboard.', claims: [{ text: 'carrying 150 passengers' }, { text: '40 tonnes' }, { text: 'drove 300 miles (480 km)' }, { text: '150 people aboard' }] },
];

const NOT_CLAIMS: Row[] = [
  { label: 'an age bound after people is no figure: "children under five", "those aged over 70"', body: 'Children under five made up about half of the patients. Those aged over 70 waited longest.', claims: [{ text: 'about half of the patients' }] },
  { label: 'a gap in a league table is no figure: "three points clear of second-placed X", "two games left"', body: 'Harrowgate Rovers are three points clear of second-placed Lindmoor with two games left.', claims: [] },
  { label: 'a model number opening the article stays a name when the maker is named mid-sentence too: "the 318 worth"', body: 'Talvo 318 flew on Monday after years of delay, a spokesman for Talvo said. The orders so far make the 318 worth a great deal to the maker.', claims: [] },
  { label: 'a number before one capitalised ordinary word ending the phrase is a title, not a count', body: 'Fans of 12 Lantern, the sitcom, wrote in. She also starred in 40 Harbor last year.', claims: [] },
  { label: 'an ordinal whose suffix stands apart ("the 4,512 th vessel", "21 st") is no figure', body: 'The ferry was the 4,512 th vessel built at the yard, and the yard sold 21 st boats.', claims: [] },
  { label: 'a number before a quoted name is a model\'s number: "the 318 “Skylark”" and later "the 318 programme"', body: 'The yard flew the 318 “Skylark” on Monday. The 318 programme cost far more than planned.', claims: [] },
  { label: 'a small number after "the" and a word of kind or rest picks out known things: "the big three", "the other two"', body: 'Dunmore is the smallest of the big three shipyards on the Orla. The other two hopefuls spoke after her.', claims: [] },
  { label: '"make up" forms a whole, it produces nothing: "those two alone make up" is a small definite count', body: 'Wages and fuel cost us most; those two alone make up the larger share of what the ferry spends.', claims: [] },
  { label: 'a small count told in the first or second person (an interview) is what the speaker did, not a figure', body: 'I still keep two paintings from Brenna in the attic. You also wrote four plays before the war.', claims: [] },
  { label: 'a small count after "one of" or "any" picks a thing out of a few, it counts nothing', body: 'The Orla depot is one of three depots that service the trams. The new line can link any two towns in the valley.', claims: [] },
  { label: 'an age after "at the age of" is no figure', body: 'At the age of 40 the potter opened a studio in Brenna.', claims: [] },
  { label: 'an age in a "when she was" clause is no figure', body: 'When she was ten her uncle taught her to sail.', claims: [] },
  { label: 'a small count of kinds is how a thing is divided ("two versions")', body: 'The Tovar ferry will be built in two versions. The council gave 2 reasons for the delay.', claims: [] },
  { label: 'a bare number the article also writes as a model name counts nothing', body: 'Velmar Aviation showed the Velmar 412 at the fair. The 412 programme is late, and 412 production resumes in May.', claims: [] },
  { label: 'a model number does not hide the counts around it', body: 'Velmar Aviation has built the Velmar 412 since spring. The firm sold 318 jets last year.', claims: [{ text: 'sold 318 jets' }] },
  { label: 'a sports tally (games played, runs, a two-run homer, points won) records play', body: 'The Harbour Owls won the final in six games. Dario Venn hit 12 home runs and a two-run homer, and the side collected three points.', claims: [] },
  { label: 'points an index fell stay a claim', body: 'The Tessel index fell 300 points on Monday.', claims: [{ text: 'fell 300 points', counted: 'point' }] },
  { label: 'a small count of someone\'s own children or pets is a personal fact', body: 'Mira Kobel lives in Tarn with their three children and two dogs. She is the youngest of four children.', claims: [] },
  { label: 'harm to someone\'s children stays a claim', body: 'Their two sons were killed in the blast.', claims: [{ text: 'two sons were killed' }] },
  { label: 'the family an obituary lists after "survived by" or "leaves" is a personal fact', body: 'Mira Kobel is survived by her husband, Tomas; three daughters; and eleven grandchildren. Oren Vask leaves his wife, Ilse, two nephews and five great-grandchildren.', claims: [] },
  { label: 'a count of children after an obituary\'s list, in a sentence of its own, stays a claim', body: 'Oren Vask is survived by his wife. His school taught 12 children in its first year.', claims: [{ text: 'taught 12 children' }] },
  { label: 'a year before 1800 after "in" or a month is a date', body: 'In 1655 he joined the guard. In May, 1712 the abbey burned. In 348 the abbot died.', claims: [] },
  { label: 'a plural noun after "in" and a number keeps the count', body: 'Power failed in 1500 homes on Monday.', claims: [{ text: '1500 homes', counted: 'home' }] },
  { label: '"the second half of" is a period, not a share', body: 'Sales will recover in the second half of the year.', claims: [] },
  { label: 'a season number, a telephone number and a street number are ids', body: 'She starred in season four of Dune Road. Call 0590123456 or visit 177 St. for tickets.', claims: [] },
  { label: 'a list entry\'s number and a capitalised number word in a name count nothing', body: 'Sights. 3 Harbour Mosque (the old mosque) is near. The Palace of Eight Winds is open.', claims: [] },
  { label: 'a small number joined to a noun describes a thing ("a three-bedroom flat")', body: 'They rented a three-bedroom flat beside a two-lane road.', claims: [] },
  { label: 'a few abstract things a speaker sorts an argument into are no figure', body: 'The mayor named three basic factors and two possible scenarios.', claims: [] },
  { label: 'a three-digit number before a name of its own is a model, even when no maker is written before it', body: 'Tarn Air showed its new 412 Skyliner on Friday. The 412 illustrates a bet on small jets, and the airline sold 330 seats.', claims: [{ text: 'sold 330 seats' }] },
  { label: 'a name that describes the counted plural after three digits is no model name', body: 'About 400 Tarvel residents fled. The 400 lost homes, and 400 tents arrived.', claims: [{ text: 'About 400 Tarvel residents fled' }, { text: '400 lost homes' }, { text: '400 tents arrived' }] },
  { label: 'a demonym or a common word after three digits is no model name', body: 'Some 300 American troops arrived, and the 300 soldiers will stay. Firm Cuts 400 Staff. The 400 workers will leave. About 150 Varnesian guards joined them; the 150 guards were unarmed.', claims: [{ text: 'Some 300 American troops arrived' }, { text: '300 soldiers will stay' }, { text: '400 workers will leave' }, { text: 'About 150 Varnesian guards joined them' }, { text: '150 guards were unarmed' }] },
  { label: 'a three-digit number the article writes as a plural or with a lettered variant is a model', body: 'Tarn Air flies 18 jets, all Korvo 412s, and one 530-200LR. The 412 cabin is small, and the 530 airliner flies far. The airline sold 330 seats.', claims: [{ text: '18 jets' }, { text: 'sold 330 seats' }] },
  { label: 'a model number and the model\'s own name run on to the counted noun', body: 'Tarn Air will buy 60 Velmar 412 Skyliner aircraft, and Oska Air bought 22 new Velmar 530 Nightjars, a jet for short hops.', claims: [{ text: 'buy 60 Velmar 412 Skyliner aircraft', counted: 'aircraft' }, { text: 'bought 22 new Velmar 530 Nightjars', counted: 'nightjar' }] },
  { label: 'a maker\'s possessive after "of" opens the counted phrase, and its model number is no second claim', body: 'Tarn Air will also buy 20 of Velmar\'s larger 530 planes for cash.', claims: [{ text: 'buy 20 of Velmar\'s larger 530 planes', counted: 'plane' }] },
  { label: 'a model number written as a plural after "more" is what is counted', body: 'Options cover 18 more 530s and 46 more 412s.', claims: [{ text: '18 more 530s' }, { text: '46 more 412s' }] },
  { label: 'a group named in the singular after a figure is counted, even at the end of the clause', body: 'The strikes killed 45 Korvani. Officials said 30 Korvani were held.', claims: [{ text: 'killed 45 Korvani' }, { text: '30 Korvani were held' }] },
  { label: 'a street number before an abbreviated compass point is an address', body: 'The clinic at 319 S. Orla Street closed, and so did the shop at 90 W. Tarn Avenue.', claims: [] },
  { label: 'a count after "when" that is no age stays a claim', body: 'When the river rose, 120 homes were flooded.', claims: [{ text: '120 homes were flooded' }] },
  { label: 'a vague magnitude of time is a manner of speaking ("for thousands of years")', body: 'Fishers have worked the Orla estuary for thousands of years.', claims: [] },
  { label: 'a vague magnitude of things nobody counts is no figure ("hundreds of questions", "dozens of times")', body: 'Hundreds of questions remain about the pier. Dozens of times, the ferry turned back.', claims: [] },
  { label: '"scores" before a verb is the noun of a match, not a crowd', body: 'The scores were level at the break.', claims: [] },
  { label: 'a bare vague magnitude after "the" with no verb after it is no crowd claim', body: 'The thousands who waited were tired.', claims: [] },
  { label: '"hundreds if not thousands" without "of" or a verb names no crowd', body: 'He had hundreds if not thousands in the drawer.', claims: [] },
  { label: '"three times" with no time frame is how often, not a figure', body: 'She has visited the town three times.', claims: [] },
  { label: 'a bare "the number rose to three" says nothing of what is counted: no claim', body: 'After the meeting the number rose to three.', claims: [] },
  { label: '"twice" with no time frame is how often, not a figure ("twice as many", "visited twice")', body: 'She has visited the town twice. Twice as many boats came.', claims: [] },
  { label: 'the minutes of a clock time with a time zone ("at 12:30 EST") are not a claim', body: 'The ferry docked at 18:45 CET with 455 passengers.', claims: [{ text: '455 passengers' }] },
  { label: 'a terminal, gate or stage number is an id, not a claim', body: 'Travellers crowded Terminal 2 of Velna Airport while 300 flights were cancelled.', claims: [{ text: '300 flights were cancelled' }] },
  { label: 'a date ("on 3 May 2024") is not a claim', body: 'The bridge collapsed on 3 May 2024, and 30 people were injured.', claims: [{ text: '30 people were injured' }] },
  { label: 'a clock time ("at 3:40 a.m.") is not a claim', body: 'The alarm sounded at 3:40 a.m. and 30 people were injured.', claims: [{ text: '30 people were injured' }] },
  { label: 'a duration ("a 48-hour search") is not a claim', body: 'A 48-hour search found 9 survivors.', claims: [{ text: '9 survivors' }] },
  { label: 'a duration ("a 72-hour window") is not a claim', body: 'Rescuers were given a 72-hour window.', claims: [] },
  { label: 'a duration ("for five years") is not a claim', body: 'The mine has been closed for five years.', claims: [] },
  { label: 'a duration ("lasted 6 hours") is not a claim', body: 'The search lasted 6 hours before dark.', claims: [] },
  { label: 'an age after a name ("Reiter, 54, said") is not a claim', body: 'Tomas Reiter, 54, said 11 miners were trapped.', claims: [{ text: '11 miners were trapped', sourced: 'yes', source: 'Tomas Reiter' }] },
  { label: 'an age ("a 54-year-old") is not a claim', body: 'A 54-year-old miner was injured.', claims: [] },
  { label: 'an ordinal ("the 3rd floor") is not a claim', body: 'Water reached the 3rd floor of the hospital.', claims: [] },
  { label: 'an id ("Flight 207") is not a claim, the passenger count is', body: 'All 150 passengers on Flight 207 were safe.', claims: [{ text: '150 passengers' }] },
  { label: 'an id ("IMO number 9231", "Route 9") is not a claim', body: 'The ship, IMO number 9231, ran aground near Route 9.', claims: [] },
  { label: 'a police appeal\'s phone number and log id ("call 101 quoting incident 812") are ids, the count is a claim', body: 'Anyone with information should call 101 quoting incident 812 of May 4. Witnesses can also dial 999 and give reference 3310. About 40 homes were searched.', claims: [{ text: 'About 40 homes were searched' }] },
  { label: 'a year ("since 1987") is not a claim', body: 'The town has been rebuilt since 1987.', claims: [] },
  { label: 'seasons and street distances are not claims ("three winters", "two streets back")', body: 'She has lived two streets back from the harbour for three winters.', claims: [] },
  { label: 'a small definite number refers, it does not count ("the two ministers"), unless something happened to them', body: 'The two ministers met in the capital. The three climbers were rescued.', claims: [{ text: 'three climbers were rescued', measure: 'rescued' }] },
  { label: 'a person\'s belongings and family are not statistics ("owns three boats", "his wife and two sons"), unless something happened to them', body: 'The skipper owns three boats and lives with his wife and two sons. His two brothers were injured.', claims: [{ text: 'two brothers were injured', measure: 'injury' }] },
  { label: 'a verbless partitive aside sorts a figure given before ("four of them nurses"), it adds none', body: 'Some 30 people were hurt, four of them nurses.', claims: [{ text: 'Some 30 people were hurt', measure: 'injury' }] },
  { label: 'what a person has or went through is no statistic ("had undergone three operations", "has two daughters and four grandchildren")', body: 'The driver had undergone three operations. The pilot has two daughters and four grandchildren.', claims: [] },
  { label: 'a version ("version 3.1") is an id, not a claim', body: 'Users of version 3.1 of the reader reported crashes after 300 phones froze.', claims: [{ text: '300 phones froze' }] },
  { label: 'a version after a name ("the Orbit 4.2 model") is not a claim', body: 'The crash of the Orbit 4.2 model grounded 300 drones.', claims: [{ text: 'grounded 300 drones' }] },
  { label: 'who speaks is not a claim ("two sources familiar with")', body: 'Two sources familiar with the talks said the bridge would reopen.', claims: [] },
  { label: 'a year opening a sentence ("In 2019") is not a claim', body: 'In 2019 the town flooded.', claims: [] },
  { label: 'a clock time wrapped over two lines ("5\\na.m.") is not a claim', body: 'The pumps failed shortly after 5\na.m. and 40 homes flooded.', claims: [{ text: '40 homes flooded' }] },
  { label: 'a number after a capitalised word is part of a name (a model, a class), not a count', body: 'The Kelvo 7 tablet went on sale, and 3,000 customers queued outside. A Category 4 storm hit the coast.', claims: [{ text: '3,000 customers queued' }] },
  { label: 'a capitalised word opening the sentence does not make the figure a name', body: 'Boats 12 and 14 sank. Some 40 homes flooded.', claims: [{ text: '14 sank' }, { text: 'Some 40 homes flooded' }] },
  { label: 'a street address ("14 Mill Street") is not a claim', body: 'The shelter at 14 Kestrel Lane took in 60 residents.', claims: [{ text: '60 residents' }] },
  { label: 'a place in an order ("the top 10 banks", "the first four ships") picks things out, it does not count them', body: 'The top 10 lenders met, and the first four ships left. The last 30 residents were evacuated.', claims: [{ text: '30 residents were evacuated', measure: 'displaced' }] },
  { label: 'a small count that nothing happened to, in quoted speech, is part of what is said', body: '"We came here for two neighbours, not for a feud," the mayor said.', claims: [] },
  { label: 'a small count in quoted speech is a claim when something happened to it', body: '"Four fishermen drowned," the mayor said.', claims: [{ text: 'Four fishermen drowned', measure: 'death' }] },
  {
    label: 'figures in page furniture lines are not claims',
    body: 'By Ana Lindqvist\nShare this article\nRead more: 5 things to know about floods\nPhoto: 3 boats on the river (Ana Lindqvist)\nCopyright 2024 Valley Press. All rights reserved.\n12 comments\nHeavy rain fell across the hills.',
    claims: [],
  },
  { label: 'a small count of things the sentence then names one by one announces a list', body: 'The ferries will go to five operators-Orla Lines, Vey Marine, Tarn Shipping, Brannock Ferries and Sela Sea. Two long-serving councillors Ana Lor of the Harbour Party and Ben Tu of the Vey League were defeated in the ward. Three bidders, Orla, Vey and the Tarn Group, came forward.', claims: [] },
  { label: 'a small count of things placed by a preposition before as many names announces a list ("3 new routes to A, B, and C")', body: 'The airline recently launched 3 new summer routes to Orla, Vey Harbour, and Tarn. The group runs two plants in Velmar and Tarvo.', claims: [] },
  { label: 'a small count after the names it counts and "were" announces a list', body: 'Orla Motors and the Vey Works were two of the few firms that hired.', claims: [] },
  { label: 'named lists keep their claim when the count is not the number of names, or something happened to the named', body: 'Two reporters, Ana Lor and Ben Tu, were arrested. Police held two men, Ana Lor and Ben Tu, overnight. Three firms, Orla and Vey, bid. The strikes killed 45 Korvani. Some 400 Tarvel residents fled. About 60 percent of voters backed the plan. Three people were killed. At least two journalists were arrested. Unemployment rose to 7.4 percent last year.', claims: [{ text: 'Two reporters' }, { text: 'held two men' }, { text: 'Three firms' }, { text: 'killed 45 Korvani' }, { text: 'Some 400 Tarvel residents fled' }, { text: 'About 60 percent of voters backed' }, { text: 'Three people were killed' }, { text: 'At least two journalists were arrested' }, { text: '7.4 percent' }] },
  { label: 'a duration with a word between the figure and its unit is no claim', body: 'Applicants must reply within fifteen working days. Exports grew for four straight years. The museum stayed shut for two full weeks.', claims: [] },
  { label: 'a chamber\'s sitting days are a duration, no claim', body: 'The Speaker suspended Ola Brenn for five sitting days on Monday. The Dunmere assembly will sit for twelve sitting weeks.', claims: [] },
  { label: 'a duration beside a real figure leaves the figure its claim', body: 'Over three straight years the mill shed 400 jobs.', claims: [{ text: 'shed 400 jobs' }] },
  { label: 'a few things after a preposition of place, means or scope say where or with what, they report nothing ("at three points", "in two trucks", "for five nationalities")', body: 'The new visa form is meant for five nationalities. Troops crossed the river at three points. The injured were carried to the clinic in two trucks. She posed with two cheetahs. The new jet is built with four Talvo T90 engines.', claims: [] },
  { label: 'a small count in a picture\'s caption (a paragraph ending in "Image: …", "Photo: …") tells what the picture shows', body: 'Rescuers searched the valley.\n\nThree of the finalists on stage at the Orla hall. Image: Lena Varga.\n\nTwo pilots walk to the jet before take-off. Photo: Tomas Reyes', claims: [] },
  { label: 'a player\'s success at their own tries ("converted 80% of his penalties", "9 of her 11 first serves") is a record of play, like a score', body: 'Tomas Verl converted 80% of his penalties for Dunmere Rovers. Ana Kell won 9 of her 11 first serves in the Pellam final. The Ostrel guard made 45 percent of his three-point attempts.', claims: [] },
  { label: 'guard: a share of people, and of tries with no player named, stay claims', body: 'About 70% of Pellam residents backed the stadium plan. Only 40% of the passes were completed by the visitors.', claims: [{ text: 'About 70% of Pellam residents backed' }, { text: 'Only 40% of the passes were completed' }] },
  { label: 'players booked or sent off in a match are its tally, like its goals', body: 'Three Velmar players were booked in the second half. Two players were sent off before the break.', claims: [] },
  { label: 'a negated "one" and a unit is emphasis, not a measure ("would not retreat one inch", "never moved one mile closer")', body: 'The rebels vowed they would not retreat one inch from the ridge. The council did not give up one metre of the park. The army never moved one mile closer.', claims: [] },
  { label: 'a span or bound after a plain-present verb of capacity ("holds between 180 and 230", "carries up to 400"), or a span that depends on the build, is a specification', body: 'The Tarvel T-8 holds between 180 and 230 passengers. The longer model carries up to 400 passengers. The freighter will take 180 to 220 pallets depending on the cabin layout.', claims: [] },
  { label: 'the height, length or depth of one thing describes it ("a tower 90 metres tall", "a 6-metre-high statue", "a bridge 1.4 km long")', body: 'The Orla lighthouse is 45 metres tall. The 6-metre-high statue of a heron stands by the Tarn gate. The new footbridge, 1.4 km long, opens in May. Divers reached a cave 30 feet deep.', claims: [] },
  { label: 'a size written as its noun\'s modifier without hyphens describes the thing ("the 70 metre bell tower", "a 220 km cycle path", "the surrounding 2 km ring")', body: 'Visitors climb the 70 metre bell tower at Orla. The Tarn valley has a 220 km cycle path. Stalls line the surrounding 2 km ring of the old fort.', claims: [] },
  { label: 'guard: a size an event made, or a length travelled, stays a claim beside the modifier rule ("a 3 km tailback", "walked 40 km to")', body: 'The crash caused a 3 km tailback on the Orla ring road. Marchers walked 40 km to Tarn.', claims: [{ text: '3 km' }, { text: 'walked 40 km' }] },
  { label: 'a distance with a bearing places something ("a village 40 km north of Orla", "a wreck 12 miles off the coast"), it reports nothing that happened', body: 'The quake struck a village 40 km north of Orla. The epicentre lay about 25 miles south-west of Tarn. Divers found the wreck 12 miles off the coast.', claims: [] },
  { label: 'a product\'s capacity or range is its specification, not a figure of what happened ("can seat up to 180 people", "a range of 4,000 nautical miles")', body: 'The Orla 90 can seat up to 180 people. The new ferry seats 400 passengers. The jet is able to carry 90 passengers in two classes or up to 120 in one. The van has a range of 300 miles (480 km). The jet can fly for 6,000 miles (9,600 km) with 200 passengers aboard.', claims: [] },
];

const JOINED: Row[] = [
  { label: 'a count of places after "in" spreads the claim before it, it is no claim of its own', body: 'Brellan Foods employs about 8,000 people in 11 countries. The trial enrolled 2,300 patients across 14 sites and ended in May.', claims: [{ text: 'about 8,000 people in 11 countries', counted: 'person' }, { text: 'enrolled 2,300 patients across 14 sites', counted: 'patient' }] },
  { label: 'a threshold a verb takes as object belongs to the claim: "have missed at least one dose"', body: 'About 9,000 children in the province have missed at least one dose.', claims: [{ text: 'About 9,000 children in the province have missed at least one dose', counted: 'child' }] },
  { label: 'guard: a threshold opening a clause of its own stays a claim ("after at least one mortar round struck")', body: 'Rescuers evacuated about 80 people from the hamlet after at least one mortar round struck the road.', claims: [{ text: 'evacuated about 80 people' }, { text: 'at least one mortar round struck' }] },
  { label: 'a bare part after "including" counts what the claim before it counts: "900 of the lost posts …, including 400 at the mill"', body: 'About 900 of the lost posts are in Tarvel, including 400 at the mill in Dunmore, she said.', claims: [{ text: 'About 900 of the lost posts', counted: 'post' }, { text: '400', counted: 'post', sourced: 'yes', source: 'she' }] },
  { label: 'guard: a part after "including" with a whole of its own is not a bare part: "including 3 of 4 free throws"', body: 'He made 8 of 14 shots, including 3 of 4 free throws.', claims: [{ text: 'made 8 of 14 shots' }, { text: '3 of 4 free throws' }] },
  { label: 'a range of months after a figure belongs to the claim, and is not what is counted', body: 'The clinic recorded 870 confirmed cases between March and October. Exports rose 12% between 2019 and 2023.', claims: [{ text: '870 confirmed cases between March and October', counted: 'case' }, { text: 'rose 12% between 2019 and 2023', counted: 'percent' }] },
];

const FRACTIONS: Row[] = [
  { label: 'a fraction as the size of a change is a share claim ("fallen by about a third")', body: 'Bread prices have fallen by about a third since March.', claims: [{ text: 'about a third', low: 30, high: 36.6 }] },
  { label: 'a fraction of something is a share claim ("About a quarter of the fleet was lost")', body: 'About a quarter of the fleet was lost.', claims: [{ text: 'About a quarter of the fleet was lost', low: 22.5, high: 27.5 }] },
  { label: '"Two-thirds of the staff" is one share (two thirds), not a count of two', body: 'Two-thirds of the staff were sent home.', claims: [{ text: 'Two-thirds of the staff were sent home', low: 66.7, high: 66.7 }] },
  { label: '"half of the villages" is a share', body: 'Half of the villages lost power.', claims: [{ text: 'Half of the villages lost power', low: 50, high: 50 }] },
  { label: 'a quarter of an hour is a duration, "a third time" an order: neither is a share', body: 'The pumps stopped for a quarter of an hour. The river rose a third time.', claims: [] },
  { label: 'a sum converted in brackets is the same claim ("€40 million ($44 million)")', body: 'The new bridge cost €40 million ($44 million) to build.', claims: [{ text: 'cost €40 million ($44 million)' }] },
  { label: 'a size converted in brackets is the same claim, also for a range ("300 miles (480 km)")', body: 'The convoy drove about 300 miles (480 km) to reach Varnek. Its new jets fly from 4,000 to 6,500 nautical miles (7,400 to 12,000 km) without refuelling.', claims: [{ text: 'drove about 300 miles (480 km)' }, { text: 'from 4,000 to 6,500 nautical miles (7,400 to 12,000 km)' }] },
  { label: 'a sum converted in brackets with a country code or into two currencies is one claim', body: 'Orlan Works won a US$12 billion (GB £9.4 billion) order. The venture is valued at US$80bn (€74bn, £63bn) by its backers.', claims: [{ text: 'US$12 billion (GB £9.4 billion)' }, { text: 'US$80bn (€74bn, £63bn)' }] },
  { label: 'brackets after a size that hold another kind of figure are no conversion', body: 'The reservoir covers 300 hectares (40 percent of the valley).', claims: [{ text: '300 hectares' }, { text: '40 percent of the valley' }] },
];

const SOURCING: Row[] = [
  { label: 'sourcing no: a present-tense relative clause after the report is the writer’s background ("… to help farms which supply the mill and employ thousands of workers")', body: 'The regional board has announced that it will lend up to 20 million euros to help farms which supply the mill and employ thousands of workers.', claims: [{ text: 'up to 20 million euros', sourced: 'yes' }, { text: 'employ thousands of workers', sourced: 'no', source: null }] },
  { label: 'sourcing no: ", which employs 300 people" after the speaker describes the plant', body: 'The minister said the tannery, which employs 300 people, would close.', claims: [{ text: '300 people', sourced: 'no' }] },
  { label: 'sourcing yes: a relative clause of an event ("which has killed 40 people", "who lost 3,000 homes") is part of the report', body: 'Officials said the storm, which has killed 40 people, was moving north. The ministry said it would help families who lost 3,000 homes.', claims: [{ text: 'killed 40 people', sourced: 'yes' }, { text: 'lost 3,000 homes', sourced: 'yes' }] },
  { label: 'sourcing vague: an unnamed individual with an indefinite article ("a senior envoy who attended the talks said")', body: 'A senior envoy who attended the talks said 40 fishermen were detained.', claims: [{ text: '40 fishermen were detained', sourced: 'vague', source: 'A senior envoy who attended the talks' }] },
  { label: 'sourcing vague: an unnamed individual as the speaker of a quote ("…," a senior aide said)', body: '“Forty homes flooded,” a senior aide said.', claims: [{ text: 'Forty homes flooded', sourced: 'vague' }] },
  { label: 'sourcing yes: an indefinite speaker with an institution or a capitalised name ("a police spokesman", "a Harbour Board official")', body: 'A police spokesman said 40 fishermen were detained. A Harbour Board official said 12 boats sank.', claims: [{ text: '40 fishermen were detained', sourced: 'yes' }, { text: '12 boats sank', sourced: 'yes' }] },
  // Clause-level sourcing (claim-sourcing.ts): what an attribution of the sentence does not report, publishers, stating subjects.
  { label: 'sourcing no: the writer’s tail after a trailing attribution (", X said on Monday, two days after …")', body: 'The port will stay shut, the harbour master Ilse Varga said on Monday, two days after 14 trawlers sank in the storm.', claims: [{ text: '14 trawlers sank', sourced: 'no', source: null }] },
  { label: 'sourcing yes: ", X added, and …" goes on with the report', body: 'The board has approved €3 million for repairs, Ilse Varga added, and about 40% of the piers will be rebuilt.', claims: [{ text: 'approved €3 million', sourced: 'yes', source: 'Ilse Varga' }, { text: 'about 40% of the piers will be rebuilt', sourced: 'yes', source: 'Ilse Varga' }] },
  { label: 'sourcing yes: ", X said, announcing …": the speaker still acts after the cue', body: '"We will rebuild," Ilse Varga said, announcing a fund of 2 million euros for the piers.', claims: [{ text: '2 million euros', sourced: 'yes', source: 'Ilse Varga' }] },
  { label: 'sourcing: a figure before ", saying that …" is not what is said (but what was asked for, the asker\'s)', body: 'Halvik Freight asked the port for a further $6 million, saying that it would hire 150 dockers.', claims: [{ text: 'a further $6 million', sourced: 'yes', source: 'Halvik Freight', sourceCue: 'asked for' }, { text: 'hire 150 dockers', sourced: 'yes', source: 'Halvik Freight', sourceCue: 'saying' }] },
  { label: 'sourcing yes: "according to a summary … published by the treasury" names its publisher', body: 'The levy will raise $12 million a year, according to a summary of the plan published by the treasury on Friday.', claims: [{ text: '$12 million a year', sourced: 'yes', source: 'the treasury', sourceCue: 'according to' }] },
  { label: 'sourcing yes: a pronoun subject of a verb of expecting ("He also expects … 120 workers")', body: 'Tomas Reyes, the owner of the mill, spoke to reporters on Friday. He also expects the mill to hire 120 workers by June.', claims: [{ text: 'hire 120 workers', sourced: 'yes', source: 'He', sourceCue: 'expects' }] },
  { label: 'sourcing yes: an organisation with its acronym and a comma before "announced that"', body: 'Another insurer, Brandel Mutual (BM), announced that it expects $90 million in claims.', claims: [{ text: '$90 million', sourced: 'yes', source: 'Brandel Mutual', sourceCue: 'announced' }] },
  { label: 'sourcing yes: "the fishing cooperative estimates that …"', body: 'Few of the stalls were insured, and the fishing cooperative estimates that losses will exceed €3 million.', claims: [{ text: 'exceed €3 million', sourced: 'yes', source: 'the fishing cooperative', sourceCue: 'estimates' }] },
  { label: 'sourcing vague: "most independent analysts had forecast …"', body: 'Most independent analysts had forecast losses of over $40 million.', claims: [{ text: 'over $40 million', sourced: 'vague', source: 'Most independent analysts', sourceCue: 'forecast' }] },
  { label: 'sourcing vague: "Economists are predicting that …"', body: 'Economists are predicting that prices could rise by 5% this year.', claims: [{ text: '5%', sourced: 'vague', source: 'Economists', sourceCue: 'predicting' }] },
  { label: 'sourcing no: the subject of a passive "is expected to" is not its source', body: 'The company is expected to cut 200 jobs.', claims: [{ text: 'cut 200 jobs', sourced: 'no', source: null }] },
  { label: '"according to court documents, X …" is sourced to the documents, not to the name after the comma', body: 'According to court documents, Ilse Varga steered at least 40 contracts to the firm.', claims: [{ text: 'steered at least 40 contracts', sourced: 'yes', source: 'court documents', sourceCue: 'according to' }] },
  { label: 'sourcing yes: a titled person who "today announced that" (a time between the subject and the verb)', body: 'Harbour Minister Ana Lorcan today announced that the state would give Tarvel Motors $40 million. Trade Minister Ben Orrin on Monday announced that the port needs $9 million.', claims: [{ text: '$40 million', sourced: 'yes', source: 'Ana Lorcan', sourceCue: 'announced' }, { text: '$9 million', sourced: 'yes', source: 'Ben Orrin' }] },
  { label: 'sourcing yes: a named subject that "cited" the figure reports it', body: 'The Valley Gazette cited examples of forms with over fifty questions. The harbour board cites 300 complaints about the noise.', claims: [{ text: 'over fifty questions', sourced: 'yes', source: 'Valley Gazette', sourceCue: 'cited' }, { text: '300 complaints about the noise', sourced: 'yes', source: 'The harbour board' }] },
  { label: 'sourcing yes: "according to the health ministry"', body: 'Some 420 homes lost power, according to the health ministry.', claims: [{ text: 'Some 420 homes lost power', sourced: 'yes', source: 'the health ministry', sourceCue: 'according to' }] },
  { label: 'sourcing yes: "police said"', body: 'Police said 12 people were missing.', claims: [{ text: '12 people were missing', sourced: 'yes', source: 'Police' }] },
  { label: 'sourcing yes: inside a quote of a named speaker', body: 'Marta Kowal said: “We moved 300 patients in one night.”', claims: [{ text: 'moved 300 patients', sourced: 'yes', source: 'Marta Kowal' }] },
  { label: 'sourcing yes: "The agency believes"', body: 'The agency believes 300 families were displaced.', claims: [{ text: '300 families were displaced', sourced: 'yes', source: 'The agency' }] },
  { label: 'sourcing vague: "reportedly"', body: 'Six fishermen were reportedly rescued.', claims: [{ text: 'Six fishermen were reportedly rescued', sourced: 'vague', source: null, sourceCue: 'reportedly' }] },
  { label: 'sourcing vague: "are believed to"', body: 'Dozens of anglers are believed to have drowned.', claims: [{ text: 'Dozens of anglers are believed to have drowned', sourced: 'vague', sourceCue: 'are believed' }] },
  { label: 'sourcing vague: "sources said"', body: 'Sources said 15 soldiers were detained.', claims: [{ text: '15 soldiers were detained', sourced: 'vague', source: 'Sources' }] },
  { label: 'sourcing vague: "it is understood" closing the sentence', body: 'About 70 families have asked for new housing, it is understood.', claims: [{ text: 'About 70 families have asked', sourced: 'vague', source: null, sourceCue: 'it is understood' }] },
  { label: 'sourcing vague: "sources familiar with …" opening the sentence', body: 'Two sources familiar with the budget said 40 workers would be laid off.', claims: [{ text: '40 workers would be laid off', sourced: 'vague', source: 'Two sources familiar with the budget' }] },
  { label: 'sourcing vague: "…, two people briefed on the talks said"', body: '40 workers will be laid off, two people briefed on the talks said.', claims: [{ text: '40 workers will be laid off', sourced: 'vague', source: 'two people briefed on the talks' }] },
  { label: 'sourcing vague: "according to a tally published by local traders" (an anonymous group behind a document)', body: 'Some 300 stalls closed, according to a tally published by local traders.', claims: [{ text: 'Some 300 stalls closed', sourced: 'vague', source: 'a tally published by local traders' }] },
  { label: 'sourcing vague: "according to figures compiled by aid workers"', body: 'Some 300 stalls closed, according to figures compiled by aid workers.', claims: [{ text: 'Some 300 stalls closed', sourced: 'vague' }] },
  { label: 'sourcing vague: "according to local traders" (a bare plural group)', body: 'Some 300 stalls closed, according to local traders.', claims: [{ text: 'Some 300 stalls closed', sourced: 'vague', source: 'local traders' }] },
  { label: 'sourcing yes: "according to government figures" (documents of a named institution, not a group of people)', body: 'Some 300 stalls closed, according to government figures.', claims: [{ text: 'Some 300 stalls closed', sourced: 'yes' }] },
  { label: 'sourcing yes: "according to hospital officials" (an institutional head)', body: 'Some 300 stalls closed, according to hospital officials.', claims: [{ text: 'Some 300 stalls closed', sourced: 'yes' }] },
  { label: 'sourcing yes: "according to a tally published by the Traders Guild" (a named agent)', body: 'Some 300 stalls closed, according to a tally published by the Traders Guild.', claims: [{ text: 'Some 300 stalls closed', sourced: 'yes' }] },
  { label: 'sourcing vague: "according to witnesses"', body: 'At least 35 people have been killed, according to witnesses.', claims: [{ text: 'At least 35 people have been killed', sourced: 'vague', source: 'witnesses' }] },
  { label: 'sourcing vague: "observers have counted"', body: 'Observers have counted 70 deaths in the district.', claims: [{ text: '70 deaths', sourced: 'vague', source: 'Observers', sourceCue: 'counted', measure: 'death' }] },
  { label: 'sourcing vague: a quote of an unnamed official', body: '“By noon we had moved 300 people,” a senior hospital official said.', claims: [{ text: 'moved 300 people', counted: 'person', sourced: 'vague', source: 'a senior hospital official' }] },
  { label: 'sourcing no: a speaker after "after" gives the reason, not the figure before it', body: 'Brellan stock ended 22 per cent down at 318p on Tuesday, wiping £2.3bn from the group’s worth, after the firm said its lead vaccine had failed.', claims: [{ text: 'ended 22 per cent down at 318p', sourced: 'no' }, { text: 'wiping £2.3bn', sourced: 'no' }] },
  { label: 'guard: sourcing yes: ", as the company said" still attributes what comes before', body: 'Sales fell 12% last year, as the company said in March.', claims: [{ text: 'fell 12%', sourced: 'yes', source: 'the company' }] },
  { label: 'sourcing yes: analysts at a named firm speak for it: "Analysts at Corrow Capital expect …"', body: 'Analysts at Corrow Capital expect earnings to shrink by about 12 per cent this year.', claims: [{ text: 'about 12 per cent', sourced: 'yes', source: 'Corrow Capital', sourceCue: 'expect' }] },
  { label: 'sourcing yes: experts polled by a named firm give its consensus: "Economists polled by Tressel Data had expected …"', body: 'Economists polled by Tressel Data had expected inflation of 5.7 percent.', claims: [{ text: '5.7 percent', sourced: 'yes', source: 'Tressel Data', sourceCue: 'expected' }] },
  { label: 'sourcing yes: "analysts surveyed by" a named firm, with "forecast"', body: 'Analysts surveyed by Orrin Markets forecast a profit of 2.3 billion crowns.', claims: [{ text: '2.3 billion crowns', sourced: 'yes', source: 'Orrin Markets', sourceCue: 'forecast' }] },
  { label: 'sourcing yes: "estimates of FIGURE from analysts polled by X" inside a firm\'s report are X\'s', body: 'Quarry Foods reported earnings of 87 cents a share, missing estimates of $1.02 a share from analysts polled by Tressel Data.', claims: [{ text: '87 cents a share', sourced: 'yes', source: 'Quarry Foods' }, { text: '$1.02 a share', sourced: 'yes', source: 'Tressel Data', sourceCue: 'estimates' }] },
  { label: 'sourcing yes: "forecasts of FIGURE by analysts surveyed by X" after "the company said"', body: 'The company said revenue reached $2.1 billion, short of forecasts of $2.3 billion by analysts surveyed by Orrin Markets.', claims: [{ text: 'reached $2.1 billion', sourced: 'yes', source: 'The company' }, { text: '$2.3 billion', sourced: 'yes', source: 'Orrin Markets', sourceCue: 'forecasts' }] },
  { label: 'sourcing vague: "expectations of FIGURE from analysts" with no survey named', body: 'Marden Retail said profit reached $310 million, above expectations of $280 million from analysts.', claims: [{ text: 'reached $310 million', sourced: 'yes', source: 'Marden Retail' }, { text: '$280 million', sourced: 'vague', source: 'analysts', sourceCue: 'expectations' }] },
  { label: 'sourcing yes: "it expects" after a firm\'s statement: the pronoun subject states the forecast', body: 'Tarrow Mills said sales rose last year. It now expects revenue of 4.2 billion crowns.', claims: [{ text: '4.2 billion crowns', sourced: 'yes', source: 'It', sourceCue: 'expects' }] },
  { label: 'sourcing no: "when it predicted …": a pronoun heading a clause of time is no reporting subject', body: 'Dorvel Systems shares fell again. The firm misled investors last year when it predicted a 12 percent rise in sales.', claims: [{ text: '12 percent rise in sales', sourced: 'no', source: null }] },
  { label: 'sourcing no: "because it expected …": a clause of cause is no report', body: 'Lenders doubted the plan because it expected revenue of $40 million from one client.', claims: [{ text: '$40 million', sourced: 'no', source: null }] },
  { label: 'guard: sourcing yes: "It expects" opening the sentence still states the forecast', body: 'Dorvel Systems cut its outlook. It expects a loss of $12 million this year.', claims: [{ text: '$12 million', sourced: 'yes', source: 'It' }] },
  { label: 'sourcing yes: a claim that opens with the stating verb: "Economists polled by Tressel Data had expected 6.4 percent"', body: 'Prices rose 7.1 percent in May. Economists polled by Tressel Data had expected 6.4 percent.', claims: [{ text: 'rose 7.1 percent' }, { text: 'expected 6.4 percent', sourced: 'yes', source: 'Tressel Data', sourceCue: 'expected' }] },
  { label: 'sourcing vague: bare analysts with a present "expect" are anonymous experts', body: 'Analysts expect profit to fall by 12 per cent.', claims: [{ text: '12 per cent', sourced: 'vague', source: 'Analysts', sourceCue: 'expect' }] },
  { label: 'sourcing no: a standing relative clause right after the speaker is background ("X, which represents …, said")', body: 'The Tarvel Dockers Guild, which represents about 2,400 of the port’s workers, said it would strike. Halvern Mining (HM), which employs 3,000 people, said it would close the pit.', claims: [{ text: 'about 2,400 of the port’s workers', sourced: 'no' }, { text: '3,000 people', sourced: 'no' }] },
  { label: 'sourcing no: nothing attributes the figure', body: 'Nearly 100 homes were destroyed in the flood.', claims: [{ text: 'Nearly 100 homes were destroyed', sourced: 'no', source: null, sourceCue: null }] },
  {
    label: 'sourcing yes: ", the alliance said" after the Hill Towns Relief Alliance was named',
    body: 'The Hill Towns Relief Alliance sent boats on Friday. Its crews have rescued 64 people since Monday, the alliance said.',
    claims: [{ text: 'rescued 64 people', sourced: 'yes', source: 'the alliance' }],
  },
  { label: 'sourcing yes: ", aid groups said"', body: 'Only 12 lorries have reached the valley since the bridge fell, aid groups said.', claims: [{ text: 'Only 12 lorries have reached', sourced: 'yes', source: 'aid groups' }] },
  { label: 'sourcing vague: "officials familiar with the talks" are anonymous', body: 'Rebuilding the bridges could cost $2 billion, two officials familiar with the talks said.', claims: [{ text: 'cost $2 billion', sourced: 'vague', source: 'two officials familiar with the talks' }] },
  { label: 'sourcing no: a passive "have been told" names nobody who vouches', body: 'Dunmore Textiles said the mill would close. Dunmore’s 140 staff have been told they will be paid until June.', claims: [{ text: '140 staff have been told', sourced: 'no', source: null }] },
  { label: 'sourcing yes: "according to the audit" (a document named by the sentence)', body: 'The council lost an estimated £3 million over five years, according to the audit.', claims: [{ text: 'lost an estimated £3 million', sourced: 'yes', source: 'the audit' }] },
  { label: 'sourcing yes: ", court documents show" (not the place before the comma)', body: 'The fund paid €800,000 to a firm registered in Valdora, court documents show.', claims: [{ text: 'paid €800,000', sourced: 'yes', source: 'court documents' }] },
  { label: 'sourcing yes: "Investigators have identified"', body: 'Investigators have identified 17 suspicious payments since 2019.', claims: [{ text: '17 suspicious payments', sourced: 'yes', source: 'Investigators' }] },
  {
    label: 'sourcing: of two sources in one sentence, each claim takes the nearest',
    body: 'The ministry says 3,000 troops have been withdrawn this week, but the opposition puts the number at fewer than 1,000.',
    claims: [
      { text: '3,000 troops have been withdrawn', sourced: 'yes', source: 'The ministry' },
      { text: 'puts the number at fewer than 1,000', sourced: 'yes', source: 'the opposition' },
    ],
  },
  {
    label: 'sourcing yes: ", the coast guard said" (an institution named by a common noun)',
    body: 'At least 35 passengers were killed, the coast guard said.',
    claims: [{ text: 'At least 35 passengers were killed', sourced: 'yes', source: 'the coast guard' }],
    todo: '"guard" is not a known speaker noun, so the attribution is dropped and the claim is "no"',
  },
  {
    label: 'sourcing vague: inside a quote of "a rescuer"',
    body: '“We counted 40 bodies in the mud,” a rescuer said.',
    claims: [{ text: '40 bodies', sourced: 'vague', source: 'a rescuer' }],
    todo: '"rescuer" is not a known speaker noun, so the quote has no speaker and the claim is "no"',
  },
];

for (const [group, rows] of [['claim', FOUND], ['not a claim', NOT_CLAIMS], ['joined claim', JOINED], ['sourcing', SOURCING], ['fraction', FRACTIONS]] as const) {
  for (const row of rows) {
    test(`${group}: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
      const text = `${HEADLINE}\n${row.body}\n`;
      const a = analyzeText(text);
      assert.deepEqual(a.claims.map((c) => c.text), row.claims.map((c) => c.text), 'claim spans');
      row.claims.forEach((e, i) => {
        const c = a.claims[i];
        const at = text.indexOf(e.text, HEADLINE.length);
        assert.equal(c.start, at, `start of "${e.text}"`);
        assert.equal(c.end, at + e.text.length, `end of "${e.text}"`);
        assert.equal(text.slice(c.start, c.end), c.text, 'span slices to text');
        if (e.counted !== undefined) assert.equal(c.counted, e.counted, 'counted');
        if (e.measure !== undefined) assert.equal(c.measure, e.measure, 'measure');
        if (e.sourced !== undefined) assert.equal(c.sourced, e.sourced, 'sourced');
        if (e.source !== undefined) assert.equal(c.source?.text ?? null, e.source, 'source');
        if (e.sourceCue !== undefined) assert.equal(c.sourceCue, e.sourceCue, 'sourceCue');
        if (e.timeframe !== undefined) assert.equal(c.timeframe, e.timeframe, 'timeframe');
        if (e.low !== undefined) assert.ok(Math.abs(c.quantity.low - e.low) < 1e-6, `low ${c.quantity.low}`);
        if (e.high !== undefined) assert.equal(c.quantity.high, e.high, 'high');
        if (e.kind !== undefined) assert.equal(c.kind, e.kind, 'kind');
      });
    });
  }
}

test('sourcing: a pronoun subject takes the person the same pronoun stood for as a speaker just before', () => {
  const text = `${HEADLINE}\n"We will reopen the mill," said Tomas Reyes, the owner. He also expects the mill to hire 120 workers by June.\n`;
  const a = analyzeText(text);
  const c = a.claims.find((x) => x.text === 'hire 120 workers');
  assert.ok(c?.source, 'claim with a source');
  assert.equal(c.source.text, 'He');
  assert.notEqual(c.source.local, null, 'resolved');
  assert.equal(a.entities[c.source.local!].name, 'Tomas Reyes');
});

test('sourcing: a pronoun subject does not take a speaker whose first name tells the other gender', () => {
  const text = `${HEADLINE}\n"We will reopen the mill," said Maria Lindqvist, the owner. He also expects the mill to hire 120 workers by June.\n`;
  const c = analyzeText(text).claims.find((x) => x.text === 'hire 120 workers');
  assert.equal(c?.sourced, 'yes');
  assert.equal(c?.source?.local, null);
});

/** An "It" subject of a claim: [body, claim text, the entity it stands for or null]. */
const IT_SUBJECTS: [string, string, string | null][] = [
  ['Corvan Foods Inc. reported a loss for the quarter. It now expects revenue of $2 billion this year.', '$2 billion', 'Corvan Foods Inc'],
  ['The Harlow Bank cut its forecast on Monday. It expects growth of 2 percent this year.', '2 percent', 'Harlow Bank'],
  // guards: the subject before is a person, or the firm is only an owner ("Corvan Foods Inc.'s chief")
  ['Corvan Foods Inc. reported a loss. Arla Venn, its chief executive, resigned. It expects revenue of $2 billion this year.', '$2 billion', null],
  ["Corvan Foods Inc.'s chief executive resigned. It expects revenue of $2 billion this year.", '$2 billion', null],
];
for (const [body, claim, want] of IT_SUBJECTS) {
  test(`sourcing: "It" as a claim's subject stands for ${want ?? 'nobody'} in "${body}"`, () => {
    const a = analyzeText(`${HEADLINE}\n${body}\n`);
    const c = a.claims.find((x) => x.text === claim);
    assert.equal(c?.source?.text, 'It');
    assert.equal(c.source.local === null ? null : a.entities[c.source.local].name, want);
  });
}

test('claim: a figure in the headline is a claim (for corroboration), not a body claim', () => {
  const a = analyzeText('Quarry Blast Leaves 12 Dead\nRescuers worked through the night.\n');
  assert.deepEqual(a.claims.map((c) => [c.text, c.measure]), [['12 Dead', 'death']]);
  assert.equal(a.blocks[a.sentences[a.claims[0].sentence].block].kind, 'headline');
});

// lemma looked its irregular plurals up in a plain object once, where "constructor" found
// Object's own constructor function instead of a word.
import { lemma } from '../../server/src/core/pipeline/05-claims';
for (const [word, expected] of [['constructors', 'constructor'], ['constructor', 'constructor'], ['toString', 'tostring'], ['children', 'child'],
  // a plural in "-es" whose "e" is part of the ending, beside one whose singular ends in "e"
  ['buses', 'bus'], ['classes', 'class'], ['taxes', 'tax'], ['dishes', 'dish'], ['churches', 'church'], ['coaches', 'coach'], ['crises', 'crisis'], ['heroes', 'hero'],
  ['houses', 'house'], ['causes', 'cause'], ['abuses', 'abuse'], ['headaches', 'headache'], ['canoes', 'canoe'], ['phases', 'phase'], ['rises', 'rise']] as const) {
  test(`lemma(${word}) is the word ${expected}`, () => assert.equal(lemma(word), expected));
}
