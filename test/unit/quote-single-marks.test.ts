// Quotes in single marks, the British style (pipeline/quote-single-marks.ts): labelled sentences whose
// single-mark quotes must be found with their speaker and cue, and apostrophe traps that must give no quote.
// Run with `node --import tsx --test test/unit/quote-single-marks.test.ts`.
// All sentences are written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { findSingleQuoteMarks } from '../../server/src/core/pipeline/quote-single-marks';

interface Row {
  label: string;
  text: string;
  /** The quotes expected, in order: text, and the speaker's surface text when one is expected. */
  quotes: { text: string; speaker?: string; kind?: string }[];
}

const ROWS: Row[] = [
  // ── single-mark quotes ──
  { label: 'straight marks, speaker after', text: "'We will not move,' Orla Crane said on Tuesday.",
    quotes: [{ text: 'We will not move,', speaker: 'Orla Crane', kind: 'direct' }] },
  { label: 'curly marks, speaker after', text: '‘We will not move,’ Orla Crane said on Tuesday.',
    quotes: [{ text: 'We will not move,', speaker: 'Orla Crane', kind: 'direct' }] },
  { label: 'colon then a quote that ends the paragraph', text: 'The engineer Tom Vell said: ‘The jetty is finished.’',
    quotes: [{ text: 'The jetty is finished.', speaker: 'Tom Vell', kind: 'direct' }] },
  { label: 'a second quote after a sentence end is a direct one',
    text: "'We will not move,' Mira Holloway said. 'This jetty has stood for a century and it will stand for another.'",
    quotes: [{ text: 'We will not move,', speaker: 'Mira Holloway' }, { text: 'This jetty has stood for a century and it will stand for another.', speaker: 'Mira Holloway', kind: 'direct' }] },
  { label: 'a quote holding apostrophes and a plural possessive', text: "‘It’s the growers’ money on the line,’ said Ines Parr, who farms near Holby.",
    quotes: [{ text: 'It’s the growers’ money on the line,', speaker: 'Ines Parr', kind: 'direct' }] },
  { label: 'a headline quote before a colon', text: "'We are ready': Kell vows to fight on\n\nThe mayor of Brinmoor, Ada Kell, spoke on Monday.",
    quotes: [{ text: 'We are ready' }] },
  { label: 'a phrase quoted after a word, before a space', text: 'Councillor Rhys Omond said the plan was ‘a recipe for chaos’ and would fail.',
    quotes: [{ text: 'a recipe for chaos', speaker: 'Rhys Omond' }] },
  { label: 'double marks inside single ones: the outer quote', text: '‘He said “no” to every repair,’ tenant Lia Brock recalled.',
    quotes: [{ text: 'He said “no” to every repair,', speaker: 'Lia Brock', kind: 'direct' }] },
  { label: 'single marks inside double ones: the double reading stays', text: '“She told us she would ‘stay out of it’ this time,” Pell Arno said.',
    quotes: [{ text: 'She told us she would ‘stay out of it’ this time,', speaker: 'Pell Arno' }] },
  { label: 'a closing mark typed after a space', text: "'We heard a bang and ran to the window, ' Nia Holm said.",
    quotes: [{ text: 'We heard a bang and ran to the window, ', speaker: 'Nia Holm' }] },
  // ── apostrophes: no quote ──
  { label: 'plural possessives', text: "The players' union rejected the owners' offer, and the clubs' chairmen met on Friday.", quotes: [] },
  { label: 'rock and roll elisions', text: "Fans danced to rock 'n' roll until eleven o'clock at the Ha'penny Bridge.", quotes: [] },
  { label: 'decade and year elisions', text: "Sales have not been this low since the '90s, when the '87 crash hit Dorwick hard.", quotes: [] },
  { label: "possessive of a name ending in s, then a comma", text: "Gil Jones' car, a grey saloon, was found near Tarrow's' mill.", quotes: [] },
  { label: 'a trailing apostrophe at the paragraph end', text: "I dunno' what they're doin'", quotes: [] },
  { label: "'em and 'tis", text: "Round 'em up, he said, 'tis the season for it.", quotes: [] },
  { label: 'one straight-marked word is left alone', text: "The so called 'plan' was never costed by Vardle Council.", quotes: [] },
  // ── one word in straight marks: a scare quote, not an apostrophe's neighbour, nor left unread ──
  { label: 'a straight-marked name before a noun is a scare quote', text: "The Quillo app now offers a 'Lantern' mode for night readers.", quotes: [{ text: 'Lantern', kind: 'scare' }] },
  { label: 'a straight-marked word nobody says is a scare quote', text: "Reviewers found the sequel's ending 'unearned', and ticket sales at Corvane Pictures slowed.", quotes: [{ text: 'unearned', kind: 'scare' }] },
  // ── a quote that runs over paragraphs: each reopens with a single mark, only the last closes ──
  { label: 'curly marks over two paragraphs', text: 'Harbourmaster Ewan Tull was blunt about the winter.\n\n‘We lost three moorings in one night. Nobody had seen a tide like it.\n\n‘We will rebuild before the spring,’ Tull said.',
    quotes: [{ text: 'We lost three moorings in one night. Nobody had seen a tide like it.', speaker: 'Tull', kind: 'direct' }, { text: 'We will rebuild before the spring,', speaker: 'Tull' }] },
  { label: 'straight marks over two paragraphs', text: "Ada Moss, who runs the Pellick bakery, spoke on Friday.\n\n'The flour bill has doubled since March.\n\n'We cannot keep the shop open past June,' Moss said.",
    quotes: [{ text: 'The flour bill has doubled since March.', speaker: 'Moss', kind: 'direct' }, { text: 'We cannot keep the shop open past June,', speaker: 'Moss' }] },
  { label: 'an elision opening the next paragraph does not continue a quote', text: "Coach Ben Hale said: 'We go again next week.\n\n'Tis the season for upsets in the Marrow League.", quotes: [] },
  { label: 'a straight-marked word after a speech verb and "about" is a scare quote', text: "Engineer Pia Lund tells Corvane News about 'rogue' delivery robots.", quotes: [{ text: 'rogue', kind: 'scare' }] },
  { label: "a straight-marked judgement after a named speaker's calling verb is her partial quote", text: "Analyst Rena Vell called the merger 'overdue' on Tuesday.", quotes: [{ text: 'overdue', speaker: 'Rena Vell', kind: 'partial' }] },
  { label: 'two straight-marked judgements joined by "but" are both partial quotes', text: "Analyst Rena Vell called the merger 'overdue' but 'welcome'.", quotes: [{ text: 'overdue', speaker: 'Rena Vell', kind: 'partial' }, { text: 'welcome', speaker: 'Rena Vell', kind: 'partial' }] },
  { label: 'a straight-marked judgement after "described ... as" is a partial quote', text: "Councillor Obi Strand described the budget as 'reckless'.", quotes: [{ text: 'reckless', speaker: 'Obi Strand', kind: 'partial' }] },
  { label: 'a straight-marked name after a calling verb stays a scare quote', text: "The Quillo firm called its new mode 'Lantern' at the launch.", quotes: [{ text: 'Lantern', kind: 'scare' }] },
  { label: 'a straight-marked hyphenated word before a full stop is a scare quote', text: "Drivers at Ferrow Logistics began a 'go-slow' on Monday.", quotes: [{ text: 'go-slow', kind: 'scare' }] },
];

for (const row of ROWS) {
  test(`single-mark quotes: ${row.label}`, () => {
    const out = analyzeText(row.text);
    const got = out.quotes.filter((q) => q.kind !== 'scare' || row.quotes.length > 0);
    assert.deepEqual(got.map((q) => q.text), row.quotes.map((q) => q.text));
    row.quotes.forEach((want, i) => {
      if (want.speaker) assert.equal(got[i].speaker?.text, want.speaker, `speaker of quote ${i}`);
      if (want.kind) assert.equal(got[i].kind, want.kind, `kind of quote ${i}`);
    });
  });
}

test('single-mark quotes: a paragraph of thousands of apostrophes and openings is read once', () => {
  // Every mark may open a quote; none closes one. The reading visits each mark once, so this stays linear;
  // the count of pairs (none) is what is asserted, not the time.
  const text = "the 'quay and ".repeat(5000) + "the growers' hall ".repeat(5000);
  assert.deepEqual(findSingleQuoteMarks(text, [{ start: 0, end: text.length } as never]), []);
  const pairs = "'one two,' she said. ".repeat(3000);
  assert.equal(findSingleQuoteMarks(pairs, [{ start: 0, end: pairs.length } as never]).length, 3000);
});
