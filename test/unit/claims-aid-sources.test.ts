// Sourcing in humanitarian and conflict news: a figure followed by ", the agency warned" is the agency's
// as with "said"; a mediator speaks (named with a determiner, vague as a bare plural or "a mediator"); a
// monitoring "observatory" is an institution that speaks bare; "it said" after "The agency said" is the
// agency; a body that appeals for a sum vouches for it; what follows ", saying" is never its speaker. Run with
// `node --import tsx --test test/unit/claims-aid-sources.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const WARNED_AFTER: ClaimRow[] = [
  {
    label: '", the agency warned" after the figure: the agency is the source',
    body: 'Up to 900,000 people in the Vesk valley face acute hunger, the agency warned.',
    claims: [{ text: 'Up to 900,000 people', sourced: 'yes', source: 'the agency' }],
  },
  {
    label: '", NAME warned on Monday" after the figure: the named trust is the source',
    body: 'About 12,000 families could lose their homes by spring, the Orlen Shelter Trust warned on Monday.',
    claims: [{ text: 'About 12,000 families could lose their homes', sourced: 'yes', source: 'Orlen Shelter Trust' }],
  },
  {
    label: 'a passive "were warned": the ones warned vouch for nothing',
    body: 'Residents were warned that 430 homes could flood.',
    claims: [{ text: '430 homes could flood', sourced: 'no' }],
  },
];

const MEDIATORS: ClaimRow[] = [
  {
    label: '"mediators said": a bare plural kind of people is vague',
    body: 'The truce frees 210 detainees held by both sides, mediators said.',
    claims: [{ text: '210 detainees held', sourced: 'vague', source: 'mediators' }],
  },
  {
    label: '"a mediator involved in the talks said, speaking on condition of anonymity": vague',
    body: 'The truce frees 210 detainees held by both sides, a mediator involved in the talks said, speaking on condition of anonymity.',
    claims: [{ text: '210 detainees held', sourced: 'vague', source: 'a mediator involved in the talks' }],
  },
  {
    label: '"the chief mediator said": named by its determiner and title, on the record',
    body: 'The truce frees 210 detainees held by both sides, the chief mediator said.',
    claims: [{ text: '210 detainees held', sourced: 'yes', source: 'the chief mediator' }],
  },
];

const OBSERVATORY: ClaimRow[] = [
  {
    label: '"The observatory says" (a monitoring group named in an earlier paragraph): it is the source',
    body: 'The Corvel Observatory for Civil Rights, a monitoring group, put the toll at 74.\n\nThe observatory says more than 1,100 civilians have been killed this year.',
    claims: [
      { text: 'toll at 74', sourced: 'yes', source: 'Corvel Observatory for Civil Rights' },
      { text: 'more than 1,100 civilians have been killed', sourced: 'yes', source: 'The observatory' },
    ],
  },
];

const IT_AFTER_KIND: ClaimRow[] = [
  {
    label: '"The agency said …. …, it said": "it" is the body that opened the sentence before',
    body: 'The agency said it needed $95m to feed the valley. Without new money, rations would be cut by 40 percent from May, it said.',
    claims: [
      { text: 'needed $95m', sourced: 'yes', source: 'The agency' },
      { text: '40 percent', sourced: 'yes', source: 'it' },
    ],
  },
  {
    label: '"The charity estimates …. It also said …": the charity speaks again',
    body: 'The charity estimates that 3,000 families have fled. It also said 600 children had arrived alone.',
    claims: [
      { text: '3,000 families have fled', sourced: 'yes', source: 'The charity' },
      { text: '600 children had arrived alone', sourced: 'yes', source: 'It' },
    ],
  },
  {
    label: '"The report said …. …, it said": a document is no body, "it" stays unresolved',
    body: 'The report said 40 homes were lost. About 300 people are homeless, it said.',
    claims: [
      { text: '40 homes were lost', sourced: 'yes', source: 'The report' },
      { text: 'About 300 people are homeless', sourced: 'no' },
    ],
  },
];

const APPEALS: ClaimRow[] = [
  {
    label: '"NAME launched an emergency appeal for £X": the body that launched it asks for the sum',
    body: 'The Orrel Relief Fund launched an emergency appeal for £40 million on Monday.',
    claims: [{ text: '£40 million', sourced: 'yes', source: 'Orrel Relief Fund' }],
  },
  {
    label: '"it launched an appeal for £X to help N families": the pronoun is the body named before',
    body: 'The Orrel Relief Fund met on Monday. It launched an appeal for £12 million to help 9,000 families.',
    claims: [
      { text: '£12 million', sourced: 'yes', source: 'It' },
      { text: '9,000 families', sourced: 'yes', source: 'It' },
    ],
  },
  {
    label: 'guard: an appeal launched with no one named launching it has no source',
    body: 'An emergency appeal for £40 million was launched on Monday.',
    claims: [{ text: '£40 million was launched', sourced: 'no' }],
  },
  {
    label: '"NAME appealed for $X to help N people": the appealing body vouches for both figures',
    body: 'The Tarsk Relief Office on Monday appealed for $48 million to help 90,000 people displaced by floods.',
    claims: [
      { text: '$48 million', sourced: 'yes', source: 'Tarsk Relief Office' },
      { text: '90,000 people displaced', sourced: 'yes', source: 'Tarsk Relief Office' },
    ],
  },
  {
    label: '"X appeals for $Y every winter": the appealing agency is the source',
    body: 'The Orvel Food Agency appeals for $20m every winter.',
    claims: [{ text: '$20m every winter', sourced: 'yes', source: 'Orvel Food Agency' }],
  },
];

const PARTICIPLE_CUE: ClaimRow[] = [
  {
    label: '"NAME put the figure lower, saying N …": the figure after "saying" is what was said, the body says it',
    body: 'The Tarvel Interior Ministry put the figure far lower, saying 6,200 people had been registered since Friday.',
    claims: [{ text: '6,200 people had been registered', sourced: 'yes', source: 'Tarvel Interior Ministry' }],
  },
  {
    label: '", said a spokesman for …" after the figure: a speaker after a comma and a cue still speaks',
    body: 'About 300 homes were lost, said a spokesman for the Tarvel Interior Ministry.',
    claims: [{ text: 'About 300 homes were lost', sourced: 'yes', source: 'a spokesman for the Tarvel Interior Ministry' }],
  },
];

testClaimRows('Aid Agencies Warn of Hunger in Vesk', [
  ['warned after the figure', WARNED_AFTER],
  ['mediators', MEDIATORS],
  ['observatory', OBSERVATORY],
  ['"it" after a body named by its kind', IT_AFTER_KIND],
  ['appeals', APPEALS],
  ['participle cue', PARTICIPLE_CUE],
]);
