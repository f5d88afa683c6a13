// Claim left-overs of session 30's sweeps: a study's own sample and a figure compared with in its frame, a
// journal the frame names; points added after another record of play; a share opening its sentence; the
// signers of a statement; a count named as somebody's; an appeal put to donors; a body named by its noun
// before ", saying"; a sentence opened by "By" that is no byline.
// Run with `node --import tsx --test test/unit/claims-leftovers-s31.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const FRAMES: ClaimRow[] = [
  {
    label: 'the study\'s own sample in its frame is reported by the study',
    body: 'In the study of 4,800 miners, 6% developed a cough.',
    claims: [{ text: '4,800 miners', sourced: 'yes', source: 'the study of 4,800 miners' }, { text: '6% developed a cough', sourced: 'yes' }],
  },
  {
    label: 'an unnamed survey\'s sample is as vague as its finding',
    body: 'In a survey of 640 tenants, 41% said rents were too high.',
    claims: [{ text: '640 tenants', sourced: 'vague' }, { text: '41% said rents were too high', sourced: 'vague' }],
  },
  {
    label: 'a frame that names the journal that published the study: the journal is the source',
    body: 'In a study of 2,100 cyclists published in the Tollan Journal of Sport, 14% reported knee pain.',
    claims: [{ text: '2,100 cyclists', sourced: 'yes', source: 'Tollan Journal of Sport' }, { text: '14% reported knee pain', sourced: 'yes', source: 'Tollan Journal of Sport' }],
  },
  {
    label: 'a figure the finding is compared with belongs to the frame too',
    body: 'In the trial of 900 adults, 3% had a fever, compared with 1% of those given a dummy pill.',
    claims: [{ text: '900 adults' }, { text: '3% had a fever', sourced: 'yes' }, { text: '1% of those given', sourced: 'yes', source: 'the trial of 900 adults' }],
  },
  {
    label: 'guard: a clause after "but" is still outside the frame',
    body: 'In the study, 30% of smokers quit, but 150 relapsed.',
    claims: [{ text: '30% of smokers quit', sourced: 'yes' }, { text: '150 relapsed', sourced: 'no' }],
  },
];

const RESTATED: ClaimRow[] = [
  {
    label: 'a restated figure "closer to" a level counts what the claim before counted',
    body: 'The number of people displaced rose to 60,000. Aid workers said the real figure was closer to 95,000.',
    claims: [{ text: 'The number of people displaced rose to 60,000' }, { text: 'figure was closer to 95,000', counted: 'person', sourced: 'yes' }],
  },
  {
    label: '"nearer" the same',
    body: 'The number of people displaced rose to 60,000. The true figure is nearer 95,000, aid workers said.',
    claims: [{ text: 'The number of people displaced rose to 60,000' }, { text: 'figure is nearer 95,000', counted: 'person' }],
  },
  {
    label: 'what a place now holds counts what its size counted',
    body: 'The Pellam shelter was built for 430 people. It now holds nearly 1,300, volunteers said.',
    claims: [{ text: '430 people' }, { text: 'nearly 1,300', counted: 'person' }],
  },
  {
    label: 'guard: with no claim before it, a bare figure held counts nothing',
    body: 'The Pellam shelter now holds nearly 1,300, up from 500 in May.',
    claims: [],
  },
];

const PLAY: ClaimRow[] = [
  {
    label: 'points "and added" after a player\'s other record of play',
    body: 'Ama Kell scored 10 and added 12 points as Dunmere beat Tollan.',
    claims: [],
  },
  {
    label: 'guard: an index that fell and added points moved',
    body: 'The Orvale index fell 40 points and added 12 points on Tuesday.',
    claims: [{ text: 'fell 40 points', counted: 'point' }, { text: '12 points', counted: 'point' }],
  },
];

