// warmUp (run once by each analysis worker) must leave no trace in later analyses: the same text
// gives the same analysis before and after it.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText, warmUp } from '../../server/src/core/index';

const ROWS: { label: string; text: string }[] = [
  { label: 'a dateline, a quote and a figure', text: 'PORT ELSBY — Mayor Ines Karvo said on Friday that 240 homes had flooded. "We will rebuild," Karvo said.' },
  { label: 'a headline in capitals and a lone surname opening a sentence', text: 'FLOODS HIT ELSBY\n\nKarvo met the Elsby Water Board (EWB) on Monday. The board said repairs would cost €4 million.' },
  { label: 'an accented name and a partitive', text: 'Søren Vall, a fisherman, said 12 boats sank, three of them trawlers.' },
];

for (const { label, text } of ROWS) {
  test(`warm-up leaves no trace: ${label}`, () => {
    const before = JSON.stringify(analyzeText(text));
    warmUp();
    assert.equal(JSON.stringify(analyzeText(text)), before);
  });
}
