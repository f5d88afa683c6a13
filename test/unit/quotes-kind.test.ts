// Labelled sentences for a quotation's kind (direct / partial / scare): where no comma or colon stands
// between the cue and the quote, a whole sentence after its cue is direct and a phrase inside the
// reporting clause stays partial; the text on a marker, plaque or stone is nobody's speech. Run with `node --import tsx --test test/unit/quotes-kind.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

const ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null }[] = [
  { label: 'X said “Sentence.”', body: 'Lena Ortiz said "We will reopen the quay next week."', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'X said in an interview “Sentences.”', body: 'Lena Ortiz said in an interview "People said the plan was mad. But we held on."', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'X told the Gazette “Sentence.”', body: 'Lena Ortiz told the Gazette "The cranes will stay idle."', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'X, with Y saying “Question?”', body: 'The union walked out, with one resident saying "Who will pay our rent now?"', kind: 'direct', speaker: 'one resident' },
  { label: 'guard: said that “…” stays partial', body: 'Lena Ortiz said that "The quay is finished."', kind: 'partial', speaker: 'Lena Ortiz' },
  { label: 'guard: the plan was “phrase.” stays partial', body: 'Lena Ortiz said the plan was "a bridge too far."', kind: 'partial', speaker: 'Lena Ortiz' },
  { label: 'guard: called the plan “Title.” is no sentence', body: 'Lena Ortiz called the plan "A Bridge Too Far." Then she left.', kind: 'partial', speaker: 'Lena Ortiz' },
  { label: 'guard: to write and direct “Title.” is no sentence', body: 'Tomas Reiter was paid to write and direct "The Lantern Keepers." He also produced it.', kind: 'partial', speaker: 'Tomas Reiter' },
  // ── two words opening their sentence with a tag after the marks: a clipped sentence, said whole ──
  { label: '“Two words.” she said (stop inside the marks)', body: 'Lena Ortiz read the offer on Monday. "Utterly shameful." she said.', kind: 'direct', speaker: 'she' },
  { label: '“Two words,” Name added', body: '"Far too late," Lena Ortiz added after the vote.', kind: 'direct', speaker: 'Lena Ortiz' },
  { label: 'guard: two words not opening their sentence stay partial', body: 'Lena Ortiz said the offer was "utterly shameful."', kind: 'partial', speaker: 'Lena Ortiz' },
  { label: 'guard: two title-case words opening the sentence are a title, not an utterance', body: 'Lena Ortiz named her film of the year. "Lantern Keepers." she said.', kind: 'partial', speaker: 'she' },
  // ── the words on a marker, a plaque or a stone are nobody's speech ──
  { label: 'a marker reads, “two sentences”', body: 'The warehouse still stands. A historical marker reads, "Here the rope makers of the harbour town worked for a century."', kind: 'scare', speaker: null },
  { label: 'a headstone will read, “…”', body: 'Lena Ortiz spoke at the gate. Her headstone will read, "She kept the quay open when nobody else would."', kind: 'scare', speaker: null },
  { label: 'guard: a poster (a forum user) wrote a long post', body: 'One poster wrote, "I have been a docker for thirty years and I have never seen the quay this empty."', kind: 'direct', speaker: 'One poster' },
];

for (const row of ROWS) {
  test(`quote kind: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
  });
}
