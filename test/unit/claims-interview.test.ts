// Labelled articles for interview answers (server/src/core/pipeline/interview-answers.ts): a figure in an
// answer is the interviewee's, while news that asks a question in passing keeps its unsourced figures.
// Run with `node --import tsx --test test/unit/claims-interview.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

interface Row {
  label: string;
  text: string;
  /** claim text → [sourced, source text or null] */
  want: Record<string, [string, string | null]>;
}

const INTRO = 'Ferry founder Ana Lorcan interviewed by the Valley Gazette\n\nThe Valley Gazette interviewed the founder of Tarvel Ferries, Ana Lorcan, after a year in which 40 boats were laid up across the region.\n\n';
const TURNS = 'How did the company start?\n\nWe bought two old boats at a harbour auction. Today we carry over 3 million passengers a year.\n\nWhat comes next for your yard?\n\nOur yard will build 12 new ferries by 2030, said Kara Velt, the yard manager, who sat in on the talk.\n';

const rows: Row[] = [
  {
    label: 'an answer\'s figure is the interviewee\'s; the writer\'s introduction and an answer\'s own attribution keep theirs',
    text: INTRO + TURNS,
    want: { '40 boats were laid up': ['no', null], 'over 3 million passengers a year': ['yes', 'Ana Lorcan'], 'build 12 new ferries': ['yes', 'Kara Velt'] },
  },
  {
    label: 'an interview named "an interview with" in the headline, the person right after it answers',
    text: 'An interview with harbour pilot Ben Orrin on the winter storms\n\nThe storms closed the port for a week.\n\nWhat was the worst night?\n\nWe towed 14 trawlers off the rocks in one night.\n\nWhat did the insurers say?\n\nThey paid out about 2 million euros.\n',
    want: { 'towed 14 trawlers off the rocks': ['yes', 'Ben Orrin'], 'about 2 million euros': ['yes', 'Ben Orrin'] },
  },
  {
    label: 'news that asks two questions in passing is no interview: its figures stay unsourced',
    text: 'Port Braces for Winter\n\nIs the port ready for the storms?\n\nThe harbour lost 30 moorings last winter.\n\nWill the new wall hold?\n\nThe wall cost 9 million euros to build.\n',
    want: { 'lost 30 moorings': ['no', null], 'cost 9 million euros': ['no', null] },
  },
  {
    label: 'an interview whose opening names several people and none as the one asked gives its figures to nobody',
    text: 'Inside the Tarvel boatyard: an interview about the winter\n\nThe yard, run by Ben Orrin and Kara Velt, lost its roof in March.\n\nHow bad was the damage?\n\nWe lost 14 hulls under the roof.\n\nWhat happens now?\n\nWe need 3 million euros to rebuild.\n',
    want: { 'lost 14 hulls': ['no', null], 'need 3 million euros': ['no', null] },
  },
  {
    label: 'a picture credit in the opening ("image: X") names the photographer, not a second person: the one person quoted answers',
    text: 'The harbour after the storm\n\n"We will rebuild every pier." Ana Lorcan image: Tomas Reyes.\n\nMayor, do you think the port can reopen this year?\n\nWe have repaired 14 piers so far.\n\nWhat will the work cost you?\n\nWe need about 3 million euros from the state.\n\nHow long will you wait for it?\n\nThe state has promised the money within weeks.\n',
    want: { 'repaired 14 piers': ['yes', 'Ana Lorcan'], 'need about 3 million euros': ['yes', 'Ana Lorcan'] },
  },
];

for (const row of rows) {
  test(`interview: ${row.label}`, () => {
    const a = analyzeText(row.text);
    const got = Object.fromEntries(a.claims.map((c) => [c.text, [c.sourced, c.source?.text ?? null]]));
    for (const [claim, want] of Object.entries(row.want)) assert.deepEqual(got[claim], want, `${claim} (claims: ${JSON.stringify(got)})`);
  });
}
