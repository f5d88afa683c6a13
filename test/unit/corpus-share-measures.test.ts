/**
 * "Find corroborating source" for figures of one measure under other words and of other measures under
 * alike figures: percentages of different measures (turnout / a share of the vote, unemployment /
 * inflation) are related only and rank below one of the claim's own measure; homes "completed" are the
 * homes "built"; two exact figures under verbs of two measures back each other only when equal; a passage
 * that revises the claim's figure away conflicts with it. Fictional articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { shareFamilies, sharesClash } from '../../server/src/core/corpus/share-measure';
import { isRevisedFigure } from '../../server/src/core/corpus/revised-figure';

interface Row { label: string; target: string; others: Record<string, string>; expected: [string, string, string][] }

const ROWS: Row[] = [
  {
    label: 'the jobless rate ranks above an equal inflation figure',
    target: 'Jobs\nUnemployment in Vardia rose to 6.1% in May, the statistics office said.\n',
    others: { prices: 'Prices\nInflation in Vardia rose to 6.1% in May.\n', labour: 'Labour\nThe jobless rate in Vardia climbed to 6.1% in May.\n' },
    expected: [['labour', '6.1%', 'related'], ['prices', '6.1%', 'related']],
  },
  {
    label: 'a share of the vote equal to the turnout ranks below a passage of turnout',
    target: 'Vote\nTurnout in Tallis was 61% on Sunday, officials said.\n',
    others: { share: 'Tallis\nThe Greenward party won 61% of the vote in Tallis on Sunday.\n', turn: 'Turnout\nAbout 61% of voters in Tallis cast a ballot on Sunday.\n' },
    expected: [['turn', 'About 61% of voters', 'related'], ['share', 'won 61% of the vote', 'related']],
  },
  {
    label: 'a precise share of one measure under two words backs the claim',
    target: 'Jobs\nUnemployment in Vardia reached 6.13% in May.\n',
    others: { labour: 'Labour\nThe jobless rate in Vardia stood at 6.13% in May.\n' },
    expected: [['labour', '6.13%', 'supports']],
  },
  {
    label: 'homes completed back homes built; homes approved near that figure do not',
    target: 'Homes\nBuilders in Ostrel built 30,000 homes last year, the ministry said.\n',
    others: { done: 'Housing\nSome 30,000 homes were completed in Ostrel last year.\n', permits: 'Permits\nOfficials approved 29,800 homes in Ostrel last year.\n' },
    expected: [['done', 'Some 30,000 homes were completed', 'supports'], ['permits', 'approved 29,800 homes', 'related']],
  },
  {
    label: 'an open figure under another verb still covers a precise one',
    target: 'Farm\nInspectors removed 301 sheep from the Dorrel farm in April.\n',
    others: { seized: 'Seized\nInspectors seized more than 300 sheep from the Dorrel farm in April.\n' },
    expected: [['seized', 'seized more than 300 sheep', 'supports']],
  },
  {
    label: 'a passage that revises the claim\'s share away conflicts with it, above a mere restatement',
    target: 'Vote\nThe Greenward party won 54.2% of the vote in Tallis, the commission said.\n',
    others: { revised: 'Tallis\nThe Greenward party\'s share of the vote was revised to 52.9%, down from 54.2%, the commission said.\n' },
    expected: [['revised', '54.2%', 'conflicts'], ['revised', '52.9%', 'related']],
  },
  {
    label: 'the revised figure itself backs a claim of it',
    target: 'Vote\nThe Greenward party won 52.9% of the vote in Tallis, the commission said.\n',
    others: { revised: 'Tallis\nThe Greenward party\'s share of the vote was revised to 52.9%, down from 54.2%, the commission said.\n' },
    expected: [['revised', '52.9%', 'supports'], ['revised', '54.2%', 'related']],
  },
  {
    label: 'a level that changed, with no word of revising, is no revision',
    target: 'Vote\nThe Greenward party won 54.2% of the vote in Tallis at the last election.\n',
    others: { fell: 'Poll\nThe Greenward party\'s share of the vote fell to 52.9%, down from 54.2% at the last election.\n' },
    expected: [['fell', '54.2%', 'supports'], ['fell', '52.9%', 'related']],
  },
];

for (const row of ROWS) {
  test(`share measures: ${row.label}`, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    for (const [id, text] of Object.entries(row.others)) c.set(id, text, 1);
    assert.equal(c.get('target')!.analysis.claims.length, 1, 'the target article\'s claims');
    assert.deepEqual(c.corroborations('target', 0).map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
  });
}

const CLASHES: [string, string[], string, string[], boolean][] = [
  ['turnout', [], 'vote', [], true], ['unemployment', [], 'rate', ['jobless', 'rate'], false], ['inflation', [], 'unemployment', [], true],
  ['approval', [], 'percent', ['disapproval', 'cabinet'], true], ['percent', ['economy', 'grew'], 'inflation', [], false],
  ['percent', ['turnout', 'vote'], 'vote', [], false],
];
for (const [ca, ta, cb, tb, clash] of CLASHES) {
  test(`share measures: "${ca}" (${ta.join(' ')}) and "${cb}" (${tb.join(' ')}) ${clash ? 'are' : 'are not'} two measures`, () =>
    assert.equal(sharesClash(shareFamilies(ca, ta), shareFamilies(cb, tb)), clash));
}

const REVISED: [string, string, boolean][] = [
  ['The count was revised to 1,240, up from 1,180.', '1,180', true],
  ['The count was revised to 1,240, up from 1,180.', '1,240', false],
  ['The count rose to 1,240, up from 1,180.', '1,180', false],
  ['The agency corrected its estimate from an initial 312 to 290.', '312', true],
];
for (const [text, figure, revised] of REVISED) {
  test(`share measures: in "${text}" ${figure} ${revised ? 'is' : 'is not'} a figure revised away`, () => {
    const terms = text.toLowerCase().match(/[a-z]+/g) ?? [];
    assert.equal(isRevisedFigure(terms, text, text.indexOf(figure)), revised);
  });
}
