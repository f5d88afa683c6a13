// Labelled sentences for four readings of who speaks a quote and what cues it:
//   - a finding's relative clause ("ignoring a 2021 survey that rated the wall “in poor condition”"): the
//     survey speaks through its verb, not the main clause's subject with "accused" (quote-finder-clause.ts);
//     "a report by the Velm Institute that called …": the author after "by" speaks; "ignoring residents who
//     called …": the antecedent of "who" speaks, cut after "of ignoring" (quote-speaker.ts whoAntecedent);
//   - a participle phrase that opens the sentence ("Describing the plan as “reckless”, Olsen said"): the
//     participle is the cue, the main clause's subject speaks (quote-opening-frame.ts); a participle far
//     from its subject ("…, concluding that … “…”") keeps its own cue, not an earlier "described … as"; a
//     later quote past the quote a "described … as" framed has no cue from it ("… as “…” for the town, so that …
//     “…”"), or the naming participle between them ("…, calling the price “…”"); a second complement stays framed;
//   - a nickname in marks between a given name and a surname ("Ilse “Wrenn” Moravec") is part of the
//     name, one PERSON, and its marks nobody's words (entity-name-nicknames.ts);
//   - a headline quote before "Q&A With X" / "An Interview With X" is X's (quote-headline.ts).
// Guards keep the near misses as they were. Run with
// `node --import tsx --test test/unit/quotes-finders-frames.test.ts`.
// All text is written for this file; people, bands, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Harbour Wall Gives Way';

interface Row { label: string; headline?: string; body: string; quote: string; kind: QuoteKind; speaker: string | null; cue: string | null }

