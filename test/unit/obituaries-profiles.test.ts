// Obituaries, profiles and feature interviews: the family an obituary or a profile counts is no claim ("the second
// of four children", "She survives him, as do … seven grandchildren": figure-roles.ts householdCount), nor is a
// small count of a person's own terms, posts or works ("served two terms", "has held nine jobs", "wrote two
// books": career-counts.ts), while larger career figures stay claims. A household's pets named in a list after an
// owner's or a count's noun are no persons ("two cats, Pepper and Moss": entity-animals.ts), unless the name is a
// person's surname in the article; a relative named by a
// given name after a word of kin, or a person after a role in "-man", has that gender for a later "he"/"she"
// ("her husband, Marten", "the fisherman Tor Alm": speaker-resolve.ts); "Midfielder" before a name is a position,
// as "Goalkeeper" was (model/lexicon.ts). A relative named in passing after a possessive of the pronoun's gender
// ("her mother, Karin, a nurse") is no later "she": the pronoun goes on with the person "her" stands for. Titles
// listed after works and their topic ("wrote two books on teaching, "Letters in the Dark" and …") are nobody's
// words (quote-work-titles.ts). "She was born Mira Lund" after "Mira Olsen" is her birth name, one person
// (entity-birth-names.ts bornAsOf). An award's name runs on past "for"/"of" and a field's word ("the Kellberg
// Prize for Education", "the Order of the Northern Star": entity-award-names.ts). A given name in apposition to an
// owned word of kin is a person ("Holt's husband, Per, handles …": entity-kin-appositions.ts); a name in a disease's
// eponym is no entity ("Parkinson's disease": entity-eponym-terms.ts); "Nordic" is a region's adjective, like
// "European" (model/lexicon.ts). "Mr Venn" after "Harald Venn" and "his daughter, Greta Venn" is Harald: the only
// namesake not known to be a woman (entity-titled-surnames.ts pickByGender). A feature interview's "she spoke to
// Nils Orme" names the one who asks after the verb: the answers are hers (interview-answers.ts). A name with an
// apposition calling it a vessel is a ship's ("the Brenna Star, the largest car ferry ever launched": entity-vessels.ts).
// Run with `node --import tsx --test test/unit/obituaries-profiles.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';
import { type ClaimRow, testClaimRows } from './claim-rows';
import { type EntityRow, entityRowTests } from './entity-rows';
import { type SpeakerRow, speakerRowTests } from './speaker-rows';

const FAMILY: ClaimRow[] = [
  {
    label: 'a place among siblings is no claim: "the second of four children"',
    body: 'Krag grew up in Harsted, the second of four children.',
    claims: [],
  },
  {
    label: '"She survives him, as do their three children …; seven grandchildren" lists the family left behind',
    body: 'She survives him, as do their three children, Greta, Nils and Sofie; seven grandchildren; and a great-grandson.',
    claims: [],
  },
  {
    label: '"who survives him, along with two grandchildren"',
    body: 'In 1981 he married the singer Lotta Fjell, who survives him, along with two grandchildren.',
    claims: [],
  },
  {
    label: '"Their daughter, Mia, and two grandchildren survive" (a verb after the count)',
    body: 'Their daughter, Mia, and two grandchildren survive.',
    claims: [],
  },
  {
    label: 'guard: things listed after an owner stay counted when harmed ("Their house, the barn and three tractors burned")',
    body: 'Their house, the barn and three tractors burned.',
    claims: [{ text: 'three tractors burned', sourced: 'no' }],
  },
  {
    label: 'guard: a count of children harmed stays a claim',
    body: 'Lena Dahl was the second of four children killed on the crossing.',
    claims: [{ text: 'four children killed', sourced: 'no' }],
  },
  {
    label: 'guard: a count of children a school takes stays a claim',
    body: 'The Velby school took in 40 children from Harsted this year.',
    claims: [{ text: '40 children', sourced: 'no' }],
  },
];

