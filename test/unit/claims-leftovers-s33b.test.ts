// Claim left-overs of session 33's first wave: a label line's figure ("Bridges: 140."), a transitive change with its object before "from … to …", a
// plural subject that names its own measure, two plurals joined as one subject, a document an institution
// owns ("a ministry report") as the source of what it blames, a studio or an event's website as a source, and
// the name after an inverted cue ("…, said Ida Marr") as the speaker.
// Run with `node --import tsx --test test/unit/claims-leftovers-s33b.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const CHANGES: ClaimRow[] = [
  {
    label: 'a verb of change and its object before "from … to …": the new level counts the object',
    body: 'The Brask mill cut its staff from 820 to 560.',
    claims: [{ text: 'cut its staff from 820 to 560', low: 560, counted: 'staff', measure: 'cut' }],
  },
  {
    label: 'the same with two words of object',
    body: 'Tolvane Foods cut its delivery vans from 140 to 95 last year.',
    claims: [{ text: 'cut its delivery vans from 140 to 95', low: 95, counted: 'van', measure: 'cut' }],
  },
  {
    label: 'the same with "reduced" and "the"',
    body: 'The cooperative reduced the herd from 420 to 260.',
    claims: [{ text: 'reduced the herd from 420 to 260', low: 260, counted: 'herd' }],
  },
  {
    label: 'guard: a verb that changes nothing before its object names no new level',
    body: 'The cooperative moved the herd from 4 to 6 in the morning.',
    claims: [],
  },
  {
    label: 'a plural that names a death is a death count',
    body: 'Deaths rose to 31 on Tuesday.',
    claims: [{ text: 'Deaths rose to 31', low: 31, counted: 'death', measure: 'death' }],
  },
  {
    label: 'a plural of arrests takes its own measure',
    body: 'Arrests climbed to 74.',
    claims: [{ text: 'Arrests climbed to 74', counted: 'arrest', measure: 'detained' }],
  },
  {
    label: 'guard: two plurals joined by "and" take neither measure',
    body: 'Births and deaths rose to 90.',
    claims: [{ text: 'Births and deaths rose to 90', low: 90, measure: '' }],
  },
];

const LABELS: ClaimRow[] = [
  {
    label: 'a label line\'s figure counts the label\'s noun',
    body: 'Council flats finished: 2,300.',
    claims: [{ text: '2,300', low: 2300, counted: 'flat' }],
  },
  {
    label: 'the same with a bare plural label',
    body: 'Bridges: 140.',
    claims: [{ text: '140', counted: 'bridge' }],
  },
  {
    label: 'guard: a name before the colon counts nothing',
    body: 'Orla Venn: 4,100.',
    claims: [],
  },
];

const SOURCES: ClaimRow[] = [
  {
    label: 'a report an institution owns is the source of what it blames',
    body: 'A ministry report blamed poor drainage for the loss of 300 bridges.',
    claims: [{ text: '300 bridges', sourced: 'yes', source: 'A ministry report' }],
  },
  {
    label: 'the same with "found"',
    body: 'A union report found 300 members had left.',
    claims: [{ text: '300 members had left', sourced: 'yes', source: 'A union report' }],
  },
  {
    label: 'guard: a report no body owns stays vague',
    body: 'A new report blamed poor drainage for the loss of 300 bridges.',
    claims: [{ text: '300 bridges', sourced: 'vague' }],
  },
  {
    label: 'guard: plural people who report still speak',
    body: 'Ministers report 40 deaths in the north.',
    claims: [{ text: '40 deaths', sourced: 'vague', source: 'Ministers' }],
  },
  {
    label: 'a studio that speaks for its film is a source',
    body: 'The film earned $4 million in its first week, its studio said.',
    claims: [{ text: 'earned $4 million', sourced: 'yes', source: 'its studio' }],
  },
  {
    label: 'a website an event owns is named',
    body: 'The show drew 60,000 visitors, according to the fair website.',
    claims: [{ text: 'drew 60,000 visitors', sourced: 'yes', source: 'the fair website' }],
  },
  {
    label: 'guard: a website nobody owns is vague',
    body: 'The show drew 60,000 visitors, according to a website.',
    claims: [{ text: 'drew 60,000 visitors', sourced: 'vague' }],
  },
  {
    label: 'the name after an inverted cue speaks, not the subject of a relative clause',
    body: 'Orla Venn, who farms near Tesk, lost 40 ewes, said Ida Marr.',
    claims: [{ text: 'lost 40 ewes', sourced: 'yes', source: 'Ida Marr' }],
  },
  {
    label: 'the same with an apposition after the name',
    body: 'The storm killed 40 ewes, said Ida Marr, a vet in Tesk.',
    claims: [{ text: 'killed 40 ewes', sourced: 'yes', source: 'Ida Marr' }],
  },
  {
    label: 'guard: a name after the cue that opens what was said is no speaker',
    body: 'Orla Venn, who farms near Tesk, said Ida Marr lost 40 ewes.',
    claims: [{ text: 'lost 40 ewes', sourced: 'yes', source: 'Orla Venn' }],
  },
];

testClaimRows('Fictional news round-up', [['changes', CHANGES], ['labels', LABELS], ['sources', SOURCES]]);
