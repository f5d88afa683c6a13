// What a share counts when no noun follows it: the subject of the level verb before it ("Turnout rose
// to 61 percent" counts turnout, not "percent"), and the owner's thing before a verb after it ("40
// percent of the valley's spare timber goes abroad" counts timber, not "goes"). share-subject.ts.
// Run with `node --import tsx --test test/unit/claims-share-subject.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const SUBJECTS: ClaimRow[] = [
  {
    label: 'the head before a place phrase is the subject: "Emissions from the Tarvel plant were 31% below"',
    body: 'Emissions from the Tarvel plant were 31% below the level of a year earlier.',
    claims: [{ text: '31%', counted: 'emission', unit: 'percent' }],
  },
  {
    label: 'a firm\'s name in the phrase does not hide the head: "Sales at Orvel Foods were 12% above"',
    body: 'Sales at Orvel Foods were 12% above forecasts last quarter.',
    claims: [{ text: '12%', counted: 'sale', unit: 'percent' }],
  },
  {
    label: 'a share after "rose to" counts the subject before the verb',
    body: 'Turnout rose to 64 percent in the Harlow wards.',
    claims: [{ text: '64 percent', counted: 'turnout', unit: 'percent' }],
  },
  {
    label: 'an auxiliary and an adverb between the subject and the verb are passed over',
    body: 'In Pellam, the vacancy rate has also climbed to 9 percent.',
    claims: [{ text: '9 percent', counted: 'rate', unit: 'percent' }],
  },
  {
    label: 'a share right after "reached" counts the subject',
    body: 'Attendance reached 71 percent at the Corvel schools.',
    claims: [{ text: 'reached 71 percent', counted: 'attendance', unit: 'percent' }],
  },
  {
    label: 'a pronoun subject is no counted noun: the share keeps its unit',
    body: 'Its share was 40 percent of sales last spring, and this has dropped to about 31 percent now.',
    claims: [{ text: '40 percent of sales', counted: 'sale' }, { text: 'about 31 percent', counted: 'percent' }],
  },
  {
    label: 'a named subject is not read as what the share counts ("Velmar rose to 4 percent")',
    body: 'Shares of the Dunmore group slid, and Velmar rose to 4 percent.',
    claims: [{ text: '4 percent', counted: 'percent' }],
  },
];

const OWNER_VERBS: ClaimRow[] = [
  {
    label: 'a verb after the owner\'s thing is not counted ("of the world\'s traded salt passes")',
    body: 'About 30 percent of the world\'s traded salt passes through the Kelbrin channel.',
    claims: [{ text: 'About 30 percent of the world\'s traded salt passes', counted: 'salt', unit: 'percent' }],
  },
  {
    label: '"goes" after the owner\'s thing ends what is counted',
    body: 'Roughly 20 percent of the valley\'s spare timber goes to export.',
    claims: [{ text: 'Roughly 20 percent of the valley\'s spare timber goes', counted: 'timber', measure: 'go' }],
  },
  {
    label: 'a verb of intent after a plural opens the predicate ("of firms plan to")',
    body: 'About 60 percent of local firms plan to hire this year.',
    claims: [{ text: 'About 60 percent of local firms plan', counted: 'firm' }],
  },
];

testClaimRows('Fictional regional report', [['share subjects', SUBJECTS], ['owner verbs', OWNER_VERBS]]);