const CAREER: ClaimRow[] = [
  {
    label: 'a person\'s own terms are no claim: "He served two terms on Tarnby town council"',
    body: 'He served two terms on Tarnby town council.',
    claims: [],
  },
  {
    label: 'a person\'s own posts: "she has held nine jobs at the firm"',
    body: 'Over 27 years she has held nine jobs at the firm.',
    claims: [],
  },
  {
    label: 'a person\'s own works: "Olsen wrote two books on teaching"',
    body: 'Olsen wrote two books on teaching.',
    claims: [],
  },
  {
    label: 'guard: a larger career figure stays a claim ("taught more than 1,500 pupils")',
    body: 'She spent 41 years at Velby Primary School, where she taught more than 1,500 pupils.',
    claims: [{ text: 'taught more than 1,500 pupils', sourced: 'no' }],
  },
  {
    label: 'guard: jobs a body cuts stay a claim',
    body: 'The company lost its biggest client and cut 300 jobs.',
    claims: [{ text: 'cut 300 jobs', sourced: 'no' }],
  },
];

testClaimRows('Harald Venn, Shipbuilder, Dies at 84', [['family counts', FAMILY], ['career counts', CAREER]]);

const PETS: EntityRow[] = [
  {
    label: 'pets listed after a count\'s noun are no persons: "two cats, Pepper and Moss"',
    body: 'Elin Brask married Tor Alm in 2001. They live with two cats, Pepper and Moss.',
    has: [{ text: 'Tor Alm', type: 'PERSON' }],
    lacks: ['Moss'],
  },
  {
    label: 'a pet after an owner\'s noun at a sentence end: "her dog, Bruno."',
    body: 'Mira Olsen is survived by her husband, Jonas Olsen, and her dog, Bruno. Bruno is twelve.',
    has: [{ text: 'Jonas Olsen', type: 'PERSON' }],
    lacks: ['Bruno'],
  },
  {
    label: 'guard: a pet named like its owner leaves the owner a person ("Lena Marbles … four dogs, Marbles, Kermit and Peach")',
    body: 'Lena Marbles films her videos in Velby. Marbles lives there with her four dogs, Marbles, Kermit and Peach.',
    has: [{ text: 'Lena Marbles', type: 'PERSON' }, { text: 'Marbles', type: 'PERSON' }],
  },
  {
    label: 'guard: a name right after a plural animal noun is no pet ("how many elephants Hannibal took")',
    body: 'The quiz asked how many elephants Hannibal took over the Alps.',
    has: [{ text: 'Hannibal', type: 'PERSON' }],
  },
  {
    label: 'guard: a person after "the dog walker," is no pet',
    body: 'The family thanked their dog walker, Ada Moss.',
    has: [{ text: 'Ada Moss', type: 'PERSON' }],
  },
  {
    label: 'guard: people listed after a count of people stay persons',
    body: 'She has two sons, Peter and Erik Olsen.',
    has: [{ text: 'Erik Olsen', type: 'PERSON' }],
  },
];

const POSITIONS: EntityRow[] = [
  {
    label: '"Midfielder" before a name is a position, not part of the name',
    body: 'Midfielder Otto Hale, 55, went on to coach the under-21 team.',
    has: [{ text: 'Otto Hale', type: 'PERSON' }],
    lacks: ['Midfielder'],
  },
  {
    label: 'guard: "Goalkeeper" before a name as before',
    body: 'Goalkeeper Rasmus Vik, 58, played for the club until 2003.',
    has: [{ text: 'Rasmus Vik', type: 'PERSON' }],
    lacks: ['Goalkeeper'],
  },
];

