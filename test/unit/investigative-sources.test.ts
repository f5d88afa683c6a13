// Sourcing in investigative reporting: an outlet a story was "first reported by" vouches for the sentence
// (as-reported-by.ts), also over an unnamed finding it frames ("an internal audit found"), never over an
// anonymous speaker in it; advocates and whistleblowers with no name are a vague group (GROUP_SPEAKERS);
// "one of them said" is a share of the group, an unnamed speaker, not the group the pronoun stands for
// (speakers.ts partitiveOfPronoun); papers obtained, seen or filed speak for themselves, not the outlet,
// court or law named in their participle phrase (document-subject.ts); "reports that" as a noun is hearsay
// (hearsay-reports.ts). Run with `node --import tsx --test test/unit/investigative-sources.test.ts`.
// All text is written for this file; people, firms, outlets and places are fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Tarly Water Billing Errors Go Back Years';

const OUTLETS: ClaimRow[] = [
  {
    label: '"As first reported by OUTLET," names the outlet as the source',
    body: 'As first reported by the Corve Echo, about 2,300 homes in Tarly were charged twice.',
    claims: [{ text: 'about 2,300 homes', sourced: 'yes', source: 'the Corve Echo' }],
  },
  {
    label: '"as reported by OUTLET" after the figure',
    body: 'The depot shed 140 jobs, as reported by Orvel Radio.',
    claims: [{ text: 'shed 140 jobs', sourced: 'yes', source: 'Orvel Radio' }],
  },
  {
    label: 'the outlet over the unnamed audit it reports',
    body: 'As first reported by the Corve Echo, an internal audit found that 2,300 homes were charged twice.',
    claims: [{ text: '2,300 homes were charged twice', sourced: 'yes', source: 'the Corve Echo' }],
  },
  {
    label: 'guard: anonymous sources inside the outlet\'s story stay vague',
    body: 'As first reported by the Corve Echo, sources said 2,300 homes were charged twice.',
    claims: [{ text: '2,300 homes were charged twice', sourced: 'vague', source: 'sources' }],
  },
  {
    label: 'guard: "as reported" with no "by" names nobody',
    body: 'The strike, as reported earlier, cost the port £4 million.',
    claims: [{ text: '£4 million', sourced: 'no' }],
  },
];

const GROUPS: ClaimRow[] = [
  {
    label: 'bare "Consumer advocates said" is a vague source',
    body: 'Consumer advocates said as many as 9,000 accounts may have been affected.',
    claims: [{ text: 'as many as 9,000 accounts may have been affected', sourced: 'vague', source: 'Consumer advocates' }],
  },
  {
    label: 'bare "Whistleblowers said" is a vague source',
    body: 'Whistleblowers said 300 boxes of files were shredded at the depot.',
    claims: [{ text: '300 boxes of files were shredded', sourced: 'vague', source: 'Whistleblowers' }],
  },
  {
    label: '"One of them, who declined to be named," is the anonymous source, not the group',
    body: 'The clerks kept copies of the ledger. One of them, who declined to be named, said 40 files were shredded.',
    claims: [{ text: '40 files were shredded', sourced: 'vague', source: 'One of them' }],
  },
];

const PAPERS: ClaimRow[] = [
  {
    label: 'records "obtained under" a law speak, not the law',
    body: 'Records obtained under the access law show that the Tarly depot logged 212 leaks last year.',
    claims: [{ text: 'logged 212 leaks', sourced: 'yes', source: 'Records' }],
  },
  {
    label: 'documents "filed with" a court speak, not the court',
    body: 'Documents filed with the Corve District Court show that at least 900 tenants have joined the suit.',
    claims: [{ text: 'at least 900 tenants have joined', source: 'Documents' }],
  },
  {
    label: 'emails "seen by" reporters speak',
    body: 'Internal emails seen by reporters show that 35 managers were warned in May.',
    claims: [{ text: '35 managers were warned', source: 'Internal emails' }],
  },
  {
    label: '"Minutes of" a meeting speak',
    body: 'Minutes of the board meeting show that 35 managers were warned.',
    claims: [{ text: '35 managers were warned', source: 'Minutes' }],
  },
  {
    label: 'guard: records "released by" a named body are that body\'s',
    body: 'Records released by the Marlow Port Authority show that 35 ships were turned away.',
    claims: [{ text: '35 ships were turned away', sourced: 'yes', source: 'Marlow Port Authority' }],
  },
];

const HEARSAY: ClaimRow[] = [
  {
    label: '"after weeks of reports that" is hearsay: vague',
    body: 'The chief resigned after weeks of reports that the utility overbilled 7,500 customers.',
    claims: [{ text: 'overbilled 7,500 customers', sourced: 'vague' }],
  },
  {
    label: '"There were reports that" is hearsay: vague',
    body: 'There were reports that 7,500 customers were overbilled.',
    claims: [{ text: '7,500 customers were overbilled', sourced: 'vague' }],
  },
  {
    label: 'reports a firm "denied" are still hearsay',
    body: 'Tarly Water denied reports that 260 jobs would go.',
    claims: [{ text: '260 jobs would go', sourced: 'vague' }],
  },
  {
    label: 'guard: the verb "reports that" has a subject who vouches',
    body: 'The water regulator reports that 7,500 customers were overbilled.',
    claims: [{ text: '7,500 customers were overbilled', sourced: 'yes', source: 'The water regulator' }],
  },
];

testClaimRows(HEADLINE, [['outlets a story was first reported by', OUTLETS], ['anonymous groups and their members', GROUPS], ['papers that were obtained, seen or filed', PAPERS], ['reports as hearsay', HEARSAY]]);

const SPEAKERS: SpeakerRow[] = [
  { label: '"one of them said" after the quote: the share speaks', body: 'Two clerks kept copies. “We were told to keep quiet,” one of them said.', speaker: 'one of them', cue: 'said' },
  { label: '"One of them, who …, said" before a partial quote', body: 'Two clerks kept copies. One of them, who spoke on condition of anonymity, said the board “chose to wait.”', speaker: 'One of them', cue: 'said' },
  { label: '"two of them" before the verb', body: 'The crew stayed aboard. “Nobody slept,” two of them said.', speaker: 'two of them', cue: 'said' },
  { label: 'guard: "them" alone still stands for the group', body: 'The two clerks were questioned. “We kept copies,” they said.', speaker: 'they', cue: 'said' },
];

speakerRowTests('share of a group as a speaker', HEADLINE, SPEAKERS, 'last');
