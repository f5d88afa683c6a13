// Labelled sentences for the words an app or a device shows, or that users key in, in tech and business
// news: a button or menu item pressed ("select “…”"), the words a device displays, a capitalised name
// right before a product's named part ("the old “Discover” page"), a search term after "searches for",
// the text of a pop-up, prompt or notification ("a pop-up asking “…”") are nobody's speech: scare
// quotes. Guards keep a person's words and a firm's judgement quotes.
// Run with `node --import tsx --test test/unit/quotes-app-words.test.ts`.
// All text is written for this file; people, firms, apps and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Lumen App Update Draws Complaints';

interface Row {
  label: string;
  body: string;
  /** The quoted text the row is about (the first quote with this text). */
  quote: string;
  kind: QuoteKind;
  speaker: string | null;
}

const ROWS: Row[] = [
  // ── a capitalised name before a product's named part ──
  {
    label: 'the old “Name” page, a judgement called later in the sentence',
    body: 'The new “Nearby” tab replaces the old “Discover” page, which Brindle Soft called “our best idea” last year.',
    quote: 'Discover', kind: 'scare', speaker: null,
  },
  {
    label: 'a “Name” screen after an adjective',
    body: 'Pia Lund said the plain “Welcome” screen had confused her mother.',
    quote: 'Welcome', kind: 'scare', speaker: null,
  },
  {
    label: 'guard: the judgement called in the same sentence stays the firm\'s',
    body: 'The new “Nearby” tab replaces the old “Discover” page, which Brindle Soft called “our best idea” last year.',
    quote: 'our best idea', kind: 'partial', speaker: 'Brindle Soft',
  },
  {
    label: 'guard: a capitalised word a person calls something, no part noun after it',
    body: 'Pia Lund called the redesign “Awful” on Tuesday.',
    quote: 'Awful', kind: 'partial', speaker: 'Pia Lund',
  },
  // ── search terms ──
  {
    label: 'searches for “…” with a source in the sentence',
    body: 'Searches for “uninstall Lumen” doubled on Monday, according to the research firm Quarry Metrics.',
    quote: 'uninstall Lumen', kind: 'scare', speaker: null,
  },
  {
    label: 'searched for “…” after a person',
    body: 'Tomas Brink said he searched for “lumen refund” and found nothing.',
    quote: 'lumen refund', kind: 'scare', speaker: null,
  },
  {
    label: 'guard: called for “…” is a demand, the speaker\'s words',
    body: 'Tomas Brink called for “an honest apology” from the firm.',
    quote: 'an honest apology', kind: 'partial', speaker: 'Tomas Brink',
  },
  // ── a button or menu item pressed, the words a device shows ──
  {
    label: 'select “…” with a source in the sentence',
    body: 'Users who select “Report a fault” in the app get a reply within a day, Brindle Soft says.',
    quote: 'Report a fault', kind: 'scare', speaker: null,
  },
  {
    label: 'the phone displayed “…” in reported speech',
    body: 'Owners said the phone displayed “Sync error 42” before it shut down.',
    quote: 'Sync error 42', kind: 'scare', speaker: null,
  },
  {
    label: 'guard: "the press" is a noun, the words are the speaker\'s',
    body: 'Ada Moss promised the press “a full account of the outage” by Friday.',
    quote: 'a full account of the outage', kind: 'partial', speaker: 'Ada Moss',
  },
  // ── a pop-up's, prompt's or notification's words ──
  {
    label: 'a pop-up asking “…?”',
    body: 'A pop-up asking “Are you sure you want to go?” now appears when users try to cancel.',
    quote: 'Are you sure you want to go?', kind: 'scare', speaker: null,
  },
  {
    label: 'a notification reading “…”',
    body: 'Users woke to a notification reading “Your plan has ended.” on Friday.',
    quote: 'Your plan has ended.', kind: 'scare', speaker: null,
  },
  {
    label: 'guard: a person asking “…?” speaks',
    body: 'Pia Lund wrote to the firm, asking “Why was I charged twice?”',
    quote: 'Why was I charged twice?', kind: 'direct', speaker: 'Pia Lund',
  },
];

for (const row of ROWS) {
  test(`app words: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    const q = a.quotes.find((x) => x.text === row.quote);
    assert.ok(q, `a quote "${row.quote}"`);
    assert.equal(q.kind, row.kind, 'kind');
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
  });
}
