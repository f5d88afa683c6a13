// Labelled sentences for who speaks when the tag names no person: a statement's words go to the body
// that issued it ("Harlow Water issued a statement. “…,” the statement said"), "came the reply" to the
// one a question was put to, "what one called" to an unnamed "one", a noun before a colon ("rejected
// that label:") is no cue, and a pronoun tag after "X told Y …" is the teller's.
// Run with `node --import tsx --test test/unit/quotes-issuers-replies.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Valley Pumps Checked After Floods';


const ROWS: SpeakerRow[] = [
  // ── "the statement said": the issuer speaks ──
  {
    label: 'the statement said, issued in the sentence before',
    body: 'Harlow Water issued a statement on Monday. “Every pump station in the valley is being checked,” the statement said.',
    speaker: 'Harlow Water', cue: 'said',
  },
  {
    label: 'the statement added, after "in a statement, X said"',
    body: 'In a brief statement, Corbel Logistics said the depot would close. “The decision was not taken lightly,” the statement added.',
    speaker: 'Corbel Logistics', cue: 'added',
  },
  {
    label: 'the statement said, after X said in the sentence before',
    body: 'Fenwick Rail said it would cut fares on the coast line. “Passengers deserve better,” the statement said.',
    speaker: 'Fenwick Rail', cue: 'said',
  },
  {
    label: 'the Firm statement said: the firm named in the phrase',
    body: 'The merger talks ended on Friday. The Ostrel statement said: “We will not comment on rumours.”',
    speaker: 'Ostrel', cue: 'said',
  },
  {
    label: 'guard: "according to a statement from the …" names no issuer (the subject is not one)',
    body: 'The Gull Star reached the harbour at noon, according to a statement from the regional coastguard. The crew had been “exhausted but calm,” the statement said.',
    speaker: 'the statement', cue: 'said',
  },
  {
    label: 'guard: a pronoun speaking before is no issuer',
    body: '“We are not worried,” he said. “Every pump is insured,” the statement said.',
    speaker: 'the statement', cue: 'said',
  },
  // ── "came the reply" ──
  {
    label: 'came the reply: the person asked in the sentence before',
    body: 'Reporters asked Mayor Ines Kral about the night sailings. “Not this year,” came the reply.',
    speaker: 'Ines Kral', cue: 'came the reply',
  },
  {
    label: 'came the answer from X: the named one, not the asker of the question before',
    body: '“Will the sailings return?” Tomas Vell asked. “Not before spring,” came the answer from Ines Kral.',
    speaker: 'Ines Kral', cue: 'came the answer',
  },
  {
    label: 'came the reply after a question: nobody named, never the asker',
    body: '“Will the sailings return?” Tomas Vell asked. “Not before spring,” came the reply.',
    speaker: null, cue: 'came the reply',
  },
  // ── "what one called": an unnamed person, not the firm ──
  {
    label: 'what one called: "one", not the firm in the sentence',
    body: 'Shoppers blamed Orvane Foods for what one called “a tax on the high street”.',
    speaker: 'one', cue: 'called',
  },
  {
    label: 'guard: what one trader called keeps the whole phrase',
    body: 'Orvane Foods raised prices again, in what one trader called “a slow squeeze on families”.',
    speaker: 'one trader', cue: 'called',
  },
  // ── a demonstrative's noun before the colon is no cue ──
  {
    label: 'X rejected that label: the verb is the cue',
    body: 'Councillor Ada Rusk rejected that label: “This is not austerity, it is repair.”',
    speaker: 'Ada Rusk', cue: 'rejected that label',
  },
  {
    label: 'X disputed this claim: the verb is the cue',
    body: 'Pavel Orlov disputed this claim: “Our figures are audited every year.”',
    speaker: 'Pavel Orlov', cue: 'disputed this claim',
  },
  {
    label: 'guard: a report that said: the verb after "that" stays the cue',
    body: 'Pavel Orlov cited a report that said: “Our figures are audited every year.”',
    speaker: 'Pavel Orlov', cue: 'said',
  },
  // ── a pronoun tag after "X told Y …": the teller, as after any object ──
  {
    label: 'X told Y to rest. “…,” she said: the teller',
    body: 'Carla Dent told Ada Harte to rest. “Sleep now,” she said.',
    speaker: 'she', cue: 'said', entity: 'Carla Dent',
  },
  {
    label: 'guard: X asked Y. “…,” she said: the one asked answers',
    body: 'Carla Dent asked Ada Harte about the pain. “It has stopped,” she said.',
    speaker: 'she', cue: 'said', entity: 'Ada Harte',
  },
];

speakerRowTests('quote issuer or reply', HEADLINE, ROWS, 'last');
