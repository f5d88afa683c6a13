// Claim and cue left-overs of session 35: a relative time phrase after a figure ("next month") is no verb
// of what the figure counts, and a speech noun after "said the" ("the promise", "the pledge") is the subject
// of the reported clause, never the quote's cue.
// Run with `node --import tsx --test test/unit/claims-leftovers-s35b.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const TIME_AFTER_FIGURE: ClaimRow[] = [
  {
    label: '"$55 next month": the time phrase is no measure',
    body: 'Orvell Dairy expects a rise from $40 to $55 next month.',
    claims: [{ text: '$55', measure: '' }],
  },
  {
    label: '"14 closures next week": the counted noun stays, the week is no verb',
    body: 'The union warned of 14 closures next week.',
    claims: [{ text: '14 closures', counted: 'closure' }],
  },
  {
    label: '"last year" after a count is no predicate either',
    body: 'Brenna Rail carried 4,000 riders last year.',
    claims: [{ text: 'carried 4,000 riders' }],
  },
  {
    label: 'guard: a real verb after the counted noun is kept',
    body: 'Kell Foods said 300 workers lost their jobs this week.',
    claims: [{ text: '300 workers lost their jobs', measure: 'employment' }],
  },
];

testClaimRows('Dairy Prices Climb Again', [['time phrase after a figure', TIME_AFTER_FIGURE]]);

const NOUN_AFTER_SAID: SpeakerRow[] = [
  {
    label: '"said the promise was “…”": the verb is the cue, not the promise',
    body: 'Opposition transport spokeswoman Ilse Varn said the promise was “a fantasy”.',
    speaker: 'Ilse Varn', cue: 'said',
  },
  {
    label: '"said the pledge was “…”"',
    body: 'Councillor Oren Blay said the pledge was “hollow” and would not last.',
    speaker: 'Oren Blay', cue: 'said',
  },
  {
    label: 'guard: "promised" as the verb is still the cue',
    body: 'Mayor Ilse Varn promised that the depot would stay “open for good”.',
    speaker: 'Ilse Varn', cue: 'promised',
  },
];

speakerRowTests('noun after said', 'Depot Pledge Questioned', NOUN_AFTER_SAID, 'only');