const ROWS: Row[] = [
  // ── a finding's relative clause speaks ──
  { label: 'a survey that rated X “…”', body: 'Mira Olsen accused the council of ignoring a 2021 survey that rated the wall "in poor condition".', quote: 'in poor condition', kind: 'partial', speaker: 'a 2021 survey', cue: 'rated' },
  { label: 'a report that described X as “…”', body: 'Mira Olsen accused the council of ignoring a report that described the quay as "unsafe for heavy lorries".', quote: 'unsafe for heavy lorries', kind: 'partial', speaker: 'a report', cue: 'described … as' },
  { label: 'an audit which called X “…”', body: 'Mira Olsen accused the council of ignoring an audit which called the scheme "a waste of money".', quote: 'a waste of money', kind: 'partial', speaker: 'an audit', cue: 'called' },
  { label: 'guard: a finding with no relative clause leaves the subject speaking', body: 'Mira Olsen said the report was ignored and called the decision "a scandal".', quote: 'a scandal', kind: 'partial', speaker: 'Mira Olsen', cue: 'called' },
  { label: 'guard: a report that said: “…” with no object stays the citer\'s', body: 'Mira Olsen cited a survey that said: "The wall will not last another winter."', quote: 'The wall will not last another winter.', kind: 'direct', speaker: 'Mira Olsen', cue: 'said' },
  { label: 'a report by X that called Y “…”: the author after "by" speaks', body: 'Mira Olsen accused the council of ignoring a report by the Velm Institute that called the plan "reckless".', quote: 'reckless', kind: 'partial', speaker: 'Velm Institute', cue: 'called' },
  { label: 'guard: a speech (no finding) by X that called Y “…” stays as it was', body: 'Mira Olsen praised a speech by Tomas Reiter that called the plan "reckless".', quote: 'reckless', kind: 'partial', speaker: 'Mira Olsen', cue: 'called' },
  { label: 'guard: a report by X that said: “…” with no object stays the citer\'s', body: 'Mira Olsen cited a report by the Velm Institute that said: "The wall will not last."', quote: 'The wall will not last.', kind: 'direct', speaker: 'Mira Olsen', cue: 'said' },
  // ── a "who" clause's antecedent speaks ──
  { label: 'of ignoring residents who called X “…”: the antecedent speaks', body: 'Mira Olsen accused the council of ignoring residents who called the wall "a danger".', quote: 'a danger', kind: 'partial', speaker: 'residents', cue: 'called' },
  { label: 'the head of nursing who called X “…”: the phrase ends before "who" (no gerund to cut at)', body: 'Mira Olsen thanked the head of nursing who called the ward "a model".', quote: 'a model', kind: 'partial', speaker: 'the head of nursing', cue: 'called' },
  { label: 'guard: a comma before "who" leaves the subject speaking', body: 'Mira Olsen accused the council of ignoring older residents, who called the wall "a danger".', quote: 'a danger', kind: 'partial', speaker: 'Mira Olsen', cue: 'called' },
  { label: 'guard: a broker grade after "rated" stays a label', body: 'Corvel analysts issued a report that rated the shares "buy" on Monday.', quote: 'buy', kind: 'scare', speaker: null, cue: null },
  // ── a participle phrase opening the sentence ──
  { label: 'Describing X as “…”, Y said', body: 'Describing the plan as "reckless", Mira Olsen said the council would vote against it.', quote: 'reckless', kind: 'partial', speaker: 'Mira Olsen', cue: 'Describing … as' },
  { label: 'Describing X as one that had been “…,” Y explained', body: 'Describing the flood as one that had been "years in the making," Mira Olsen explained the plan.', quote: 'years in the making,', kind: 'partial', speaker: 'Mira Olsen', cue: 'Describing … as' },
  { label: 'Calling X “…”, Y walked out (no speech verb after)', body: 'Calling the vote "a farce", Mira Olsen walked out of the chamber.', quote: 'a farce', kind: 'partial', speaker: 'Mira Olsen', cue: 'Calling' },
  {
    label: '…, concluding that … “…”: the participle far from its subject keeps its cue',
    body: 'Harbour master Ines Kral described the storm season as "the worst in living memory" and went through the damage berth by berth, from the cracked slipway at the north quay to the flooded net lofts behind the fish market, the two moorings torn loose on Tuesday night and the crane that had stood idle since the spring, concluding that unless the council found money for repairs before the winter gales returned, the quay would no longer be "safe for any boat bigger than a dinghy."',
    quote: 'safe for any boat bigger than a dinghy.', kind: 'partial', speaker: 'Ines Kral', cue: 'concluding',
  },
  // ── a second quote after a "described … as" that framed the first ──
  { label: 'a later quote past more than a joining word has no "described … as" cue', body: 'Mira Olsen described the cuts as "a heavy price" for the town, so that its children might one day grow up in "a place that still has a library".', quote: 'a place that still has a library', kind: 'partial', speaker: 'Mira Olsen', cue: null },
  { label: 'a naming participle between them is the later quote\'s cue', body: 'Tomas Reiter described the deal as "a steal" on Tuesday, calling the price "absurdly low".', quote: 'absurdly low', kind: 'partial', speaker: 'Tomas Reiter', cue: 'calling' },
  { label: 'guard: a second complement joined by "and" stays framed', body: 'Mira Olsen described the cuts as "a heavy price" and "cruel".', quote: 'cruel', kind: 'partial', speaker: 'Mira Olsen', cue: 'described … as' },
  { label: 'guard: a second "as" stays framed', body: 'Mira Olsen described the cuts as "a heavy price" and the timing as "cruel".', quote: 'cruel', kind: 'partial', speaker: 'Mira Olsen', cue: 'described … as' },
  { label: 'guard: "said in a statement that … “…” and would “…”" keeps its cue', body: 'Ines Kral, the harbour master, said in a statement that the port "regrets the damage" and would "rebuild the quay by spring."', quote: 'rebuild the quay by spring.', kind: 'partial', speaker: 'Ines Kral', cue: 'said in a statement' },
  { label: 'guard: a participle of no speech keeps the main verb', body: 'Walking past the yard, Mira Olsen called the plan "reckless".', quote: 'reckless', kind: 'partial', speaker: 'Mira Olsen', cue: 'called' },
  { label: 'guard: a perfect participle frame stays as it was', body: 'Having described the plan as "reckless" last year, Mira Olsen now backs it.', quote: 'reckless', kind: 'scare', speaker: null, cue: null },
  // ── a headline quote before "Q&A With X" ──
  { label: '“…”: Q&A With Band\'s Name', headline: '"I Never Thought It Would Sell": Q&A With Nightjar\'s Pell', body: 'The singer talks about the new record.', quote: 'I Never Thought It Would Sell', kind: 'direct', speaker: 'Pell', cue: null },
  { label: '“…”: An Interview With Role Name', headline: '"We Kept Every Ferry Running": An Interview With Harbour Master Ines Kral', body: 'She looks back on ten years at the port.', quote: 'We Kept Every Ferry Running', kind: 'direct', speaker: 'Ines Kral', cue: null },
  { label: 'guard: “…”: Band Sign With Label names no interview', headline: '"Songs for the Ferry": Nightjar Sign With Orrel Records', body: 'The band will release its album in May.', quote: 'Songs for the Ferry', kind: 'direct', speaker: null, cue: null },
  // ── a quoted word that is no nickname inside a name stays a quote ──
  { label: 'guard: a quoted title after a given name and a verb', body: 'Nightjar singer Ilse said "Wrenn" was her favourite track.', quote: 'Wrenn', kind: 'partial', speaker: 'Ilse', cue: 'said' },
];

