// Labelled sentences for quotation marks around words nobody is said to speak: a proverb or adage
// named by a noun before it; a thing's name after "known as", or in title case right after a participle
// ("called") that follows a name or a number; the terms of a list after a first quoted term that is a
// scare quote; the text on a shirt or poster a few words before "that said"; a title standing alone with
// the full stop inside its marks; the name a present-tense naming verb gives ("locals call the square
// “…”", "what the firm calls “…”"). Guards keep a speaker's own words a quote. Run with
// `node --import tsx --test test/unit/quotes-scare-kinds.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

const ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null }[] = [
  // ── a proverb, adage or saying named before the marks is nobody's words ──
  { label: 'the old proverb, “…”?', body: 'What about the old proverb, "A quiet harbour never made a good sailor"? The crews laughed.', kind: 'scare', speaker: null },
  { label: 'the adage “…” in a speaker\'s clause', body: 'Lena Ortiz said the crews had lived by the adage "many hands make light work" all winter.', kind: 'scare', speaker: null },
  { label: 'an old saying: “…”', body: 'The dockers have an old saying: "The tide waits for no crane." Nobody argued.', kind: 'scare', speaker: null },
  { label: 'guard: a saying named inside the quote stays the speaker\'s', body: 'Lena Ortiz said, "An old saying holds that the tide waits for nobody."', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'guard: "saying" as a verb after a speaker', body: 'Tomas Reiter left the hall, saying "The quay will stay shut until Friday."', kind: 'direct', speaker: 'Tomas Reiter' },
  // ── a thing's name after "known as", or a title after a participle that follows a name ──
  { label: 'still known as “Title”', body: 'The ferry, still known as "The Old Lady" to locals, sails at noon, Lena Ortiz said.', kind: 'scare', speaker: null },
  { label: 'better known as “Title”, in reported speech', body: 'Lena Ortiz said the plan, better known as "Operation Low Tide", would start soon.', kind: 'scare', speaker: null },
  { label: 'a show with Name called “Title”', body: 'Lena Ortiz runs a weekly show with her brother Tomas Reiter called "The Quay Hour" on Harbour Radio.', kind: 'scare', speaker: null },
  { label: 'a bulletin on Channel 4 called “Title”', body: 'The union runs a weekly bulletin on Channel 4 called "Dock Talk" for members.', kind: 'scare', speaker: null },
  { label: 'guard: described the plan as “Title” is the speaker\'s', body: 'Lena Ortiz described the plan as "A Bridge Too Far".', kind: 'partial', speaker: 'Lena Ortiz' },
  { label: 'guard: what Name called “Title” is the speaker\'s', body: 'It was what Lena Ortiz called "The Big Squeeze".', kind: 'partial', speaker: 'Lena Ortiz' },
  // ── a present-tense naming verb a few words before: a name the thing goes by, nobody's words ──
  { label: 'Locals call the square “the Name”', body: 'Locals call the old square "the Anvil" and avoid it after dark.', kind: 'scare', speaker: null },
  { label: 'call the firm\'s glass campus “…”, past a possessive', body: 'Drivers call the company\'s new terminal "the Oven" in summer.', kind: 'scare', speaker: null },
  { label: 'what the maker calls “term”', body: 'Lumo Devices added what it calls "quiet charging" to the Orra tablet, Lena Ortiz said.', kind: 'scare', speaker: null },
  { label: 'fans dub it “…”', body: 'Fans dub the tower "the Lantern" for its glow.', kind: 'scare', speaker: null },
  { label: 'guard: will call it “…” is a speech to come', body: 'Tomas Reiter will call the plan "a fair deal" at the meeting.', kind: 'partial', speaker: 'Tomas Reiter' },
  { label: 'guard: called it “…” in the past stays the namer\'s', body: 'Tomas Reiter called the plan "a fair deal" on Monday.', kind: 'partial', speaker: 'Tomas Reiter' },
  // ── a work's title right after its noun, though somebody speaks in the sentence ──
  { label: 'her album, “Title,” took … in reported speech', body: 'Lena Ortiz said her band\'s second album, "Where the Ferries Sleep," took two years to record.', kind: 'scare', speaker: null },
  { label: 'the film, “Title,” opens …, she said', body: 'The director\'s latest film, "A Quay Without Boats," opens on Friday, Lena Ortiz said.', kind: 'scare', speaker: null },
  { label: 'guard: a sentence-case line after "album," stays the speaker\'s', body: 'Lena Ortiz said of the new album, "We made it in a barn by the quay."', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'guard: a sentence after "song" in lower case stays the speaker\'s', body: 'Tomas Reiter said of the song, "it was written in one night on the quay."', kind: 'direct', speaker: 'Tomas Reiter' },
  // ── a name a relative clause gives the thing before its subject ──
  { label: 'a van he called “the Name”', body: 'Tomas Reiter drove a battered van he called "the Grey Mare" along the quay.', kind: 'scare', speaker: null },
  { label: 'a skiff that she named “Title”', body: 'Lena Ortiz kept a skiff that she named "Sea Wren" at the old slip.', kind: 'scare', speaker: null },
  { label: 'guard: a judgement a relative clause gives stays the namer\'s', body: 'Tomas Reiter defended a plan he called "late but workable" on Monday.', kind: 'partial', speaker: 'he' },
  { label: 'guard: what he called “Title” stays the namer\'s', body: 'Tomas Reiter said it was what he called "the Long Winter" for the crews.', kind: 'partial', speaker: 'he' },
  // ── the text on a shirt or poster a few words before "that said" / "which read" ──
  { label: 'shirts began to appear that said, “…”', body: 'Then this spring shirts began to appear that said, "we hold the quay together". The union sold hundreds.', kind: 'scare', speaker: null },
  { label: 'posters went up overnight that read “…”, in reported speech', body: 'Lena Ortiz said posters went up overnight that read "no crate leaves tonight" along the fence.', kind: 'scare', speaker: null },
  { label: 'guard: a person between the thing and the verb speaks', body: 'The signs came down after a guard said "We were ordered to clear the gate."', kind: 'direct', speaker: 'a guard' },
  // ── the label a thing is sold under ──
  { label: 'an app sold as “…”, in a sentence with a source', body: 'A ferry app sold as "always on time" by Harwell Labs shows old timetables, according to researchers at Norvale University.', kind: 'scare', speaker: null },
  { label: 'marketed as “…” inside reported speech', body: 'Lena Ortiz said the kettle, marketed as "the quietest ever made", was loud.', kind: 'scare', speaker: null },
  { label: 'guard: described as “…” stays the speaker\'s', body: 'Tomas Reiter described the deal as "a steal".', kind: 'partial', speaker: 'Tomas Reiter' },
  // ── a title standing alone, the full stop inside its marks ──
  { label: 'her talk, “Title Case.”', body: 'The lecture ended with her talk, "The Long Night of the Quay." It ran for an hour.', kind: 'scare', speaker: null },
  { label: 'a reference: Name. “Title.” Journal', body: 'Lena Ortiz. "Why Ports Still Matter." Harbour Review, 12(3), 4.', kind: 'scare', speaker: null },
  { label: 'guard: a sentence in sentence case stays direct', body: '"We will stay here." That was all the note said.', kind: 'direct', speaker: null },
];