const KIN_GENDER: SpeakerRow[] = [
  {
    label: 'a "she" skips the husband named by a given name after "her husband,"',
    body: 'Sofie Krag runs Corvane Systems, a software firm in Tarnby. She has two children with her husband, Marten, an architect.\n\nShe recalls the crisis of 2009. "That was the worst year of my life," she says.',
    speaker: 'she', cue: 'says', entity: 'Sofie Krag',
  },
  {
    label: 'a "she" skips a man named after a role in "-man": "the fisherman Tor Alm"',
    body: 'The painter Elin Brask lives on Skarv. Brask married the fisherman Tor Alm in 2001.\n\n"Tor does not care about art," she says.',
    speaker: 'she', cue: 'says', entity: 'Elin Brask',
  },
  {
    label: 'guard: a "he" still takes the husband',
    body: 'Sofie Krag runs Corvane Systems, a software firm in Tarnby. She has two children with her husband, Marten, an architect.\n\n"I do the cooking," he says.',
    speaker: 'he', cue: 'says', entity: 'Marten',
  },
  {
    label: 'guard: a word of kin before a full stop says nothing of the next sentence\'s name ("his mother and sister. Peter Birk")',
    body: 'Ada Holm found the boat. Police spoke to his mother and sister. Peter Birk had left the harbour at dawn.\n\n"He was always careful," she said.',
    speaker: 'she', cue: 'said', entity: 'Ada Holm',
  },
  {
    label: 'guard: a "she" takes the wife named after "his wife,"',
    body: 'Harald Venn built ferries in Tarnby. He married Ada Holm in 1964.\n\nHis wife, Ada, spoke at the launch. "He never stopped talking about ships," she said.',
    speaker: 'she', cue: 'said', entity: 'Ada Holm',
  },
];

const RELATIVES_IN_PASSING: SpeakerRow[] = [
  {
    label: 'a "she" goes on with the profile\'s subject past "her mother, Karin, a nurse"',
    body: 'Sofie Krag runs Corvane Systems, a software firm in Tarnby. Her father, Olaf, was a fisherman; her mother, Karin, a nurse.\n\n"I learned to work from them," she says.',
    speaker: 'she', cue: 'says', entity: 'Sofie Krag',
  },
  {
    label: 'guard: a relative who speaks is the "she" ("her daughter, Greta, said")',
    body: 'Mira Olsen taught in Velby for 41 years. Her daughter, Greta, said the family was grateful. "She loved every pupil," she said.',
    speaker: 'she', cue: 'said', entity: 'Greta',
  },
  {
    label: 'guard: a relative who is the subject of a verb is the "he" ("His son, Tor Venn, is a guard … and he said")',
    body: 'Harald Venn coached the Tarnby side for 19 seasons. His son, Tor Venn, is a guard for Velby and he said he was proud. "My dad is ready," he said.',
    speaker: 'he', cue: 'said', entity: 'Tor Venn',
  },
  {
    label: 'guard: "his wife, Ada" for a "she" is no relative of a "she"',
    body: 'Harald Venn built ferries in Tarnby. His wife, Ada, was a teacher.\n\n"He never stopped talking about ships," she said.',
    speaker: 'she', cue: 'said', entity: 'Ada',
  },
];

const AWARDS: EntityRow[] = [
  {
    label: 'an award\'s name runs on past "for" and a field: "the Kellberg Prize for Education"',
    body: 'Olsen won the Kellberg Prize for Education in 1985.',
    has: [{ text: 'Kellberg Prize for Education' }],
  },
  {
    label: '"the Order of the Northern Star" is one name, no person "Order"',
    body: 'Venn was awarded the Order of the Northern Star in 2001.',
    has: [{ text: 'Order of the Northern Star' }],
  },
  {
    label: 'an order\'s name after "of" is its own: "a Knight of the Order of Velby"',
    body: 'Pell founded the Velby Quartet. He was made a Knight of the Order of Velby in 2005.',
    has: [{ text: 'Order of Velby' }],
  },
  {
    label: 'guard: a winner after "for" is no part of the award ("the Tessel Trophy for Velby")',
    body: 'Orrel Marine sponsored the Tessel Trophy for Velby in 2004.',
    has: [{ text: 'Tessel Trophy' }],
  },
  {
    label: 'guard: the body that gives an award stays its own name ("the Lifetime Award of the Velby Rowing Club")',
    body: 'Dahl received the Lifetime Award of the Velby Rowing Club in 2019.',
    has: [{ text: 'Lifetime Award' }, { text: 'Velby Rowing Club', type: 'ORG' }],
  },
  {
    label: 'guard: "Prize money for Velby" opening a sentence is no award',
    body: 'Prize money for Velby Rowing Club rose to 40,000 crowns.',
    has: [{ text: 'Velby Rowing Club', type: 'ORG' }],
  },
];

