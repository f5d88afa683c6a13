// Labelled sentences for four quote rules: a role owned by a name speaks, not its owner ("Mr Kell's family
// said", "said Ada Venn's lawyer"; a speaker noun ending in "ly" is no adverb); a share of a group ("one of
// them", "Two of them said") points back to the group the article named before; plural people "on" a
// place ("Users on the forum said") speak, so their one-word quote is partial as any speaker's is; and a
// broker's grade in quotation marks ("cut the stock to “sell”", "a “buy” rating") is a label, a scare
// quote, though an analyst speaks in the sentence. Guards keep a speaker's own words and plain names.
// Run with `node --import tsx --test test/unit/quotes-owned-roles-grades.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Ferry Crews Lose Appeal';

interface Row { label: string; body: string; kind: QuoteKind; speaker: string | null; description?: string; at?: number }

const ROWS: Row[] = [
  // ── a role owned by a name speaks, unnamed; the owner only says whose ──
  { label: 'Mr Name\'s family said … “…”', body: 'Mr Kell\'s family said the verdict was "a long time coming".', kind: 'partial', speaker: 'Mr Kell\'s family' },
  { label: '“…,” Mr Name\'s family said', body: '"We are heartbroken," Mr Kell\'s family said.', kind: 'direct', speaker: 'Mr Kell\'s family' },
  { label: 'her family said … “…”', body: 'Ada Venn lost the case. Her family said the ruling was "a long time coming".', kind: 'partial', speaker: 'Her family' },
  { label: '“…,” said Mr Name\'s family', body: '"We are heartbroken," said Mr Kell\'s family.', kind: 'direct', speaker: 'Mr Kell\'s family' },
  { label: '“…,” said Name\'s lawyer', body: '"We will appeal," said Ada Venn\'s lawyer.', kind: 'direct', speaker: 'Ada Venn\'s lawyer' },
  { label: '“…,” said Firm\'s spokesman in Place', body: '"We will appeal," said Corvel Bank\'s spokesman in Tarnby.', kind: 'direct', speaker: 'Corvel Bank\'s spokesman' },
  { label: 'guard: an adverb before the verb is still skipped', body: 'Ada Venn quietly said the ruling was "a long time coming".', kind: 'partial', speaker: 'Ada Venn' },
  { label: 'guard: said Firm\'s Name gives the person', body: '"We will appeal," said Corvel Bank\'s Tomas Reiter.', kind: 'direct', speaker: 'Tomas Reiter' },
  { label: 'guard: said Firm\'s role, Name gives the person', body: '"We will appeal," said Corvel Bank\'s chief executive, Tomas Reiter.', kind: 'direct', speaker: 'Tomas Reiter' },
  { label: 'guard: a thing owned by a name is no speaker', body: '"We will appeal," said Ada Venn\'s new album.', kind: 'direct', speaker: 'Ada Venn' },
  // ── a share of a group named before is described by that group ──
  { label: '“…,” said one of them', body: 'Three deckhands were fined on Monday. "We will appeal," said one of them.', kind: 'direct', speaker: 'one of them', description: 'Three deckhands' },
  { label: 'One of them said … “…”', body: 'Three deckhands were fined on Monday. One of them said they would "fight on".', kind: 'partial', speaker: 'One of them', description: 'Three deckhands' },
  { label: 'Two of them said: “…”', body: 'Three deckhands were fined on Monday. Two of them said: "We will fight on."', kind: 'direct', speaker: 'Two of them', description: 'Three deckhands' },
  { label: 'guard: a share named in apposition is the person', body: '"We will fight on," said one of the crew leaders, Ada Venn, on Monday.', kind: 'direct', speaker: 'Ada Venn' },
  { label: 'guard: no counted group before, no description', body: 'The deckhands were fined on Monday. "We will appeal," said one of them.', kind: 'direct', speaker: 'one of them' },
  // ── plural people on a place speak; their one word is partial as any speaker's ──
  { label: 'Users on the forum said … “word”', body: 'Users on the forum said the app was "unusable".', kind: 'partial', speaker: 'Users on the forum' },
  { label: 'Users on the forum said: “…”', body: 'Users on the forum said: "It crashes every night."', kind: 'direct', speaker: 'Users on the forum' },
  { label: 'guard: a named speaker\'s one word stays partial', body: 'Ada Venn said the app was "unusable".', kind: 'partial', speaker: 'Ada Venn' },
  { label: 'guard: reports on a forum are no speaker', body: 'Reports on the forum said the app was "unusable".', kind: 'scare', speaker: null },
  // ── a broker's grade is a label on a scale ──
  { label: 'cut the stock to “sell”, Name said', body: 'Analysts at Corvel Securities cut the stock to "sell" on Monday, Ada Venn said.', kind: 'scare', speaker: null },
  { label: 'rates the shares “overweight”, its analysts said', body: 'Dunmore Bank rates the shares "overweight", its analysts said.', kind: 'scare', speaker: null },
  { label: 'kept a “buy” rating', body: 'Ada Venn, an analyst at Dunmore Bank, said she kept a "buy" rating on the shares.', kind: 'scare', speaker: null },
  { label: 'upgraded … to “outperform” from “neutral”: the second grade', body: 'Ada Venn said Dunmore Bank upgraded Tarnby Mills to "outperform" from "neutral".', kind: 'scare', speaker: null, at: 1 },
  { label: 'guard: told investors to “sell”', body: 'Ada Venn told investors to "sell" before the vote.', kind: 'partial', speaker: 'Ada Venn' },
  { label: 'guard: would “hold” the line', body: 'Ada Venn said the board would "hold" the line.', kind: 'partial', speaker: 'Ada Venn' },
];

for (const row of ROWS) {
  test(`owned roles and grades: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    const q = a.quotes[row.at ?? 0];
    assert.ok(q, 'the quote');
    assert.equal(q.kind, row.kind, 'kind');
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(q.speaker?.description, row.description, 'description');
  });
}
