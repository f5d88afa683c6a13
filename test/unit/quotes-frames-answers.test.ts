// Labelled sentences for untagged quotes framed by the sentence before and short tagged answers: a
// question put to the subject ("Asked by the judge, Ada Moss, whether …, the captain paused.") may run
// long and name its asker; "the" and a role noun the article gave a named person earlier is that person
// speaking; a framed quote that runs on into the next paragraph passes its speaker on; a one-word answer
// with its tag ("“Yes,” Vell replied.") is a whole utterance, a direct quote.
// Run with `node --import tsx --test test/unit/quotes-frames-answers.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Ferry Skipper Questioned at Inquiry';

interface Row {
  label: string;
  body: string;
  /** Of each quote in order: its kind, its speaker phrase as written, and the entity it resolves to. */
  quotes: { kind: QuoteKind; speaker: string | null; entity?: string | null }[];
}

const ROWS: Row[] = [
  // ── a long question put to the subject, the subject a role noun the article gave a person ──
  {
    label: 'asked by a named asker, whether …, the captain paused: the captain named before',
    body: 'The inquiry heard from Captain Oren Tassel on Tuesday. Asked by the lawyer, Ada Moss, whether he had been tired that night, the captain paused. “I had slept four hours.”',
    quotes: [{ kind: 'direct', speaker: 'the captain', entity: 'Oren Tassel' }],
  },
  {
    label: 'asked by …, the coach smiled: the coach named in an apposition',
    body: 'Marta Ilves, the coach of Dunmere Rovers, resigned on Sunday. Asked by a reporter from the town paper whether she would ever return, the coach smiled. “Never say never again.”',
    quotes: [{ kind: 'direct', speaker: 'the coach', entity: 'Marta Ilves' }],
  },
  {
    label: 'guard: a role noun nobody was named in frames no speaker',
    body: 'The ferry line may close. Asked by reporters whether the line would close, the spokesman paused. “We are looking at every option.”',
    quotes: [{ kind: 'direct', speaker: null }],
  },
  {
    label: 'guard: a place noun is no subject who speaks',
    body: 'Captain Oren Tassel sailed at dawn. Asked by the lawyer, Ada Moss, whether the ship was late, the harbour fell silent. “It was late by an hour.”',
    quotes: [{ kind: 'direct', speaker: null }],
  },
  {
    label: 'guard: a short frame with a name still gives the name',
    body: 'Asked about the timetable, Ada Moss shrugged. “Ask the board, not me.”',
    quotes: [{ kind: 'direct', speaker: 'Ada Moss', entity: 'Ada Moss' }],
  },
  // ── "he" after a question put by a named asker is the one asked ──
  {
    label: 'Asked by the lawyer, Name, whether he …, he said: “…”: the one asked',
    body: 'Oren Tassel gave evidence on Tuesday. Asked by the lawyer, Jonas Pell, whether he had slept, he said: “I had four hours at most.”',
    quotes: [{ kind: 'direct', speaker: 'he', entity: 'Oren Tassel' }],
  },
  {
    label: 'When Name asked whether …, he replied: “…”: the one asked',
    body: 'Oren Tassel gave evidence on Tuesday. When Jonas Pell asked whether the radio worked, he replied: “It had been dead since noon.”',
    quotes: [{ kind: 'direct', speaker: 'he', entity: 'Oren Tassel' }],
  },
  {
    label: 'guard: When Name arrived, he said: the one who arrived',
    body: 'Oren Tassel gave evidence on Tuesday. When Jonas Pell arrived, he said: “The radio had been dead since noon.”',
    quotes: [{ kind: 'direct', speaker: 'he', entity: 'Jonas Pell' }],
  },
  {
    label: 'guard: the asker alone in reach is still taken',
    body: 'Asked by the lawyer, Jonas Pell, whether the radio worked, he said: “It had been dead since noon.”',
    quotes: [{ kind: 'direct', speaker: 'he', entity: 'Jonas Pell' }],
  },
  // ── a framed quote running on over paragraphs ──
  {
    label: 'a framed quote reopened in the next paragraph: both paragraphs the subject\'s',
    body: 'Tomas Vell smiled. “When I started, we had three boats and a hut on the quay.\n“Now we have eleven boats, and the hut is a café.”',
    quotes: [
      { kind: 'direct', speaker: 'Tomas Vell', entity: 'Tomas Vell' },
      { kind: 'direct', speaker: 'Tomas Vell', entity: 'Tomas Vell' },
    ],
  },
  {
    label: 'guard: a quote run on with no frame before stays unspoken',
    body: 'The quay was quiet on Monday.\n“When I started, we had three boats and a hut on the quay.\n“Now we have eleven boats, and the hut is a café.”',
    quotes: [{ kind: 'direct', speaker: null }, { kind: 'direct', speaker: null }],
  },
  // ── a frame of its own paragraph, and a mood after a verb of being ──
  {
    label: 'a narrative paragraph about one person frames the untagged quote paragraphs after it',
    body: 'Ilse Marrow had waited nine years for the inquiry.\n\n“We wrote to every office in the county, twice a year.\n\n“Then they told us the file had been lost.”',
    quotes: [
      { kind: 'direct', speaker: 'Ilse Marrow', entity: 'Ilse Marrow' },
      { kind: 'direct', speaker: 'Ilse Marrow', entity: 'Ilse Marrow' },
    ],
  },
  {
    label: 'the last sentence of the paragraph before, a pronoun, frames the quote paragraph',
    body: 'Ilse Marrow grew up above the mill. She kept every letter.\n\n“Not one of them was ever answered.”',
    quotes: [{ kind: 'direct', speaker: 'She', entity: 'Ilse Marrow' }],
  },
  {
    label: 'guard: two people in the paragraph before frame no quote',
    body: 'Ilse Marrow met Jonas Pell at the mill.\n\n“Not one of the letters was ever answered.”',
    quotes: [{ kind: 'direct', speaker: null }],
  },
  {
    label: 'guard: a paragraph before that reports speech is no frame of its own',
    body: 'Ilse Marrow said nothing at the hearing.\n\n“Not one of the letters was ever answered.”',
    quotes: [{ kind: 'direct', speaker: null }],
  },
  {
    label: 'Name was unmoved. “…”: a mood, no passive',
    body: 'The board offered a new contract. Ada Moss was unmoved. “I will not sign anything this year.”',
    quotes: [{ kind: 'direct', speaker: 'Ada Moss', entity: 'Ada Moss' }],
  },
  {
    label: 'Name was delighted. “…”',
    body: 'Ada Moss was delighted. “We never thought the boats would come back.”',
    quotes: [{ kind: 'direct', speaker: 'Ada Moss', entity: 'Ada Moss' }],
  },
  {
    label: 'guard: Name was arrested. “…” is a passive, no frame',
    body: 'Ada Moss was arrested. “We never thought it would come to this.”',
    quotes: [{ kind: 'direct', speaker: null }],
  },
  // ── one-word answers with a tag ──
  {
    label: '“Yes,” Name replied.',
    body: 'Asked whether the line would survive, Ada Moss paused. “Yes,” Ada Moss replied.',
    quotes: [{ kind: 'direct', speaker: 'Ada Moss' }],
  },
  {
    label: '“Never!” she said.',
    body: 'Ada Moss was asked if she would sell the boats. “Never!” she said.',
    quotes: [{ kind: 'direct', speaker: 'she', entity: 'Ada Moss' }],
  },
  {
    label: 'guard: a one-word judgement with a tag stays partial',
    body: '“Reckless,” Ada Moss said of the plan.',
    quotes: [{ kind: 'partial', speaker: 'Ada Moss' }],
  },
  {
    label: 'guard: an answer word inside the writer\'s sentence stays partial',
    body: 'Ada Moss said the answer was a firm “no” from the board.',
    quotes: [{ kind: 'partial', speaker: 'Ada Moss' }],
  },
];

for (const row of ROWS) {
  test(`frames and answers: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, row.quotes.length, 'quotes');
    row.quotes.forEach((want, i) => {
      const q = a.quotes[i];
      assert.equal(q.kind, want.kind, `kind of quote ${i}`);
      assert.equal(q.speaker?.text ?? null, want.speaker, `speaker of quote ${i}`);
      if (want.entity !== undefined) {
        const local = q.speaker?.local ?? null;
        assert.equal(local === null ? null : a.entities[local].name, want.entity, `entity of quote ${i}`);
      }
    });
  });
}