const KIN_APPOSITIONS: EntityRow[] = [
  {
    label: 'a given name after an owned word of kin is a person: "Holt\'s husband, Per, handles the accounts"',
    body: 'Karin Holt runs Brenna. Holt\'s husband, Per, handles the farm\'s accounts. Per is 60.',
    has: [{ text: 'Per', type: 'PERSON' }],
  },
  {
    label: 'guard: a firm after "its partner," stays a firm',
    body: 'Corvane Systems signed a deal with its partner, Halden Analytics, on Monday.',
    has: [{ text: 'Halden Analytics', type: 'ORG' }],
  },
];

const EPONYMS: EntityRow[] = [
  {
    label: 'a name in a disease\'s eponym is no entity: "Parkinson\'s disease", and "his Parkinson\'s" after it',
    body: 'Pell, who had Parkinson\'s disease, died on Friday. His Parkinson\'s had worsened since 2020.',
    has: [{ text: 'Pell', type: 'PERSON' }],
    lacks: ['Parkinson', 'Parkinson\'s had'],
  },
  {
    label: 'guard: a place before "\'s disease" and another noun stays ("Velby\'s disease rate")',
    body: 'Health officials in Velby said Velby\'s disease rate rose in 2024.',
    has: [{ text: 'Velby' }],
  },
  {
    label: 'guard: a person with the surname stays a person',
    body: 'Nils Parkinson, a nurse in Velby, spoke to the council.',
    has: [{ text: 'Nils Parkinson', type: 'PERSON' }],
  },
];

const REGIONS: EntityRow[] = [
  {
    label: '"Nordic" before a noun is a region\'s adjective, no organisation',
    body: 'Corvane Systems has 40% of the Nordic market for port software.',
    has: [{ text: 'Corvane Systems', type: 'ORG' }, { text: 'Nordic', type: 'NORP' }],
  },
  {
    label: 'guard: "the Nordic Council" stays a body',
    body: 'The Nordic Council met in Velby on Monday.',
    has: [{ text: 'Nordic Council', type: 'ORG' }],
  },
];

const VESSELS: EntityRow[] = [
  {
    label: 'a name an apposition calls a vessel is no person: "the Brenna Star, the largest car ferry ever launched"',
    body: 'The yard built 46 vessels, including the Brenna Star, the largest car ferry ever launched in Tarnby.',
    has: [{ text: 'Tarnby', type: 'LOC' }],
    lacks: ['Brenna Star'],
  },
  {
    label: 'guard: "Ada Holm, the ferry captain," stays a person',
    body: 'Ada Holm, the ferry captain, said the crossing was calm.',
    has: [{ text: 'Ada Holm', type: 'PERSON' }],
  },
  {
    label: 'guard: a place before "the ferry\'s next port of call" stays a place',
    body: 'The crew will be landed at Velby in Orrland, the ferry\'s next port of call.',
    has: [{ text: 'Orrland' }],
  },
  {
    label: 'guard: "Skarv, a ferry ride away," stays a name',
    body: 'The painter lives on Skarv, a ferry ride away from Tarnby.',
    has: [{ text: 'Skarv' }],
  },
];

entityRowTests('vessels', 'Harald Venn, Shipbuilder, Dies at 84', VESSELS);
entityRowTests('kin appositions', 'The Reluctant Mayor', KIN_APPOSITIONS);
entityRowTests('eponyms', 'Jonas Pell Obituary', EPONYMS);
entityRowTests('regions', 'The Quiet Engineer', REGIONS);
entityRowTests('awards', 'Harald Venn, Shipbuilder, Dies at 84', AWARDS);
entityRowTests('pets', 'Olsen Family Mourns Teacher', PETS);
entityRowTests('positions', 'Where Are They Now: the Tarnby Cup Team', POSITIONS);
speakerRowTests('kin gender', 'The Quiet Engineer', KIN_GENDER, 'last');
speakerRowTests('relatives in passing', 'The Quiet Engineer', RELATIVES_IN_PASSING, 'last');

// Each quote's kind, in order.
const WORKS: { label: string; body: string; kinds: QuoteKind[] }[] = [
  {
    label: 'titles after works and their topic are scare quotes: "wrote two books on teaching, "X" and "Y""',
    body: 'Olsen wrote two books on teaching, "Letters in the Dark" and "The Patient Classroom".',
    kinds: ['scare', 'scare'],
  },
  {
    label: 'the same with "a memoir about": "Venn wrote a memoir about the yard, "Steel and Salt""',
    body: 'Venn wrote a memoir about the yard, "Steel and Salt", in 2008.',
    kinds: ['scare'],
  },
  {
    label: 'guard: words a writer sends after "wrote to" stay her quote',
    body: 'Olsen wrote to the head of the school, "Please Come Home Now," she said.',
    kinds: ['direct'],
  },
];