for (const row of ROWS) {
  test(`scare kind: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
  });
}

// Several quotes in one sentence: the kind of each, in order.
const LISTS: { label: string; body: string; kinds: QuoteKind[] }[] = [
  { label: 'terms listed after a scare quote, comma-joined', body: 'The guide warns against mixing pairs like "tide + wind", "wind + swell", "swell + current", among others.', kinds: ['scare', 'scare', 'scare'] },
  { label: 'guard: a sentence after a listed term stays direct', body: 'The sign said "closed", "We will reopen on Monday," Lena Ortiz said.', kinds: ['scare', 'direct'] },
  { label: 'guard: a speaker\'s listed words stay partial', body: 'Lena Ortiz called the offer "weak", "late", and "insulting".', kinds: ['partial', 'partial', 'partial'] },
];

for (const row of LISTS) {
  test(`scare kind, list: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.deepEqual(a.quotes.map((q) => q.kind), row.kinds);
  });
}

// ── a headline in title case: the quote before its colon is the statement reported, not a title ──
const HEADLINES: { label: string; text: string; kind: QuoteKind }[] = [
  { label: '“Title Case Words”: Headline', text: '“We Will Rebuild the Pier”: Harbour Crews Vow to Stay\nThe storm wrecked the pier at Dellport on Sunday.\n', kind: 'direct' },
  { label: '“Title Case Words” : Headline (a space before the colon)', text: '“Nobody Asked the Fishermen” : Anger Grows in Dellport\nThe quota was cut on Friday.\n', kind: 'direct' },
  { label: 'guard: a title mid-headline stays a title', text: 'Critics Hail “The Lantern Keepers” at Dellport Festival\nThe play opened on Friday.\n', kind: 'scare' },
  { label: 'guard: a title opening a headline with no colon stays a title', text: '“The Lantern Keepers” Wins Top Prize\nThe play opened on Friday.\n', kind: 'scare' },
  { label: 'guard: a title opening a body sentence stays a title', text: 'Dellport Festival Opens\n“The Quay Hour Returns” opens the festival on Monday: tickets are sold out.\n', kind: 'scare' },
];

for (const row of HEADLINES) {
  test(`headline quote kind: ${row.label}`, () => {
    const a = analyzeText(row.text);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
  });
}