for (const row of ROWS) {
  test(`finders and frames: ${row.label}`, () => {
    const a = analyzeText(`${row.headline ?? HEADLINE}\n${row.body}\n`);
    const q = a.quotes.find((x) => x.text === row.quote);
    assert.ok(q, `quote ${row.quote}`);
    assert.equal(q.kind, row.kind, 'kind');
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(q.cue, row.cue, 'cue');
  });
}

// A nickname between a given name and a surname: one PERSON, its marks a scare quote (nobody's words); guards
// keep the pieces and the quote's reading.
const NAME_ROWS: { label: string; body: string; person: string; quotes: string[] }[] = [
  { label: 'Given "Nick" Surname', body: 'Ilse "Wrenn" Moravec said the band would tour again.', person: 'Ilse "Wrenn" Moravec', quotes: ['Wrenn: scare'] },
  { label: 'Given “Nick” Surname (curly), surname alone later', body: 'Jonas “Pell” Ekdahl told reporters the album was finished. Ekdahl said the tour "starts in May."', person: 'Jonas “Pell” Ekdahl', quotes: ['Pell: scare', 'starts in May.: partial'] },
  { label: 'Given “Two Words” Surname', body: 'Ilse “Big Wrenn” Moravec said the band would tour again.', person: 'Ilse “Big Wrenn” Moravec', quotes: ['Big Wrenn: scare'] },
  { label: 'guard: no given name before the marks', body: 'The ferry "Wrenn" Moravec bought last year sank.', person: 'Moravec', quotes: ['Wrenn: scare'] },
  { label: 'guard: a lower-case word in the marks', body: 'Ilse "wrenn" Moravec said the band would tour again.', person: 'Moravec', quotes: ['wrenn: partial'] },
];

for (const row of NAME_ROWS) {
  test(`nickname inside a name: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.ok(a.mentions.some((m) => m.type === 'PERSON' && m.text === row.person), `PERSON ${row.person}: ${a.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(a.quotes.map((q) => `${q.text}: ${q.kind}`), row.quotes, 'quotes');
  });
}

// The one interviewed, named last in an interview headline after a possessive ("Q&A With Nightjar's Pell"): a
// one-word name there is a PERSON, not a body (entity-interviewees.ts); guards keep a body's own word, a name with
// no possessive before it and a headline that names no interview.
const INTERVIEWEE_ROWS: { label: string; headline: string; name: string; type: string }[] = [
  { label: 'Q&A With Band\'s Name', headline: '"I Never Thought It Would Sell": Q&A With Nightjar\'s Pell', name: 'Pell', type: 'PERSON' },
  { label: 'An Interview With Town\'s Name', headline: '"We Kept Going": An Interview With Tarnby\'s Ostrava', name: 'Ostrava', type: 'PERSON' },
  { label: 'guard: no possessive before the name', headline: '"I Never Thought It Would Sell": Q&A With Pell', name: 'Pell', type: 'ORG' },
  { label: 'guard: no interview before "With"', headline: '"Songs for the Ferry": Nightjar Sign With Tarnby\'s Ostrava', name: 'Ostrava', type: 'ORG' },
];

for (const row of INTERVIEWEE_ROWS) {
  test(`interview headline: ${row.label}`, () => {
    const a = analyzeText(`${row.headline}\nThe singer talks about the new record.\n`);
    const m = a.mentions.find((x) => x.text === row.name);
    assert.equal(m?.type ?? null, row.type, a.mentions.map((x) => `${x.text}:${x.type}`).join(' | '));
  });
}
