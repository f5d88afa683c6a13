// Claim left-overs of the health and science sweep: the word counted after an adjective of addition, a
// multiplier's comparative, "those without", a lone participle after a share; the measure of people waiting;
// a study or trial as the finder (in a sentence's opening frame or before "finds"); points a player added; the
// noun of a corrected figure; a tally with its smaller figure first.
// Run with `node --import tsx --test test/unit/claims-leftovers-s30.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const COUNTED: ClaimRow[] = [
  {
    label: '"excess" before the noun: the noun is counted',
    body: 'Marrowby recorded 310 excess deaths during the heatwave, the health board said.',
    claims: [{ text: '310 excess deaths', counted: 'death', measure: 'death' }],
  },
  {
    label: '"additional" before a noun of harm: the noun is counted',
    body: 'The board said 40 additional injuries were logged in March.',
    claims: [{ text: '40 additional injuries were logged', counted: 'injury' }],
  },
  {
    label: '"times higher" counts a ratio, as "twice" does',
    body: 'The rate was 1.7 times higher among night workers, the Tollan institute said.',
    claims: [{ text: '1.7 times higher', counted: 'time' }],
  },
  {
    label: '"those without" counts people',
    body: 'About 7% of those without insurance skipped care, the Pellam survey showed.',
    claims: [{ text: 'About 7% of those without insurance', counted: 'person', sourced: 'yes' }],
  },
  {
    label: 'a lone participle after "the" share is no counted word',
    body: 'Uptake in Orvale is still short of the 90% needed for herd protection, officials said.',
    claims: [{ text: '90% needed', counted: 'percent' }],
  },
  {
    label: 'people waiting for hospital treatment are not hurt',
    body: 'The number of people waiting for routine hospital treatment in Marrowby rose to a record 2.3 million in May, official figures show.',
    claims: [{ text: 'The number of people waiting for routine hospital treatment in Marrowby rose to a record 2.3 million', counted: 'person', measure: '' }],
  },
  {
    label: 'people treated in hospital still are',
    body: 'The number of people treated in hospital rose to 40, officials said.',
    claims: [{ text: 'The number of people treated in hospital rose to 40', counted: 'person', measure: 'injury' }],
  },
];

const FINDERS: ClaimRow[] = [
  {
    label: 'a sentence opened by the study reports its finding',
    body: 'In the study of 3,600 patients, 1.8% developed a rash.',
    claims: [{ text: '3,600 patients', sourced: 'yes', source: 'the study of 3,600 patients' }, { text: '1.8% developed a rash', sourced: 'yes', source: 'the study of 3,600 patients' }],
  },
  {
    label: 'an unnamed trial in the frame is vague, as "a trial found" is',
    body: 'In a trial of 900 adults, 12% reported headaches.',
    claims: [{ text: '900 adults', sourced: 'vague' }, { text: '12% reported headaches', sourced: 'vague', source: 'a trial of 900 adults' }],
  },
  {
    label: 'a frame of time is no finder',
    body: 'In the first quarter, sales at Pellam rose 12%.',
    claims: [{ text: 'rose 12%', sourced: 'no' }],
  },
  {
    label: 'the frame covers its own clause only',
    body: 'In the study, 40% of smokers quit, but 200 relapsed.',
    claims: [{ text: '40% of smokers quit', sourced: 'yes', source: 'the study' }, { text: '200 relapsed', sourced: 'no' }],
  },
  {
    label: 'a place and "trial" before "found": the trial found it',
    body: 'Fish oil cut heart risk by 20%, a Tessaly trial found.',
    claims: [{ text: '20%', sourced: 'yes', source: 'a Tessaly trial' }],
  },
  {
    label: 'results of a trial published in a journal: the journal is the source',
    body: 'Relapses fell by 14%, according to results of a large trial published on Monday in the Varnholt Journal of Medicine.',
    claims: [{ text: '14%', sourced: 'yes', source: 'Varnholt Journal of Medicine' }],
  },
  {
    label: 'results of a study published in a journal: the same',
    body: 'Relapses fell by 14%, according to results of a large study published in the Varnholt Journal of Medicine.',
    claims: [{ text: '14%', sourced: 'yes', source: 'Varnholt Journal of Medicine' }],
  },
];

const PLAY: ClaimRow[] = [
  {
    label: 'a player who added points records play',
    body: 'Ama Kell added 27 points as Dunmere beat Tollan.',
    claims: [],
  },
  {
    label: '"she added" points records play too',
    body: 'She added 27 points in the second half.',
    claims: [],
  },
  {
    label: 'an index that added points is a market claim',
    body: 'The Orvale index added 120 points on Monday.',
    claims: [{ text: '120 points', counted: 'point', sourced: 'no' }],
  },
];

const CORRECTIONS: ClaimRow[] = [
  {
    label: 'the corrected figure counts what the denied one counted',
    body: 'The fire destroyed not 52 homes, as was first reported, but 19.',
    claims: [{ text: '19', counted: 'home' }],
  },
  {
    label: 'the corrected figure opening the sentence keeps its verb',
    body: 'Not 52 homes, as was first reported, but 19 were destroyed in the Tarrow fire.',
    claims: [{ text: '19 were destroyed', counted: 'home', measure: 'destroyed' }],
  },
  {
    label: 'a tally with the smaller figure first is a tally',
    body: 'The Pellam council voted 12 to 15 against the plan.',
    claims: [{ text: '12 to 15', low: 12, high: 12, counted: 'vote', measure: 'won' }],
  },
  {
    label: 'a range of ages is no tally',
    body: 'About 40% of voters aged 18 to 24 backed the plan.',
    claims: [{ text: 'About 40% of voters aged', counted: 'voter' }],
  },
];

testClaimRows('Fictional health and sport report', [['counted words', COUNTED], ['finders', FINDERS], ['play', PLAY], ['corrections and tallies', CORRECTIONS]]);
