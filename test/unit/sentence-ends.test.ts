// Where splitSentences ends a sentence: after its marks and any closing quotes or brackets, before
// the space and a capital, a digit or an opening quote; not after an abbreviation or initial that
// names what follows. Run with `node --import tsx --test test/unit/sentence-ends.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';

const sentencesOf = (text: string): string[] => splitSentences(text, splitBlocks(text)).map((s) => text.slice(s.start, s.end));

const CASES: [label: string, text: string, sentences: string[]][] = [
  ['plain full stop', 'Mira Telk left early. The ferry was late.', ['Mira Telk left early.', 'The ferry was late.']],
  ['run of marks', 'Was it late?! Nobody knew.', ['Was it late?!', 'Nobody knew.']],
  ['closing curly quote', 'She said “it sank.” Then she left.', ['She said “it sank.”', 'Then she left.']],
  ['quote and bracket', 'He left (as planned.\') Later he came back.', ['He left (as planned.\')', 'Later he came back.']],
  ['digit after', 'Turnout was low. 41 people came.', ['Turnout was low.', '41 people came.']],
  ['opening quote after', 'It rained. “Stay in,” said Olan Brisk.', ['It rained.', '“Stay in,” said Olan Brisk.']],
  ['lower case after: no end', 'It was late. and then it rained.', ['It was late. and then it rained.']],
  ['initial before a surname', 'Then Piet K. Varro spoke.', ['Then Piet K. Varro spoke.']],
  ['initials before a prosecutor\'s office', '“He lied,” Assistant U.S. Attorney Mara Quell told jurors.', ['“He lied,” Assistant U.S. Attorney Mara Quell told jurors.']],
  ['initials before a judge\'s title', 'It was, U.S. District Judge Ivo Renn said, too late.', ['It was, U.S. District Judge Ivo Renn said, too late.']],
  ['initials before a court', 'The filing reached the U.S. Bankruptcy Court in Tolvey.', ['The filing reached the U.S. Bankruptcy Court in Tolvey.']],
  ['initials end before a common word that names nothing', 'She moved to the U.S. Later she came back.', ['She moved to the U.S.', 'Later she came back.']],
  ['initial ends before a common word', 'The ship was named after Plan B. The crew agreed.', ['The ship was named after Plan B.', 'The crew agreed.']],
  ['initials naming a body a few words on: no end', 'Brovik recalled 9,000 kettles, the U.S. Consumer Product Safety Commission said.', ['Brovik recalled 9,000 kettles, the U.S. Consumer Product Safety Commission said.']],
  ['initials, a body joined by "and": no end', 'The U.S. Securities and Exchange Commission fined Talmor.', ['The U.S. Securities and Exchange Commission fined Talmor.']],
  ['initials, a body of three words: no end', 'Fennick wrote to the U.K. Civil Aviation Authority on Monday.', ['Fennick wrote to the U.K. Civil Aviation Authority on Monday.']],
  ['initials before a new sentence of common words', 'Sales slowed in the U.S. Consumer spending fell.', ['Sales slowed in the U.S.', 'Consumer spending fell.']],
  ['initials before a new sentence, a body later in it', 'Sales slowed in the U.S. Consumer groups blamed the Trade Commission.', ['Sales slowed in the U.S.', 'Consumer groups blamed the Trade Commission.']],
];

for (const [label, text, expected] of CASES) {
  test(`sentence ends: ${label}`, () => assert.deepEqual(sentencesOf(text), expected));
}
