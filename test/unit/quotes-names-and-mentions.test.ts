// Labelled sentences for quoted words that are a name or a mention, not speech, even with a speaker in
// the sentence: a word mentioned as a word ("the word “…”", "the phrase “…”"); one capitalised word
// right after a work's noun or a verb of reading, watching or acting ("its game “…”", "reading “…”");
// words keyed in ("type “…”"); a word glossed by its appositive ("“…”, the industry term for"); a
// title in title case opening its sentence as the subject of the writer's verb ("“Tales of the Quay” was …, the firm said"); a word whose only later verb
// belongs to the next clause (past a semicolon) or introduces the next quotation ("called it “…”").
// Guards keep speech a quote.
// Run with `node --import tsx --test test/unit/quotes-names-and-mentions.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Lumo Devices Delays Its Tablet';

const ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null }[] = [
  // ── a word mentioned as a word ──
  { label: 'admitted the word “…” does not fit', body: 'Rena Okafor admitted the word "tablet" does not quite fit the device.', kind: 'scare', speaker: null },
  { label: 'say the phrase “…” hides', body: 'Critics say the phrase "made for you" hides how little the buyer chooses.', kind: 'scare', speaker: null },
  { label: 'the term, “…”, after a speaker', body: 'Tomas Vell said the term, "smart glass", was invented by the marketing team.', kind: 'scare', speaker: null },
  { label: 'guard: the words “…” introduce speech', body: 'Tomas Vell said the words "we are not finished yet" with a smile.', kind: 'partial', speaker: 'Tomas Vell' },
  { label: 'guard: called it “…” stays the speaker\'s', body: 'Tomas Vell called the tablet "a costly mistake" on Monday.', kind: 'partial', speaker: 'Tomas Vell' },
  { label: 'terms like “…”, after a speaker', body: 'Rena Okafor said buyers distrust terms like "premium" on a cheap tablet.', kind: 'scare', speaker: null },
  { label: 'words such as “…”', body: 'Tomas Vell said the review used words such as "flimsy" far too often.', kind: 'scare', speaker: null },
  { label: 'guard: a comparison with “like” stays the speaker\'s', body: 'Tomas Vell said the tablet felt like "a brick with a screen".', kind: 'partial', speaker: 'Tomas Vell' },
  // ── one capitalised word right after a work's noun names the work ──
  { label: 'its game “Name” until spring, the company said', body: 'Lumo Devices has delayed its puzzle game "Driftwood" until spring, the company said on Monday.', kind: 'scare', speaker: null },
  { label: 'the app “Name”, in reported speech', body: 'Rena Okafor said the app "Brisk" would launch in June.', kind: 'scare', speaker: null },
  { label: 'guard: a capitalised word after a verb stays the speaker\'s', body: 'Rena Okafor called the plan "Nonsense" on Monday.', kind: 'partial', speaker: 'Rena Okafor' },
  { label: 'guard: a lower-case word after a work\'s noun in reported speech stays partial', body: 'Rena Okafor said the game "crashed" too often to ship.', kind: 'partial', speaker: 'Rena Okafor' },
  { label: 'reading “Title” (one word), in reported speech', body: 'Rena Okafor said she was reading "Saltmarsh" on the train.', kind: 'scare', speaker: null },
  { label: 'starred in “Title”, in reported speech', body: 'Tomas Vell said the actor once starred in "Nightjar" for a small studio.', kind: 'scare', speaker: null },
  // ── words keyed in, and a word glossed as a word by the appositive after it ──
  { label: 'users can type “…”', body: 'Rena Okafor said users can type "wake up" to start the tablet.', kind: 'scare', speaker: null },
  { label: '“word”, the industry term for …', body: 'Staff complained about "crunch", the industry term for unpaid overtime, Rena Okafor said.', kind: 'scare', speaker: null },
  { label: 'guard: “word”, the harshest word used so far stays the speaker\'s', body: 'Rena Okafor said the plan was "reckless", the harshest word used so far.', kind: 'partial', speaker: 'Rena Okafor' },
  // ── a title opening its sentence as the writer's subject ──
  { label: '“Title” was the most-read book, the firm said', body: '"Tales of the Quay" was the most-read book on the Lumo store last year, the firm said on Friday.', kind: 'scare', speaker: null },
  { label: 'guard: “Sentence,” Name said stays direct', body: '"We Will Ship in June," Rena Okafor said on Friday.', kind: 'direct', speaker: 'Rena Okafor' },
  { label: 'guard: a lower-case clause opening the sentence stays direct', body: '"we will ship in june" was all Rena Okafor would say on Friday.', kind: 'direct', speaker: 'Rena Okafor' },
];

for (const row of ROWS) {
  test(`name or mention: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
  });
}

// Several quotes in one sentence: the kind of each, in order.
const LISTS: { label: string; body: string; kinds: QuoteKind[] }[] = [
  { label: 'terms like “…” and “…”: the second term joined by a bare "and"', body: 'Rena Okafor said terms like "premium" and "pro" are used loosely.', kinds: ['scare', 'scare'] },
  { label: 'a word before a semicolon takes no verb from the next clause', body: 'Buyers praised its "quiet" fan; one reviewer called it "a tablet for libraries".', kinds: ['scare', 'partial'] },
  { label: 'a word before ", and X called it “…”" takes no verb that introduces the next quote', body: 'Buyers praised its "quiet" fan, and one reviewer called it "a tablet for libraries".', kinds: ['scare', 'partial'] },
  { label: 'guard: a tag after the comma still gives the speaker', body: 'The tablet is "a tablet for libraries", Rena Okafor said on Monday.', kinds: ['partial'] },
  { label: 'guard: a speaker\'s two words joined by "and" stay partial', body: 'Rena Okafor called the tablet "slow" and "fragile" on Monday.', kinds: ['partial', 'partial'] },
];

for (const row of LISTS) {
  test(`name or mention, list: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.deepEqual(a.quotes.map((q) => q.kind), row.kinds);
  });
}
