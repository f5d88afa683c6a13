// Labelled sentences for the tag of a partial quote inside the writer's sentence: a speech verb after
// "that" is in a clause of its own (reported content or a relative), never the quote's tag; the cue
// before the quote stands.
// Run with `node --import tsx --test test/unit/quotes-partial-tag.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Handset Maker Plays Down Signal Fault';

const ROWS: SpeakerRow[] = [
  {
    label: 'said … “word” and that others complained: the first cue stands',
    body: 'Tarsel said the fault was “overblown” and that few owners had complained.',
    speaker: 'Tarsel', cue: 'said',
  },
  {
    label: 'said … “phrase” that a relative clause reports',
    body: 'Ilka Mose said the repair was “a cheap patch” that engineers had warned against.',
    speaker: 'Ilka Mose', cue: 'said',
  },
  {
    label: 'guard: the tag after the quote, with no "that" before it',
    body: 'The repair was “a cheap patch”, engineers at Tarsel said.',
    speaker: 'engineers at Tarsel', cue: 'said',
  },
];

speakerRowTests('partial quote tag', HEADLINE, ROWS, 'only');
