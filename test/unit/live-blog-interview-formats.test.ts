// Labelled articles in two formats: live blogs (timestamped entries "14:32 BST", "Updated 11:45 AM ET") and
// Q&A / interview transcripts ("Q:" / "A:" turns after an introduction that names who talks to whom).
// Rules: a time zone after a clock time is no organisation (pipeline/entity-nonnames.ts); "X spoke to Y" /
// "X sat down with Y" makes the subject X the one interviewed, and a "Q:" turn is a question whatever it ends
// in, so its figures are never the answerer's (pipeline/interview-answers.ts); a social media handle before a
// speech verb ("@vellmarkpolls wrote:") speaks, an e-mail address does not (pipeline/speakers.ts).
// Run with `node --import tsx --test test/unit/live-blog-interview-formats.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { entityRowTests, type EntityRow } from './entity-rows';

// ---- Time zones after a live blog's clock times -------------------------------------------------------------
const ENTITY_ROWS: EntityRow[] = [
  {
    label: 'a live blog entry stamped "01:12 BST": the zone is no organisation',
    body: '01:12 BST\nCivic Alliance has won 31 of the 50 seats declared in Vellmark so far.',
    has: [{ text: 'Civic Alliance', type: 'ORG' }],
    lacks: ['BST'],
  },
  {
    label: 'an "Updated 11:45 AM ET" line: neither half is a name',
    body: 'Updated 11:45 AM ET\n\nJudge Helena Marsh thanked the jurors in Tarnby.',
    has: [{ text: 'Helena Marsh', type: 'PERSON' }],
    lacks: ['AM ET', 'ET'],
  },
  {
    label: 'guard: an acronym after a clock time that is no time zone stays a body',
    body: 'By 10:30 NATO had moved two ships into the Skarn strait, Mira Olsen said.',
    has: [{ text: 'NATO', type: 'ORG' }],
  },
  {
    label: 'guard: a zone-like acronym with no clock time before it is left to the other rules',
    body: 'The EST board met Mira Olsen in Tarnby on Monday, and EST said it would reply.',
    has: [{ text: 'EST' }],
  },
];

entityRowTests('live blog time zones', 'Storm Edda live', ENTITY_ROWS);

// ---- Who answers in a Q&A ------------------------------------------------------------------------------------
interface Row {
  label: string;
  text: string;
  /** claim text → [sourced, source text or null] */
  want: Record<string, [string, string | null]>;
}

const CLAIM_ROWS: Row[] = [
  {
    label: '"X spoke to Y" in the introduction: X, the subject, answers, not Y who asked',
    text: 'Housing in Tarnby\n\nHousing Minister Anna Strand spoke to Tomas Reiter about rents. The interview has been edited for length.\n\nQ: Is the government failing renters?\nA: No. We have cut waiting lists by 9,000 families since 2023.\n\nQ: Will you cap rents?\nA: About 60% of tenants support a cap.\n',
    want: { '9,000 families': ['yes', 'Anna Strand'], 'About 60% of tenants support': ['yes', 'Anna Strand'] },
  },
  {
    label: '"X sat down with Y": the subject answers',
    text: 'Dock strike vote\n\nUnion leader Ivo Brandt sat down with Clara Voss after the vote. The interview has been condensed.\n\nWhat did the members decide?\n\nWe balloted 4,000 members and 81% backed the strike.\n\nHow long will it last?\n\nWe have funds for about 6 weeks.\n',
    want: { 'balloted 4,000 members': ['yes', 'Ivo Brandt'] },
  },
  {
    label: 'guard: "We spoke to X" still makes X the one asked',
    text: 'Dock strike vote\n\nWe spoke to union leader Ivo Brandt after the vote. The interview has been condensed.\n\nWhat did the members decide?\n\nWe balloted 4,000 members and 81% backed the strike.\n\nHow long will it last?\n\nWe have funds for about 6 weeks.\n',
    want: { 'balloted 4,000 members': ['yes', 'Ivo Brandt'] },
  },
  {
    label: 'a "Q:" turn that ends in a full stop is still the question: its figure is not the answerer\'s',
    text: 'Housing in Tarnby: an interview\n\nWe spoke to Housing Minister Anna Strand about rents.\n\nQ: Is the government failing renters?\nA: We have cut waiting lists by 9,000 families since 2023.\n\nQ: Rents in Tarnby rose 14% last year.\nA: We will build 40,000 homes by 2028.\n\nQ: Thank you, Minister.\nA: Thank you.\n',
    want: { 'rose 14%': ['no', null], 'build 40,000 homes': ['yes', 'Anna Strand'] },
  },
  {
    label: 'guard: an answer turn "A:" that ends in a full stop stays the answer',
    text: 'Housing in Tarnby: an interview\n\nWe spoke to Housing Minister Anna Strand about rents.\n\nQ: Is the government failing renters?\nA: We have cut waiting lists by 9,000 families since 2023.\n\nQ: What comes next?\nA: We will build 40,000 homes by 2028.\n',
    want: { '9,000 families': ['yes', 'Anna Strand'] },
  },
];

// ---- A handle speaks ---------------------------------------------------------------------------------------
const LIVE = 'Election live\n\nVoters queued in Tarnby on Thursday as polls opened across the region.\n\n00:12 BST\n';
CLAIM_ROWS.push(
  {
    label: 'an embedded post "@handle wrote:" sources its figure',
    text: LIVE + '@vellmarkpolls wrote: Our exit poll gives Civic Alliance 44% of the vote.\n',
    want: { '44% of the vote': ['yes', '@vellmarkpolls'] },
  },
  {
    label: 'a handle with an underscore after its role ("The pollster @vellmark_polls said")',
    text: LIVE + 'The pollster @vellmark_polls said turnout was 68%.\n',
    want: { '68%': ['yes', '@vellmark_polls'] },
  },
  {
    label: 'guard: an e-mail address before "said" is no speaker',
    text: LIVE + 'A reader who wrote to mira@tarnby said 12% of readers had no power.\n',
    want: { '12% of readers had no power': ['no', null] },
  },
);

test('live blog: an embedded post "@handle wrote: “…”" is the handle\'s quote', () => {
  const a = analyzeText(LIVE + '@TarnbyCouncil wrote: "The Tarnby bridge is closed in both directions."\n');
  assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['@TarnbyCouncil']);
});

for (const row of CLAIM_ROWS) {
  test(`Q&A: ${row.label}`, () => {
    const a = analyzeText(row.text);
    const got = Object.fromEntries(a.claims.map((c) => [c.text, [c.sourced, c.source?.text ?? null]]));
    for (const [claim, want] of Object.entries(row.want)) assert.deepEqual(got[claim], want, `${claim} (claims: ${JSON.stringify(got)})`);
  });
}