for (const row of WORKS) {
  test(`works: ${row.label}`, () => {
    const a = analyzeText(`Mira Olsen, 1938-2026\n${row.body}\n`);
    assert.deepEqual(a.quotes.map((q) => q.kind), row.kinds);
  });
}

// The entity each name joins.
const JOINS: { label: string; body: string; joins: [string, string][] }[] = [
  {
    label: '"She was born Mira Lund" after "Mira Olsen" is her birth name',
    body: 'Mira Olsen, a teacher, has died aged 87. She was born Mira Lund in Harsted in 1938.',
    joins: [['Mira Lund', 'Mira Olsen']],
  },
  {
    label: 'guard: another given name after "was born" is another person',
    body: 'Mira Olsen, a teacher, has died aged 87. Her sister was born Greta Lund in 1940.',
    joins: [['Greta Lund', 'Greta Lund']],
  },
  {
    label: 'guard: "was born in" a place joins nobody',
    body: 'Mira Olsen, a teacher, has died aged 87. She was born in Harsted in 1938.',
    joins: [['Harsted', 'Harsted']],
  },
];

JOINS.push(
  {
    label: '"Mr Venn" is the one namesake not known to be a woman ("Harald Venn … his daughter, Greta Venn")',
    body: 'Harald Venn, who ran the Tarnby yard, died on Tuesday. His daughter, Greta Venn, said he had been ill. Mr Venn left school at 15.',
    joins: [['Venn', 'Harald Venn']],
  },
  {
    label: 'guard: two namesakes of unknown gender leave "Mr Venn" alone',
    body: 'Harald Venn, who ran the Tarnby yard, died on Tuesday. His brother, Tor Venn, said he had been ill. Mr Venn left school at 15.',
    joins: [['Venn', 'Venn']],
  },
);

for (const row of JOINS) {
  test(`joins: ${row.label}`, () => {
    const a = analyzeText(`Mira Olsen, 1938-2026\n${row.body}\n`);
    for (const [text, entity] of row.joins) {
      const m = a.mentions.find((x) => x.text === text);
      assert.ok(m, `a mention "${text}"`);
      assert.equal(a.entities[m!.local].name, entity, `entity of "${text}"`);
    }
  });
}

// Who an interview's answers' figures belong to.
const QA = '\n\nQ: Why did you stay on the island?\n\nA: Because the light never stays the same. I have sold 400 paintings since 1990.\n\nQ: Does the money matter?\n\nA: Not really. About 70% of it goes to my grandchildren.\n';
const ANSWERS: { label: string; text: string; source: string }[] = [
  {
    label: '"In this interview she spoke to Nils Orme": the asker follows the verb; the answers are the painter\'s',
    text: 'Salt and Silence at Velby\n\nThe painter Elin Brask, 71, has spent half a century on Skarv. In this interview she spoke to Nils Orme.' + QA,
    source: 'Elin Brask',
  },
  {
    label: '"She talks to Nils Orme": a pronoun subject is the one named before it, the one after asks',
    text: 'Ten questions for the painter of Skarv\n\nThe painter Elin Brask, 71, has spent half a century on Skarv. She talks to Nils Orme in this interview.' + QA,
    source: 'Elin Brask',
  },
  {
    label: 'guard: "an interview with Elin Brask" in the headline names the one who answers, as before',
    text: 'An interview with Elin Brask\n\nThe painter has spent half a century on Skarv. Nils Orme asked the questions.' + QA,
    source: 'Elin Brask',
  },
];

for (const row of ANSWERS) {
  test(`interview answers: ${row.label}`, () => {
    const a = analyzeText(row.text);
    assert.deepEqual(a.claims.map((c) => [c.text, c.sourced, c.source?.text ?? null]), [['sold 400 paintings', 'yes', row.source], ['About 70%', 'yes', row.source]]);
  });
}
