// A list item's bullet ("- ", "• ", "* ", "– ") is no word of its sentence (01-structure.ts listItemStart):
// the sentence starts after it, so a quote that opens the item opens its sentence (direct), a bare plural
// that opens it is a vague source, and its first word is read as a sentence's first word. Guards: a minus
// sign or a dash with no space after it, and a lone bullet, stay text. Run with
// `node --import tsx --test test/unit/list-items.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';

const sentencesOf = (text: string): string[] => splitSentences(text, splitBlocks(text)).map((s) => text.slice(s.start, s.end));

const SENTENCES: [label: string, text: string, sentences: string[]][] = [
  ['hyphen bullet', 'Ferry update\n\n- Two crossings were cancelled. More may follow.\n', ['Ferry update', 'Two crossings were cancelled.', 'More may follow.']],
  ['round bullet', 'Ferry update\n\n• The quay reopens on Friday.\n', ['Ferry update', 'The quay reopens on Friday.']],
  ['asterisk bullet, two spaces', 'Ferry update\n\n*  The quay reopens on Friday.\n', ['Ferry update', 'The quay reopens on Friday.']],
  ['en dash bullet', 'Ferry update\n\n– The quay reopens on Friday.\n', ['Ferry update', 'The quay reopens on Friday.']],
  ['guard: a minus sign is part of the figure', 'Ferry update\n\n-5% was the fall in bookings.\n', ['Ferry update', '-5% was the fall in bookings.']],
  ['guard: a lone bullet stays', 'Ferry update\n\n-\n', ['Ferry update', '-']],
];

for (const [label, text, expected] of SENTENCES) {
  test(`list item sentence: ${label}`, () => assert.deepEqual(sentencesOf(text), expected));
}

const QUOTES: [label: string, body: string, kind: string, speaker: string][] = [
  ['asterisk item opening with a quote', '* "We have waited long enough," said ferry worker Tomas Reiter.', 'direct', 'Tomas Reiter'],
  ['hyphen item opening with a quote', '- "The quay must reopen," Lena Ortiz said.', 'direct', 'Lena Ortiz'],
  ['round bullet, an unnamed speaker', '• "It is a fair offer," a spokesman for Brisk Ferries said.', 'direct', 'a spokesman for Brisk Ferries'],
];

for (const [label, body, kind, speaker] of QUOTES) {
  test(`list item quote: ${label}`, () => {
    const a = analyzeText(`Dockers Vote to Extend Strike\n\n${body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, kind);
    assert.equal(a.quotes[0].speaker?.text, speaker);
  });
}

test('list item: the first word of an item is no organisation for its capital', () => {
  const a = analyzeText('Flood losses mount\n\n• Insurers estimate the damage at more than $300 million.\n');
  assert.deepEqual(a.entities.map((e) => e.name), []);
});

const ITEMS: ClaimRow[] = [
  {
    label: 'a bare plural opening a hyphen item is a vague source, without the bullet',
    body: '- Insurers estimate the damage at more than $300 million.',
    claims: [{ text: 'more than $300 million', sourced: 'vague', source: 'Insurers' }],
  },
  {
    label: 'guard: a named body opening a round-bullet item sources the figure',
    body: '• Kestline Ferries said 40 sailings were cancelled.',
    claims: [{ text: '40 sailings were cancelled', sourced: 'yes', source: 'Kestline Ferries' }],
  },
];

testClaimRows('Flood losses mount', [['list item claim', ITEMS]]);
