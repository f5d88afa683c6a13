// A document's analysis depends only on its text: not on which documents were analysed before it in
// the same process. The entity stage keeps what it works out of a chunk of tokens (chunk-trie.ts) and of
// a word (text/intern.ts) across documents, filled by whichever mention asks first; a field filled from
// one mention's context, or read only when filled, would make a document's names, keys and entities
// depend on the history. Each row is two fictional articles naming the same people/firms written
// differently (line breaks, no-break spaces, double spaces, capitals, possessives); each is analysed
// cold in one order and the pair again with fresh names in the other order, so every cache is cold at
// its first ask in both. Run with `node --import tsx --test test/unit/analysis-history.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

/** [label, article A, article B]: `NAME1`..`NAME3` are replaced by fresh invented words per run. */
const ROWS: [string, string, string][] = [
  ['a name broken by a line end, then on one line',
    'Mill Reopens\n\nNAME1 Quarrow said the Tarnvik mill would reopen. Later NAME1\nQuarrow told staff that 40 jobs would return.\n',
    'Jobs Return\n\nNAME1 Quarrow, who runs the mill, said 40 jobs would return. "We are back," NAME1 Quarrow said.\n'],
  ['a firm with a no-break space, then a plain space',
    'Results\n\nNAME2\u00a0Holdings said revenue rose 12% in the quarter. NAME2\u00a0Holdings employs 300 people.\n',
    'Shares\n\nShares in NAME2 Holdings fell 3% on Monday. NAME2 Holdings declined to comment.\n'],
  ['a name in capitals in a headline, then in the body',
    'NAME3 ORVELL QUITS AS MAYOR\n\nNAME3 Orvell said on Friday she would step down. Orvell has led the town since 2019.\n',
    'Town Votes\n\nThe town of Selbury will vote in May after NAME3 Orvell resigned. "It is time," Orvell said.\n'],
  ['a possessive and a double space',
    'Port Plan\n\nNAME1  Dravik\'s plan for the port was approved. NAME1 Dravik said it would cost $12m.\n',
    'Port Vote\n\nCouncillors backed NAME1 Dravik on Tuesday. Dravik\'s office said 15 berths would be added.\n'],
];

let fresh = 0;
/** Invented words never seen before in this process (letters only, capitalised, all of one length). */
function freshNames(): Record<string, string> {
  const word = () => {
    let n = ++fresh, s = '';
    for (let i = 0; i < 3; i++, n = Math.floor(n / 80)) s += 'bcdfghklmnprstvz'[n % 16] + 'aeiou'[(n >> 4) % 5];
    return 'Q' + s + 'rin'; // one length for all, so offsets agree
  };
  return { NAME1: word(), NAME2: word(), NAME3: word() };
}

/** The analysis of `text` with the placeholders filled, the invented words (in any case) put back as placeholders. */
function analysed(text: string, names: Record<string, string>): string {
  let t = text;
  for (const [k, v] of Object.entries(names)) t = t.split(k).join(v);
  let json = JSON.stringify(analyzeText(t));
  for (const [k, v] of Object.entries(names)) {
    json = json.split(v).join(k).split(v.toLowerCase()).join(k.toLowerCase()).split(v.toUpperCase()).join(k);
  }
  return json;
}

for (const [label, a, b] of ROWS) {
  test(`analysis history: ${label}: each article as analysed first or second`, () => {
    const one = freshNames();
    const aFirst = analysed(a, one), bSecond = analysed(b, one);
    const two = freshNames();
    const bFirst = analysed(b, two), aSecond = analysed(a, two);
    assert.equal(aSecond, aFirst, 'article A');
    assert.equal(bSecond, bFirst, 'article B');
  });
}
