// Labelled sentences for plural audience speakers: the people who read, watch, listen to or comment on a
// medium ("Commenters on the site said", "Listeners to the station said", "Readers of the Herald said",
// "Viewers said") speak as any unnamed group does (model/speaker-words.ts GROUP_SPEAKERS), a vague
// source with no entity; the medium after "of" or "on" never speaks for them. Guards keep displays
// ("posters on the wall"), a verb with no speech ("will find") and the groups that spoke before.
// Run with `node --import tsx --test test/unit/quotes-audience-speakers.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Ferry Vote Splits Island';

interface Row { label: string; body: string; kind: QuoteKind; speaker: string | null }

const ROWS: Row[] = [
  // ── an audience tied to its medium by "on", "to" or "of" ──
  { label: 'Commenters on the site said … “…”', body: 'Commenters on the site said the decision was "a betrayal of the island".', kind: 'partial', speaker: 'Commenters on the site' },
  { label: 'Listeners to the station said … “…”', body: 'Listeners to the station said it was "long overdue".', kind: 'partial', speaker: 'Listeners to the station' },
  { label: 'Callers to the show said: “…”', body: 'Callers to the show said: "The ferry must stay."', kind: 'direct', speaker: 'Callers to the show' },
  { label: 'Readers of the Paper said: the readers, not the paper', body: 'Readers of the Tarnby Herald said the editorial was "unfair".', kind: 'partial', speaker: 'Readers of the Tarnby Herald' },
  { label: 'Followers of the page said … “…”', body: 'Followers of the page said the post was "misleading".', kind: 'partial', speaker: 'Followers of the page' },
  { label: 'Spectators at the match said … “…”', body: 'Spectators at the match said the referee was "blind".', kind: 'partial', speaker: 'Spectators at the match' },
  // ── a bare or determined audience ──
  { label: 'Viewers said … “…”', body: 'Viewers said the programme was "far too long".', kind: 'partial', speaker: 'Viewers' },
  { label: 'Many viewers said … “…”', body: 'Many viewers said the show was "too long".', kind: 'partial', speaker: 'Many viewers' },
  { label: 'Bloggers said … “…”', body: 'Bloggers said the plan was "doomed from the start".', kind: 'partial', speaker: 'Bloggers' },
  // ── guards ──
  { label: 'guard: posters on a wall are a display, not a speaker', body: 'Posters on the wall said "Save our ferry".', kind: 'scare', speaker: null },
  { label: 'guard: readers with no speech verb', body: 'Readers will find the report "unfair".', kind: 'scare', speaker: null },
  { label: 'guard: residents of a place spoke before', body: 'Residents of Tarnby said the closure was "a disaster for the harbour".', kind: 'partial', speaker: 'Residents of Tarnby' },
  { label: 'guard: users on a forum spoke before', body: 'Users on the forum said the app was "unusable".', kind: 'partial', speaker: 'Users on the forum' },
];

for (const row of ROWS) {
  test(`audience speakers: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    const q = a.quotes[0];
    assert.ok(q, 'the quote');
    assert.equal(q.kind, row.kind, 'kind');
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
  });
}

test('audience speakers: an audience is a vague source with no entity', () => {
  const a = analyzeText(`${HEADLINE}\nCommenters on the site said the decision was "a betrayal of the island".\n`);
  assert.equal(a.quotes[0].speaker?.local ?? null, null);
});
