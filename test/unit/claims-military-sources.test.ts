// Who sources a figure in defence and security news: the bodies of armed forces speak on the record
// ("the armed forces said", "the regional command said", "the general staff said", "the garrison said"),
// an unnamed body or role with the place it is in speaks as a whole ("Police in Varn said", never the
// place), and a text described by a participle's phrase speaks for itself ("The review, drawn up by …,
// says"). Run with `node --import tsx --test test/unit/claims-military-sources.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';

const FORCES: ClaimRow[] = [
  {
    label: '"The armed forces said" is a firm source',
    body: 'The armed forces said 16 soldiers were wounded near Pellis.',
    claims: [{ text: '16 soldiers were wounded', sourced: 'yes', source: 'The armed forces' }],
  },
  {
    label: 'a side\'s command speaks for that side',
    body: 'The northern command said 6 of its fighters had died in the raid.',
    claims: [{ text: '6 of its fighters had died', sourced: 'yes', source: 'The northern command' }],
  },
  {
    label: 'the general staff speaks on the record',
    body: 'The general staff said 22 drones were shot down overnight.',
    claims: [{ text: '22 drones were shot down', sourced: 'yes', source: 'The general staff' }],
  },
  {
    label: 'an alliance speaks on the record',
    body: 'The alliance said 1,400 troops would rotate through the Kessen base.',
    claims: [{ text: '1,400 troops would rotate', sourced: 'yes', source: 'The alliance' }],
  },
  {
    label: 'a garrison speaks on the record',
    body: 'The garrison said 30 shells hit the airfield at Dorn.',
    claims: [{ text: '30 shells hit', sourced: 'yes', source: 'The garrison' }],
  },
  {
    label: 'a militia speaks on the record',
    body: 'The militia said 9 of its members were captured.',
    claims: [{ text: '9 of its members were captured', sourced: 'yes', source: 'The militia' }],
  },
  {
    label: 'hospital staff speak as doctors do',
    body: 'Hospital staff said 19 of the injured needed surgery.',
    claims: [{ text: '19 of the injured needed surgery', sourced: 'yes', source: 'Hospital staff' }],
  },
];

const PLACED: ClaimRow[] = [
  {
    label: 'police in a place speak, not the place',
    body: 'Police in Varnby said 8 people were arrested.',
    claims: [{ text: '8 people were arrested', sourced: 'yes', source: 'Police in Varnby' }],
  },
  {
    label: 'doctors in a place speak, not the place',
    body: 'Doctors in Selk said 27 people were treated for burns.',
    claims: [{ text: '27 people were treated', sourced: 'yes', source: 'Doctors in Selk' }],
  },
  {
    label: 'a modified role in a place keeps its modifier',
    body: 'Local officials in Morrow said 5 bridges were closed.',
    claims: [{ text: '5 bridges were closed', sourced: 'yes', source: 'Local officials in Morrow' }],
  },
  {
    label: 'guard: a named body in a place is the body',
    body: 'Tarn Hospital in Selk said 27 people were treated for burns.',
    claims: [{ text: '27 people were treated', sourced: 'yes', source: 'Tarn Hospital' }],
  },
];

const DESCRIBED: ClaimRow[] = [
  {
    label: 'an assessment "prepared by" its authors speaks for itself',
    body: 'The assessment, prepared by the Joint Analysis Cell, says the force includes 260 tanks.',
    claims: [{ text: '260 tanks', sourced: 'yes', source: 'The assessment' }],
  },
  {
    label: 'a review "drawn up by" officials speaks for itself',
    body: 'The review, drawn up by defence officials, says 45 helicopters are grounded.',
    claims: [{ text: '45 helicopters are grounded', sourced: 'yes', source: 'The review' }],
  },
  {
    label: 'guard: a person backed by a body still speaks',
    body: 'Oda Venn, backed by the union, said 300 posts would go.',
    claims: [{ text: '300 posts would go', sourced: 'yes', source: 'Oda Venn' }],
  },
];

testClaimRows('Fictional defence report', [['armed forces bodies', FORCES], ['bodies in a place', PLACED], ['described texts', DESCRIBED]]);

const QUOTES: { label: string; body: string; speaker: string }[] = [
  { label: 'police in a place speak the quote', body: '“The road is not safe,” police in Varnby said.', speaker: 'police in Varnby' },
  { label: 'rescuers in a place speak the quote', body: 'Rescuers in Selk said: “We have reached the last house.”', speaker: 'Rescuers in Selk' },
];

for (const row of QUOTES) {
  test(`military speakers of quotes: ${row.label}`, () => {
    const a = analyzeText(`Fictional defence report\n\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker);
  });
}
