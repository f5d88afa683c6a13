// Labelled sentences for names with two particles before the surname ("Pieter van der Hoeven", "Lucía de la
// Vega") and for a particle written capitalised where no given name precedes it ("Mr. Van der Hoeven", "De Souza
// said" opening a sentence): the whole name is one mention, and the short forms join the full name.
// Run with `node --import tsx --test test/unit/entity-name-particles.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

interface Row { label: string; body: string; mention: string; owner: string; apart?: boolean }

const ROWS: Row[] = [
  {
    label: '"van der" inside a full name keeps the surname whole',
    body: 'The talks were chaired by the envoy Pieter van der Hoeven on Tuesday.',
    mention: 'Pieter van der Hoeven', owner: 'Pieter van der Hoeven',
  },
  {
    label: '"de la" inside a full name keeps the surname whole',
    body: 'The diplomat Lucía Marín de la Vega chaired an earlier round.',
    mention: 'Lucía Marín de la Vega', owner: 'Lucía Marín de la Vega',
  },
  {
    label: '"von der" inside a full name keeps the surname whole',
    body: 'The minister Anke von der Lahr pledged new money for wells.',
    mention: 'Anke von der Lahr', owner: 'Anke von der Lahr',
  },
  {
    label: 'the surname with both particles later joins the full name',
    body: 'Pieter van der Hoeven chaired the talks. Later van der Hoeven said the gaps were narrow.',
    mention: 'van der Hoeven', owner: 'Pieter van der Hoeven',
  },
  {
    label: 'a sentence opened by "Van der" keeps the capitalised particle and joins the full name',
    body: 'Pieter van der Hoeven chaired the talks. Van der Hoeven is a former minister.',
    mention: 'Van der Hoeven', owner: 'Pieter van der Hoeven',
  },
  {
    label: '"de la" before a one-word surname with no given name joins the full name',
    body: 'Lucía de la Vega spoke first. Afterwards de la Vega said the money would help.',
    mention: 'de la Vega', owner: 'Lucía de la Vega',
  },
  {
    label: 'a title and a capitalised "Van der" join the full name',
    body: 'Pieter van der Hoeven chaired the talks. Mr. Van der Hoeven declined to comment.',
    mention: 'Van der Hoeven', owner: 'Pieter van der Hoeven',
  },
  {
    label: 'a title and a capitalised single particle join the full name',
    body: 'Rui van Tessel chaired the talks. Mr. Van Tessel declined to comment.',
    mention: 'Van Tessel', owner: 'Rui van Tessel',
  },
  {
    label: 'a sentence opened by a capitalised particle keeps it: "De Souza said"',
    body: 'The pilot Marta de Sorvas landed the plane. De Sorvas said the wind had dropped.',
    mention: 'De Sorvas', owner: 'Marta de Sorvas',
  },
  {
    label: 'a two-word Arabic surname opened by "Abu" joins the full name',
    body: 'The northern side is led by Deputy Minister Karim Abu Tarek, who accused the council of stalling. Abu Tarek said more farmers had left.',
    mention: 'Abu Tarek', owner: 'Karim Abu Tarek',
  },
  {
    label: 'a two-word Arabic surname opened by "Ibn" joins the full name',
    body: 'A ministry spokeswoman, Nadia Ibn Saleh, denied the figure. Ibn Saleh said the river was full.',
    mention: 'Ibn Saleh', owner: 'Nadia Ibn Saleh',
  },
  {
    label: 'guard: "Abu" and a surname is another person than one of that surname without it',
    body: 'Omar Tarek met the council on Monday. Abu Tarek said more farmers had left.',
    mention: 'Abu Tarek', owner: 'Omar Tarek', apart: true,
  },
  {
    label: 'guard: a number word opening a sentence is no particle ("Ten …")',
    body: 'Ten Velmarian towns joined the pact on Friday.',
    mention: 'Velmarian', owner: 'Velmarian',
  },
];

for (const row of ROWS) {
  test(`name particles: ${row.label}`, () => {
    const text = `Harbour news\n${row.body}\n`;
    const a = analyzeText(text);
    const m = a.mentions.find((x) => x.text === row.mention);
    assert.ok(m, `a mention "${row.mention}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text))})`);
    const owner = a.mentions.find((x) => x.text === row.owner);
    assert.ok(owner, `a mention "${row.owner}"`);
    if (row.apart) assert.notEqual(m.local, owner.local, `"${row.mention}" is not "${row.owner}"`);
    else assert.equal(m.local, owner.local, `"${row.mention}" is "${row.owner}"`);
  });
}