const SHARES: ClaimRow[] = [
  {
    label: 'a share opening its sentence with "are" is a claim about the count before',
    body: 'The camp holds 8,000 people. Nearly half are children.',
    claims: [{ text: '8,000 people' }, { text: 'Nearly half are children', unit: 'percent', high: 50 }],
  },
  {
    label: 'guard: "half" in the middle of a sentence before "are" is no share',
    body: 'Tickets cost 12 euros and the seats in the upper half are cheaper.',
    claims: [{ text: 'cost 12 euros' }],
  },
];

const SPEAKERS: ClaimRow[] = [
  {
    label: 'the signers of a statement are who speaks, no claim',
    body: 'The plan was criticised in a statement by 14 aid groups.',
    claims: [],
  },
  {
    label: 'a letter signed by a number of doctors: the same',
    body: 'A letter signed by 30 doctors urged the council to reopen the ward.',
    claims: [],
  },
  {
    label: 'guard: a petition\'s signatures are its support, a claim',
    body: 'A petition signed by 40,000 residents was handed to the council.',
    claims: [{ text: '40,000 residents was handed', counted: 'resident' }],
  },
];

const DISTANCES: ClaimRow[] = [
  {
    label: 'a distance in an apposition locates a place, no claim',
    body: 'Shelling hit Dorrin, 12 kilometres from the border.',
    claims: [],
  },
  {
    label: 'a distance after a verb of lying, with a direction: the same',
    body: 'The camp lies about 3 miles north of Tessaly and holds 8,000 people.',
    claims: [{ text: '8,000 people' }],
  },
  {
    label: 'guard: a distance moved stays a claim',
    body: 'The army pulled its guns back 15 kilometres from the line.',
    claims: [{ text: '15 kilometres', counted: 'kilometre' }],
  },
];

const OWNERS: ClaimRow[] = [
  {
    label: 'a count named as a body\'s opens the sentence: the body reports it',
    body: "By the union's own count, 300 jobs were lost.",
    claims: [{ text: '300 jobs were lost', sourced: 'yes', source: 'the union' }],
  },
  {
    label: 'a body\'s count that puts the loss at a figure, after another speaker\'s figure',
    body: "Pellam Mills says 120 jobs will go, but the union's own count puts the loss at 300 jobs.",
    claims: [{ text: '120 jobs will go', source: 'Pellam Mills' }, { text: '300 jobs', sourced: 'yes', source: 'the union' }],
  },
  {
    label: 'guard: a day\'s count names no owner',
    body: "By Monday's count, 300 jobs were lost.",
    claims: [{ text: '300 jobs were lost', sourced: 'no' }],
  },
  {
    label: 'a sentence opened by "By" and a time is no byline',
    body: 'By Friday, 3,000 jobs were lost.',
    claims: [{ text: '3,000 jobs were lost', sourced: 'no' }],
  },
];

const APPEALS: ClaimRow[] = [
  {
    label: 'an appeal put to donors is the asker\'s figure',
    body: 'The aid agency asked donors for $48 million to feed the displaced.',
    claims: [{ text: '$48 million', sourced: 'yes', source: 'The aid agency' }],
  },
  {
    label: 'a body named by its noun, before ", saying"',
    body: "Marvosa's interior ministry issued a statement on Sunday, saying 40 people died in the floods.",
    claims: [{ text: '40 people died', sourced: 'yes', source: "Marvosa's interior ministry" }],
  },
  {
    label: 'the same with "the" and the body\'s noun',
    body: 'The health ministry issued a statement, saying 40 people died in the floods.',
    claims: [{ text: '40 people died', sourced: 'yes', source: 'The health ministry' }],
  },
  {
    label: 'guard: people who are no body before ", saying" do not vouch for it',
    body: 'Rescuers dug through the night, saying 40 people died.',
    claims: [{ text: '40 people died', sourced: 'no' }],
  },
];

testClaimRows('Fictional relief and sport report', [['study frames', FRAMES], ['restated', RESTATED], ['play', PLAY], ['shares', SHARES], ['speakers', SPEAKERS], ['distances', DISTANCES], ['owners', OWNERS], ['appeals', APPEALS]]);
