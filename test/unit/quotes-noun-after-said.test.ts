// Cue left-overs of session 35: a speech noun after "said the" ("the promise", "the pledge") is the subject
// of the reported clause, never the quote's cue.
// Run with `node --import tsx --test test/unit/quotes-noun-after-said.test.ts`. All text is fictional.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

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
