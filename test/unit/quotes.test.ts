// Labelled sentences for quotations, their speaker and cue (pipeline stage 4) through analyzeText.
// Run with `node --import tsx --test test/unit/quotes.test.ts`.
// Each row is a small article: a headline line, then the body given in the row. All text is
// written for this file; people, places and outlets are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

interface ExpectedQuote {
  /** The text between the marks (marks excluded). */
  text: string;
  kind?: QuoteKind;
  cue?: string | null;
  /** The speaker phrase as written ("she", "the spokeswoman"), or null for no speaker. */
  speaker?: string | null;
  /** Name of the document-local entity the speaker resolves to, or null (unnamed / none). */
  entity?: string | null;
  unclosed?: boolean;
}

interface Row {
  label: string;
  body: string;
  /** Every quote of the article, in order. */
  quotes: ExpectedQuote[];
  todo?: string;
}

const ORTIZ = { speaker: 'Lena Ortiz', entity: 'Lena Ortiz' };
const IDLE = 'The cranes will stay idle until we get a fair deal';

const ROWS: Row[] = [
  // ── the attribution patterns of news copy ──
  {
    label: '“…,” X said',
    body: `“${IDLE},” Lena Ortiz said.`,
    quotes: [{ text: `${IDLE},`, kind: 'direct', cue: 'said', ...ORTIZ, unclosed: false }],
  },
  {
    label: 'X said, “…”',
    body: `Lena Ortiz said, “${IDLE}.”`,
    quotes: [{ text: `${IDLE}.`, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'X said: “…” (colon)',
    body: 'Lena Ortiz said: “We are not going anywhere.”',
    quotes: [{ text: 'We are not going anywhere.', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” said X (inverted cue)',
    body: `“${IDLE},” said Lena Ortiz.`,
    quotes: [{ text: `${IDLE},`, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” X told the paper',
    body: `“${IDLE},” Lena Ortiz told the Harbour Gazette.`,
    quotes: [{ text: `${IDLE},`, kind: 'direct', cue: 'told', ...ORTIZ }],
  },
  {
    label: 'X told the paper: “…”',
    body: 'Lena Ortiz told the Harbour Gazette: “We are not going anywhere.”',
    quotes: [{ text: 'We are not going anywhere.', kind: 'direct', cue: 'told', ...ORTIZ }],
  },
  {
    label: '“…,” X said in a statement',
    body: '“The vote was overwhelming,” Lena Ortiz said in a statement.',
    quotes: [{ text: 'The vote was overwhelming,', kind: 'direct', cue: 'said in a statement', ...ORTIZ }],
  },
  {
    label: 'X said in a statement: “…”',
    body: 'Lena Ortiz said in a statement: “The vote was overwhelming.”',
    quotes: [{ text: 'The vote was overwhelming.', kind: 'direct', cue: 'said in a statement', ...ORTIZ }],
  },
  {
    label: '“…,” X added',
    body: '“We are not going anywhere,” Lena Ortiz added.',
    quotes: [{ text: 'We are not going anywhere,', kind: 'direct', cue: 'added', ...ORTIZ }],
  },
  {
    label: 'X, who …, said: “…” (relative clause between name and cue)',
    body: 'Lena Ortiz, who leads the dockers union, said: “We are not going anywhere.”',
    quotes: [{ text: 'We are not going anywhere.', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” X, who …, said (relative clause after the quote)',
    body: '“We are not going anywhere,” Lena Ortiz, who leads the dockers union, said.',
    quotes: [{ text: 'We are not going anywhere,', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” Outlet quoted X as saying: the speaker is the person quoted, not the outlet',
    body: '“We are not going anywhere,” the Harbour Gazette quoted Lena Ortiz as saying.',
    quotes: [{ text: 'We are not going anywhere,', kind: 'direct', cue: 'quoted … as saying', ...ORTIZ }],
  },
  {
    label: 'Outlet quoted X as saying: “…”',
    body: 'The Harbour Gazette quoted Lena Ortiz as saying: “We are not going anywhere.”',
    quotes: [{ text: 'We are not going anywhere.', kind: 'direct', ...ORTIZ }],
  },
  {
    label: 'According to X, “…”',
    body: 'According to Lena Ortiz, “the cranes will stay idle until the owners return to the table.”',
    quotes: [{ text: 'the cranes will stay idle until the owners return to the table.', cue: 'according to', ...ORTIZ }],
  },
  {
    label: '“…,” according to X',
    body: '“The cranes will stay idle,” according to Lena Ortiz.',
    quotes: [{ text: 'The cranes will stay idle,', cue: 'according to', ...ORTIZ }],
  },
  // ── resolving who speaks ──
  {
    label: '"said <Club> boss X": "boss" is a title, so the person after it speaks, not the club',
    body: '“It was a poor afternoon,” said Harbury boss Lena Ortiz.',
    quotes: [{ text: 'It was a poor afternoon,', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '"said <short club name> boss X" after the club was named in full: still the person speaks',
    body: 'Harbury Rovers lost at home.\n\n“It was a poor afternoon,” said Rovers boss Lena Ortiz.',
    quotes: [{ text: 'It was a poor afternoon,', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'pronoun speaker resolves to the person named just before',
    body: 'Lena Ortiz spoke first. Then Marco Bellini, the owners’ negotiator, arrived. “There is no more money,” he said.',
    quotes: [{ text: 'There is no more money,', kind: 'direct', cue: 'said', speaker: 'he', entity: 'Marco Bellini' }],
  },
  {
    label: '"she" skips a man named in between and resolves to the woman',
    body: 'Lena Ortiz leads the union. Marco Bellini speaks for the owners. “We will not be bullied,” she said.',
    quotes: [{ text: 'We will not be bullied,', cue: 'said', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  {
    label: '"X read a statement …:" before a quote of several paragraphs: X speaks every paragraph',
    body: 'At a meeting in Tarvo on Tuesday, Lena Ortiz read a statement on behalf of the union:\n\n“We will not go back.\n\n“We ask the board to talk.”',
    quotes: [
      { text: 'We will not go back.', kind: 'direct', cue: 'read a statement', ...ORTIZ },
      { text: 'We ask the board to talk.', kind: 'direct', cue: 'read a statement', ...ORTIZ },
    ],
  },
  {
    label: 'a role before the name ("A union spokeswoman, Lena Ortiz, said") is what "the spokeswoman" refers to',
    body: 'A union spokeswoman, Lena Ortiz, said the vote was close.\n“Talks have stalled,” the spokeswoman said.',
    quotes: [{ text: 'Talks have stalled,', kind: 'direct', cue: 'said', speaker: 'the spokeswoman', entity: 'Lena Ortiz' }],
  },
  {
    label: 'an apposition with a role noun that is no title ("a researcher with …") is what "the researcher" refers to',
    body: 'Lena Ortiz, a researcher with the Port Safety Observatory (PSO), said her team had counted the crates.\n“Nobody checked the cranes,” the researcher said.',
    quotes: [{ text: 'Nobody checked the cranes,', kind: 'direct', cue: 'said', speaker: 'the researcher', entity: 'Lena Ortiz' }],
  },
  {
    label: 'title speaker ("the spokeswoman") resolves to the person the apposition introduced',
    body: 'Lena Ortiz, a spokeswoman for the Dockworkers Federation, spoke on Monday.\n“Talks have stalled,” the spokeswoman said.',
    quotes: [{ text: 'Talks have stalled,', kind: 'direct', cue: 'said', speaker: 'the spokeswoman', entity: 'Lena Ortiz' }],
  },
  {
    label: 'unnamed speaker is kept as text with no entity',
    body: '“Nobody has been paid since March,” a senior port official said.',
    quotes: [{ text: 'Nobody has been paid since March,', kind: 'direct', cue: 'said', speaker: 'a senior port official', entity: null }],
  },
  {
    label: 'unnamed speaker with an everyday noun ("a rescuer")',
    body: '“We searched the hold twice,” a rescuer said.',
    quotes: [{ text: 'We searched the hold twice,', kind: 'direct', cue: 'said', speaker: 'a rescuer', entity: null }],
  },
  {
    label: 'a second quote in the same paragraph keeps the speaker of the first',
    body: '“The vote was overwhelming,” Ortiz said. “The owners know where to find us.”',
    quotes: [
      { text: 'The vote was overwhelming,', cue: 'said', speaker: 'Ortiz', entity: 'Ortiz' },
      { text: 'The owners know where to find us.', kind: 'direct', speaker: 'Ortiz', entity: 'Ortiz' },
    ],
  },
  // ── cue phrases as news copy writes them ──
  {
    label: 'a hedge before the verb is part of the cue ("reportedly told")',
    body: 'Lena Ortiz reportedly told the owners the union would “stay out until spring.”',
    quotes: [{ text: 'stay out until spring.', kind: 'partial', cue: 'reportedly told', ...ORTIZ }],
  },
  {
    label: '“…,” X told reporters: the audience is part of the cue',
    body: '“We are not going anywhere,” Lena Ortiz told reporters outside the gate.',
    quotes: [{ text: 'We are not going anywhere,', cue: 'told reporters', ...ORTIZ }],
  },
  {
    label: 'X responded by saying that … “…”',
    body: 'Lena Ortiz runs the union. She responded by saying that the offer was “an insult.”',
    quotes: [{ text: 'an insult.', kind: 'partial', cue: 'responded by saying', speaker: 'She', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a noun "call" is not a cue: the speaker of the reported speech around it is',
    body: 'Lena Ortiz said the minister made it clear during the phone call that “the port must reopen.”',
    quotes: [{ text: 'the port must reopen.', cue: 'said', ...ORTIZ }],
  },
  // ── partial quotes whose speaker is elsewhere in the sentence or paragraph ──
  {
    label: 'partial quote with the speaker at the end of the sentence (“…” …, X said)',
    body: 'The port is “close to collapse” after a month of strikes, Lena Ortiz said on Monday.',
    quotes: [{ text: 'close to collapse', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'partial quote with "according to X" at the end of the sentence',
    body: 'The cranes were checked “in full” last year, according to Lena Ortiz.',
    quotes: [{ text: 'in full', kind: 'partial', cue: 'according to', ...ORTIZ }],
  },
  {
    label: 'partial quote in reported speech (X said … an “…”)',
    body: 'A senior port official said the owners’ latest offer amounts to a “total surrender.”',
    quotes: [{ text: 'total surrender.', kind: 'partial', cue: 'said', speaker: 'A senior port official', entity: null }],
  },
  {
    label: 'a longer partial quote continues the speech reported in the sentence before',
    body: 'Lena Ortiz said the union would vote again. The strike will go on unless the owners make “a serious offer on pensions.”',
    quotes: [{ text: 'a serious offer on pensions.', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a report that claimed …: the organisation behind the report speaks',
    body: 'Dock Watch published a report in May that claimed the owners had “knowingly” cut safety checks.',
    quotes: [{ text: 'knowingly', kind: 'partial', cue: 'claimed', speaker: 'Dock Watch', entity: 'Dock Watch' }],
  },
  {
    label: 'scare quote after "what X call": a name for a thing, not speech',
    body: 'What the owners call a “restructuring” cost two hundred jobs.',
    quotes: [{ text: 'restructuring', kind: 'scare', speaker: null }],
  },
  {
    label: 'scare quote inside a noun phrase (a “temporary” fence)',
    body: 'For two winters the dockers walked past a “temporary” fence of sandbags.',
    quotes: [{ text: 'temporary', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'scare quote after a speech verb of a relative clause closed before it',
    body: 'The harbourmaster, who announced the closure on Monday, inspected the “temporary” fence on Friday.',
    quotes: [{ text: 'temporary', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'scare quote after a speech verb of a clause that opens the sentence',
    body: 'After the owners confirmed the lay-offs, a “temporary” picket went up at the gate.',
    quotes: [{ text: 'temporary', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'scare quote after a passive speech verb (nobody speaks through “were told”)',
    body: 'Dockers who were told to go home now sleep in a “temporary” hall behind the terminal.',
    quotes: [{ text: 'temporary', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a “so-called” phrase is a scare quote even in reported speech',
    body: 'The owners said the so-called “rescue plan” would be published in May.',
    quotes: [{ text: 'rescue plan', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted word heading the subject of a reported clause is a scare quote (the “fix” would …)',
    body: 'Lena Ortiz said the “fix” would not stop the cranes from stalling.',
    quotes: [{ text: 'fix', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted subject after "that", its verb in the past: scare quote',
    body: 'Dockers complained that the “upgrade” failed within a week.',
    quotes: [{ text: 'upgrade', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'guard: a quoted word before a noun in reported speech stays the speaker’s (a “reckless” plan)',
    body: 'Lena Ortiz said the “reckless” plan would cost jobs.',
    quotes: [{ text: 'reckless', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'guard: a quoted predicate after a determiner stays a quote (said it was a “disaster” …)',
    body: 'Lena Ortiz said it was a “disaster” created by the owners.',
    quotes: [{ text: 'disaster', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a relative clause still open at the quote keeps its speaker',
    body: 'Lena Ortiz, who called the offer “an insult to every docker”, left the room.',
    quotes: [{ text: 'an insult to every docker', kind: 'partial', cue: 'called', ...ORTIZ }],
  },
  {
    label: 'Y quoted <place> <title> X as saying: the person speaks, not the place before the title',
    body: 'The Harbour Gazette quoted Norland Transport Minister Ilse Brandt as saying: “The port will reopen.”',
    quotes: [{ text: 'The port will reopen.', kind: 'direct', cue: 'quoted … as saying', speaker: 'Ilse Brandt', entity: 'Ilse Brandt' }],
  },
  {
    label: '“…,” said <place> government spokesman X',
    body: '“The port will reopen,” said Norland government spokesman Piet Aalders.',
    quotes: [{ text: 'The port will reopen,', kind: 'direct', cue: 'said', speaker: 'Piet Aalders', entity: 'Piet Aalders' }],
  },
  {
    label: '“…,” said the <title> of <place>, X: the person in apposition',
    body: '“We were never consulted,” said the mayor of Eastport, Karin Lindgren.',
    quotes: [{ text: 'We were never consulted,', kind: 'direct', cue: 'said', speaker: 'Karin Lindgren', entity: 'Karin Lindgren' }],
  },
  {
    label: '“…,” said one <noun>, who asked not to be named: an unnamed speaker whatever the noun',
    body: '“This is a dark day for the port,” said one stevedore, who asked not to be named.',
    quotes: [{ text: 'This is a dark day for the port,', kind: 'direct', cue: 'said', speaker: 'one stevedore', entity: null }],
  },
  {
    label: '“he” skips a name in the possessive for the person named after it',
    body: 'Governor Paul Kemp’s spokesman, Erik Lund, said the harbour was safe. Kemp’s rivals will keep up their “campaign of fear,” he told reporters.',
    quotes: [{ text: 'campaign of fear,', kind: 'partial', cue: 'told reporters', speaker: 'he', entity: 'Erik Lund' }],
  },
  {
    label: '“…,” X, a lawyer for Y, said: X speaks, not the name inside the apposition',
    body: '“We will appeal,” Ana Ruiz, a lawyer for Paul Dekker, said in an email.',
    quotes: [{ text: 'We will appeal,', kind: 'direct', cue: 'said', speaker: 'Ana Ruiz', entity: 'Ana Ruiz' }],
  },
  {
    label: 'X, <age>, <role>, told …: the name before the age speaks',
    body: 'Paul Dekker, 58, a former deputy mayor, told the court he “had no idea” the transfers were illegal.',
    quotes: [{ text: 'had no idea', kind: 'partial', cue: 'told', speaker: 'Paul Dekker', entity: 'Paul Dekker' }],
  },
  // ── speakers across sentences and paragraphs ──
  {
    label: 'X said in a statement: then a quote over several paragraphs',
    body: [
      'Lena Ortiz said in a statement:',
      '“The owners have had three months to answer.',
      '“We will not wait another three.”',
    ].join('\n\n'),
    quotes: [
      { text: 'The owners have had three months to answer.', kind: 'direct', cue: 'said in a statement', ...ORTIZ },
      { text: 'We will not wait another three.', kind: 'direct', ...ORTIZ },
    ],
  },
  {
    label: 'a pull quote above the story takes the speaker of its attributed repetition, no cue',
    body: '“We will stay at the gates for as long as it takes.”\n\nThe union voted on Monday.\n\n“We will stay at the gates for as long as it takes,” Lena Ortiz said.',
    quotes: [
      { text: 'We will stay at the gates for as long as it takes.', cue: null, ...ORTIZ },
      { text: 'We will stay at the gates for as long as it takes,', cue: 'said', ...ORTIZ },
    ],
  },
  {
    label: '"X, 54, who …, said" jumps over an age and a relative clause',
    body: 'Lena Ortiz, 54, who has led the union since 2019, said the gates would stay “shut until further notice.”',
    quotes: [{ text: 'shut until further notice.', cue: 'said', ...ORTIZ }],
  },
  {
    label: '"the union" resolves to the organisation named before with that head noun',
    body: 'The Dockworkers Union met on Sunday. In a statement, the union said it had “nothing to apologise for.”',
    quotes: [{ text: 'nothing to apologise for.', cue: 'said', speaker: 'the union', entity: 'Dockworkers Union' }],
  },
  {
    label: 'a bare surname the entity stage did not mark resolves to the person named in full',
    body: 'Marco Bellini speaks for the owners. Later, Bellini said the offer “stands as it is.”',
    quotes: [{ text: 'stands as it is.', cue: 'said', entity: 'Marco Bellini' }],
  },
  {
    label: '"he" skips a woman (title Ms) named in between',
    body: 'Marco Bellini left the talks early. Ms Ortiz stayed on. “There is no more money,” he said.',
    quotes: [{ text: 'There is no more money,', cue: 'said', speaker: 'he', entity: 'Marco Bellini' }],
  },
  // ── speaker phrases of everyday copy ──
  {
    label: 'an institution as speaker ("the coastguard said")',
    body: '“Two crew members were lifted from the deck,” the coastguard said.',
    quotes: [{ text: 'Two crew members were lifted from the deck,', cue: 'said', speaker: 'the coastguard', entity: null }],
  },
  {
    label: 'an age as speaker ("said the 41-year-old")',
    body: 'Lena Ortiz has worked the cranes since 2004. “I have never seen it this quiet,” said the 41-year-old.',
    quotes: [{ text: 'I have never seen it this quiet,', cue: 'said', speaker: 'the 41-year-old' }],
  },
  {
    label: 'an unnamed speaker with a modifier after the noun ("a source with knowledge of the talks")',
    body: '“Nobody expects a deal this week,” a source with knowledge of the talks said.',
    quotes: [{ text: 'Nobody expects a deal this week,', cue: 'said', speaker: 'a source with knowledge of the talks', entity: null }],
  },
  {
    label: 'an abbreviated title before the name ("said Dr. Ortiz")',
    body: 'Lena Ortiz treats the injured dockers. “Most of them will be home by Friday,” said Dr. Lena Ortiz.',
    quotes: [{ text: 'Most of them will be home by Friday,', cue: 'said', entity: 'Lena Ortiz' }],
  },
  {
    label: 'an adverb between the name and the cue ("X has often said")',
    body: '“The port belongs to the people who work it,” Lena Ortiz has often said.',
    quotes: [{ text: 'The port belongs to the people who work it,', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a quote after a sentence of reported speech in the same paragraph belongs to its speaker',
    body: 'Speaking to the Harbour Gazette, Lena Ortiz said the vote had been close. “We lost some friends along the way.”',
    quotes: [{ text: 'We lost some friends along the way.', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a quote that opens a sentence whose attribution closes it (“…” the plan, said X)',
    body: '“We need to set aside” the pension plan for now, said Lena Ortiz.',
    quotes: [{ text: 'We need to set aside', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a question closes its sentence: “…?” X asked',
    body: '“Who checks the people who check the cranes?” Lena Ortiz asked.',
    quotes: [{ text: 'Who checks the people who check the cranes?', cue: 'asked', ...ORTIZ }],
  },
  {
    label: 'a livelier cue verb after the quote and before the name ("enthused X")',
    body: '“The new cranes are a joy to run,” enthused Lena Ortiz, the union’s chair.',
    quotes: [{ text: 'The new cranes are a joy to run,', cue: 'enthused', ...ORTIZ }],
  },
  {
    label: 'a livelier cue verb after a pronoun ("she laughed")',
    body: 'Lena Ortiz runs the union. “Nobody reads the rota,” she laughed.',
    quotes: [{ text: 'Nobody reads the rota,', cue: 'laughed', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  {
    label: '"As X told Y, “…”": the clause opened by "as" introduces the quote',
    body: 'As Lena Ortiz told the Quayside Gazette, “The cranes will not move this week.”',
    quotes: [{ text: 'The cranes will not move this week.', cue: 'told', ...ORTIZ }],
  },
  {
    label: 'guard: a clause opened by "as" closed before a phrase keeps the quote a scare quote',
    body: 'As Lena Ortiz told the Quayside Gazette, the “temporary” fence still stands.',
    quotes: [{ text: 'temporary', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a person at a firm before the cue speaks, not the firm ("X at Y said")',
    body: 'Lena Ortiz at Harwell Shipping said the cranes were “older than the dockers who run them”.',
    quotes: [{ text: 'older than the dockers who run them', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a person of a body written with "the" before the cue speaks, not the body ("X of the Y Court said")',
    body: 'Lena Ortiz of the Harwell Port Authority said the cranes were “older than the dockers who run them”.',
    quotes: [{ text: 'older than the dockers who run them', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'the subject of the clause a colon closes speaks ("X, a role, put it bluntly: “…”")',
    body: 'Lena Ortiz, a crane driver at the port, put it bluntly: “Nobody wants to work nights.”',
    quotes: [{ text: 'Nobody wants to work nights.', kind: 'direct', cue: 'put it bluntly', ...ORTIZ }],
  },
  {
    label: 'guard: a colon after a sentence opened by no name gives no speaker',
    body: 'The notice on the gate was short: “Closed until further notice.”',
    quotes: [{ text: 'Closed until further notice.', kind: 'direct', cue: null, speaker: null }],
  },
  {
    label: 'a verb right before another quotation introduces that one, not the partial quote before it',
    body: 'Lena Ortiz said she was “appalled”, releasing a statement saying “The owners have walked away.”',
    quotes: [
      { text: 'appalled', kind: 'partial', cue: 'said', ...ORTIZ },
      { text: 'The owners have walked away.', cue: 'saying', ...ORTIZ },
    ],
  },
  {
    label: 'a livelier cue verb ("she joked")',
    body: 'Lena Ortiz runs the union. “At least the seagulls are happy,” she joked.',
    quotes: [{ text: 'At least the seagulls are happy,', cue: 'joked', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a statement as the subject of "saying"',
    body: 'The statement thanked the rescuers, saying, “Their courage saved many lives.”',
    quotes: [{ text: 'Their courage saved many lives.', cue: 'saying', speaker: 'The statement', entity: null }],
  },
  {
    label: 'a paragraph ending in "X said," then the quote in the next paragraph',
    body: 'Lena Ortiz, who leads the union, said,\n“We are not going anywhere.”',
    quotes: [{ text: 'We are not going anywhere.', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a paragraph that is only a quote continues the speaker who ended the paragraph before',
    body: '“The owners have had three months,” Lena Ortiz said.\n\n“We will not wait another three.”\n\nThe owners declined to comment.',
    quotes: [
      { text: 'The owners have had three months,', cue: 'said', ...ORTIZ },
      { text: 'We will not wait another three.', kind: 'direct', cue: null, ...ORTIZ },
    ],
  },
  {
    label: 'a quote after a paragraph of narrative is not given the speaker of an earlier quote',
    body: '“The owners have had three months,” Lena Ortiz said. The union then voted to extend the strike until the end of the month.\n\n“Everyone loses,” a banner at the gate read.',
    quotes: [
      { text: 'The owners have had three months,', cue: 'said', ...ORTIZ },
      { text: 'Everyone loses,', speaker: null },
    ],
  },
  {
    label: 'a gerund cue after the name ("with X stating: “…”")',
    body: 'Two unions signed the letter, with Lena Ortiz stating: “We speak with one voice.”',
    quotes: [{ text: 'We speak with one voice.', cue: 'stating', ...ORTIZ }],
  },
  {
    label: 'an opening mark typed where the closing one belongs still closes the quote',
    body: 'Lena Ortiz said: “We are not going anywhere.“ The owners declined to comment.',
    quotes: [{ text: 'We are not going anywhere.', cue: 'said', ...ORTIZ, unclosed: false }],
  },
  {
    label: 'a straight double mark closed by a single one after the clause\'s comma ends there, and the next quote is its own',
    body: 'Lena Ortiz stood at the gate. "We are not going anywhere,\' she said. "Nobody asked us."',
    quotes: [
      { text: 'We are not going anywhere,', cue: 'said', speaker: 'she', entity: 'Lena Ortiz', unclosed: false },
      { text: 'Nobody asked us.', unclosed: false },
    ],
  },
  {
    label: 'a straight double mark closed by a single one at the paragraph end is closed, not unclosed',
    body: 'Lena Ortiz said: "We are not going anywhere.\'',
    quotes: [{ text: 'We are not going anywhere.', cue: 'said', ...ORTIZ, unclosed: false }],
  },
  {
    label: 'a speech verb that reports no words in the sentence before ("said nothing", "did not say", "declined to comment") is no cue for the next quote',
    body: 'Lena Ortiz said nothing of the offer. “The cranes stay idle.”\n\nLena Ortiz did not say why. “We wait.”\n\nLena Ortiz declined to comment. “Nobody called us.”',
    quotes: [
      { text: 'The cranes stay idle.', cue: null, speaker: null },
      { text: 'We wait.', cue: null, speaker: null },
      { text: 'Nobody called us.', cue: null, speaker: null },
    ],
  },
  {
    label: 'guard: a speech verb that reports words in the sentence before still speaks for the next quote',
    body: 'Lena Ortiz said the offer was too low. “The cranes stay idle.”',
    quotes: [{ text: 'The cranes stay idle.', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'guard: single marks of a quote inside a double-quoted one, and apostrophes, do not close it',
    body: '"They called our offer \'a farce.\' The workers\' union will not sign," Lena Ortiz said.',
    quotes: [{ text: 'They called our offer \'a farce.\' The workers\' union will not sign,', cue: 'said', ...ORTIZ, unclosed: false }],
  },
  {
    label: '“…,” the <any noun> said: after a quote ending in a comma, a short determiner phrase speaks',
    body: 'The update closes a flaw that “could let strangers open the gates,” the software maker said in a statement.',
    quotes: [{ text: 'could let strangers open the gates,', kind: 'partial', cue: 'said in a statement', speaker: 'the software maker', entity: null }],
  },
  {
    label: 'past tense "what X called the “…”" is X’s words, not a scare quote',
    body: 'Lena Ortiz condemned what she called the “betrayal” of the dockers.',
    quotes: [{ text: 'betrayal', kind: 'partial', cue: 'called', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a quote after a sentence ending "…, said X" belongs to X',
    body: 'The strike will cost the port dearly, said Lena Ortiz, who leads the union. “Nobody wanted this.”',
    quotes: [{ text: 'Nobody wanted this.', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a possessive inside the speaker phrase after the cue ("said the union’s spokesman X")',
    body: '“The gates stay shut,” said the union’s spokesman Lena Ortiz.',
    quotes: [{ text: 'The gates stay shut,', cue: 'said', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a place before the speaker noun only modifies it ("said Harbour City police spokesperson X")',
    body: '“The gates stay shut,” said Lisbon police spokesperson Lena Ortiz.',
    quotes: [{ text: 'The gates stay shut,', cue: 'said', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a run of speaker nouns as subject of "saying" ("A government official … saying")',
    body: 'A government official dismissed the strike, saying that “nothing has changed.”',
    quotes: [{ text: 'nothing has changed.', cue: 'saying', speaker: 'A government official', entity: null }],
  },
  // ── quote marks ──
  {
    label: 'multi-paragraph quote: each paragraph opens with “, only the last closes; one speaker for all',
    body: [
      'Lena Ortiz said the owners had ignored the union for months.',
      '“We wrote to every board member in January.',
      '“We wrote again in March and heard nothing.',
      '“Now they will hear us,” she said.',
    ].join('\n'),
    quotes: [
      { text: 'We wrote to every board member in January.', kind: 'direct', speaker: 'she', entity: 'Lena Ortiz', unclosed: false },
      { text: 'We wrote again in March and heard nothing.', kind: 'direct', speaker: 'she', entity: 'Lena Ortiz', unclosed: false },
      { text: 'Now they will hear us,', kind: 'direct', cue: 'said', speaker: 'she', entity: 'Lena Ortiz', unclosed: false },
    ],
  },
  {
    label: 'multi-paragraph quote with blank lines between the paragraphs',
    body: '“We have waited long enough for the owners to listen.\n\n“We will stay at the gates until they do,” said Lena Ortiz.',
    quotes: [
      { text: 'We have waited long enough for the owners to listen.', kind: 'direct', ...ORTIZ, unclosed: false },
      { text: 'We will stay at the gates until they do,', kind: 'direct', cue: 'said', ...ORTIZ, unclosed: false },
    ],
  },
  {
    label: 'partial quote: called the collapse “entirely preventable”',
    body: 'Lena Ortiz called the collapse of the talks “entirely preventable” and left the room.',
    quotes: [{ text: 'entirely preventable', kind: 'partial', cue: 'called', ...ORTIZ }],
  },
  {
    label: 'scare quote: an “accident” with no cue has no speaker',
    body: 'What the owners call an “accident” cost the town dearly.',
    quotes: [{ text: 'accident', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'nested single quotes stay inside the double quote',
    body: '“When the manager told us ‘the money is gone’ we walked out,” said Lena Ortiz.',
    quotes: [{ text: 'When the manager told us ‘the money is gone’ we walked out,', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'straight double quotes: "…," X said',
    body: `"${IDLE}," Lena Ortiz said.`,
    quotes: [{ text: `${IDLE},`, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'straight double quotes: X said, "…"',
    body: `Lena Ortiz said, "${IDLE}."`,
    quotes: [{ text: `${IDLE}.`, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'low-high quotes („…“) as in German and Central European copy',
    body: `„${IDLE}“, said Lena Ortiz.`,
    quotes: [{ text: IDLE, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'guillemets («…»)',
    body: `Lena Ortiz said: «${IDLE}.»`,
    quotes: [{ text: `${IDLE}.`, kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  // ── institutions, statements, apposition after "quoted", common nouns taken for names ──
  {
    label: '“the council” is the council, not a person whose role mentions it',
    body: 'Councillor Mira Holt, the leader of Dunmore District Council, spoke at noon. The water was “safe to drink”, according to the council.',
    quotes: [{ text: 'safe to drink', kind: 'partial', cue: 'according to', speaker: 'the council', entity: 'Dunmore District Council' }],
  },
  {
    label: '“the regulator” is the organisation named just before, not its spokesman',
    body: 'Tarik Brenn, a spokesman for the regulator, spoke on Monday. The Port Safety Board said it had closed the berth. “We will publish every finding,” the regulator said.',
    quotes: [{ text: 'We will publish every finding,', kind: 'direct', cue: 'said', speaker: 'the regulator', entity: 'Port Safety Board' }],
  },
  {
    label: '“the Kelvish health ministry”: a phrase that holds a name is that body, not the organisation named just before',
    body: 'Fighters of the Tarn Valley Militia shelled the depot. “Two clinics are closed,” the Kelvish health ministry said. The Orvane refugee office also spoke after talks with the Brisk Mediation Group. “The camps are full,” the Orvane refugee office said.',
    quotes: [
      { text: 'Two clinics are closed,', kind: 'direct', cue: 'said', speaker: 'the Kelvish health ministry', entity: null },
      { text: 'The camps are full,', kind: 'direct', cue: 'said', speaker: 'the Orvane refugee office', entity: null },
    ],
  },
  {
    label: 'X described Y as “…”: the cue is “described … as”',
    body: 'Lena Ortiz described the new crane rota as “a recipe for accidents” on Monday.',
    quotes: [{ text: 'a recipe for accidents', kind: 'partial', cue: 'described … as', ...ORTIZ }],
  },
  {
    label: 'X described Y, a long object, as “…”: the “as” may sit far after the verb',
    body: 'Lena Ortiz described the closure of the north berth, and the cuts to the night shift that the board had planned, as “reckless and rushed”.',
    quotes: [{ text: 'reckless and rushed', kind: 'partial', cue: 'described … as', ...ORTIZ }],
  },
  {
    label: 'a cue verb inside a parenthesis is not the cue of the quote after it',
    body: 'Lena Ortiz said the old motto (which Tarik Brenn once told a hearing was his own) would be true again: “the port works when its people do.”',
    quotes: [{ text: 'the port works when its people do.', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” concluding that …: the participle’s clause is no speaker; the sentence’s subject speaks',
    body: 'Lena Ortiz asked dockers to build “a port that still works,” concluding that one day Norland might trust its harbour again.',
    quotes: [{ text: 'a port that still works,', kind: 'partial', cue: 'asked', ...ORTIZ }],
  },
  {
    label: 'Y quoted X, <apposition>, as saying: “…”',
    body: 'The Valley Tribune quoted Councillor Mira Holt, the leader of the council, as saying: “Nobody moves back until the tests are done.”',
    quotes: [{ text: 'Nobody moves back until the tests are done.', kind: 'direct', cue: 'quoted … as saying', speaker: 'Mira Holt', entity: 'Mira Holt' }],
  },
  {
    label: 'a statement from X: the paragraphs after the colon are X’s',
    body: 'The dockers’ union published a statement from its secretary, Lena Ortiz, on Sunday:\n\n“We asked for rails on the gantry.\n\n“We will not let this be called an accident.”',
    quotes: [
      { text: 'We asked for rails on the gantry.', kind: 'direct', cue: 'published a statement', ...ORTIZ },
      { text: 'We will not let this be called an accident.', kind: 'direct', ...ORTIZ },
    ],
  },
  {
    label: 'a capitalised common noun opening the sentence is an unnamed speaker',
    body: 'Neighbours say the alarm rang “for a whole hour” before anyone came.',
    quotes: [{ text: 'for a whole hour', kind: 'partial', cue: 'say', speaker: 'Neighbours', entity: null }],
  },
  {
    label: 'unbalanced opening mark closes at the paragraph end; the next paragraph is not swallowed',
    body: '“We are not going anywhere, Lena Ortiz said at the gate.\nThe owners declined to comment on Monday.',
    quotes: [{ text: 'We are not going anywhere, Lena Ortiz said at the gate.', unclosed: true }],
  },
  {
    label: 'unbalanced mark after a cue keeps its speaker and stops at the paragraph end',
    body: 'Lena Ortiz said: “We are not going anywhere.\nThe owners declined to comment, a spokesman said.',
    quotes: [{ text: 'We are not going anywhere.', kind: 'direct', cue: 'said', ...ORTIZ, unclosed: true }],
  },
  // ── labels in quotation marks: names and nicknames are nobody's words ──
  {
    label: 'a title-case name in quotation marks is a scare quote, even in reported speech',
    body: 'Lena Ortiz said the “Harbour First” scheme would cost the port its night shift.',
    quotes: [{ text: 'Harbour First', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted name after a determiner is a scare quote, even one word long',
    body: 'Lena Ortiz said she expected the “Northgate” to reopen by spring.',
    quotes: [{ text: 'Northgate', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted phrase before a feature noun ("the “…” setting") names the feature: a scare quote',
    body: 'The firm’s “quiet hours” setting will stay, Dara Pell said on Tuesday.',
    quotes: [{ text: 'quiet hours', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted lower-case word after "its" before "filter" names the filter: a scare quote',
    body: 'Nolo Tech chief Ivo Marsh said its “safe search” filter would be switched on for every pupil.',
    quotes: [{ text: 'safe search', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted word inside a noun phrase ("the “…” that followed") is a scare quote',
    body: 'Dockers said the “review” that followed the accident lasted one afternoon.',
    quotes: [{ text: 'review', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted phrase before a complement "that" clause stays the speaker\'s words',
    body: 'Lena Ortiz said the memo amounted to the “plainest admission” that the owners had cut safety checks.',
    quotes: [{ text: 'plainest admission', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a title-case name given by a naming verb is the namer\'s words ("what she called a “…”")',
    body: 'Lena Ortiz outlined what she called a “New Harbour”.',
    quotes: [{ text: 'New Harbour', kind: 'partial', cue: 'called', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  {
    label: 'a title with short lower-case words inside is a scare quote, even in reported speech',
    body: 'Lena Ortiz said the union would sell copies of “Songs of the Night Shift” at the gate.',
    quotes: [{ text: 'Songs of the Night Shift', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a product name with a lower-case prefix ("eDock") is a name, not speech',
    body: 'Lena Ortiz said the “eDock Pro” terminals failed twice a week.',
    quotes: [{ text: 'eDock Pro', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a name after a participle ("a tug called “…”") is a scare quote, whoever speaks later',
    body: 'The owners leased a tug called “Sea Mule” last winter, Lena Ortiz said.',
    quotes: [{ text: 'Sea Mule', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a name with the comma inside its marks ("named “…,”") is still a name',
    body: 'A crane, named “Big Bertha,” lifted the first box, Lena Ortiz said.',
    quotes: [{ text: 'Big Bertha,', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a title standing as its own clause with no speaker is a scare quote',
    body: 'On its new website, “The Ferry Countdown Clock”, the port lists every delay.',
    quotes: [{ text: 'The Ferry Countdown Clock', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'guard: "X called it “…”" gives the name as X\'s words',
    body: 'Lena Ortiz called it “Tide Shift” when she spoke at the gate.',
    quotes: [{ text: 'Tide Shift', kind: 'partial', cue: 'called', ...ORTIZ }],
  },
  {
    label: 'guard: a quoted clause in title case after a cue stays a quote',
    body: 'Lena Ortiz said, “We Stay Until Paid.”',
    quotes: [{ text: 'We Stay Until Paid.', kind: 'direct', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a word\'s sound after "pronounced" is a scare quote, whoever speaks in the sentence',
    body: 'Lena Ortiz said the new berth, Kjeld (pronounced “Kyel”), would open in May.',
    quotes: [{ text: 'Kyel', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a grade after "rated" is a scare quote',
    body: 'Lena Ortiz said four of the cranes are rated “unsafe to operate”.',
    quotes: [{ text: 'unsafe to operate', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'guard: a quoted adjective before its noun in reported speech is the speaker\'s word',
    body: 'Lena Ortiz said the closure was a “reckless” decision by the owners.',
    quotes: [{ text: 'reckless', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'a quoted nickname inside a name is nobody\'s words',
    body: 'Tomas “The Crane” Reiter said the strike would go on.',
    quotes: [{ text: 'The Crane', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a slogan after "the slogan" is a scare quote, even in reported speech',
    body: 'Lena Ortiz said the union would march under the slogan “ports for people” on Friday.',
    quotes: [{ text: 'ports for people', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'the words on a sign ("a sign reading “…”") are nobody\'s speech',
    body: 'Protesters held a sign reading “Closed until paid” outside the gate, Lena Ortiz said.',
    quotes: [{ text: 'Closed until paid', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'the words on a banner ("a banner that said “…”") are nobody\'s speech',
    body: 'A banner that said “Fair pay now” hung from the crane, Lena Ortiz said.',
    quotes: [{ text: 'Fair pay now', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a one-word product name after "its new" is a name, not speech',
    body: 'Harwell launched its new “Aqualine” scanner on Monday, Lena Ortiz said.',
    quotes: [{ text: 'Aqualine', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'guard: quoted words in reported speech stay the speaker\'s ("a “final offer”")',
    body: 'Lena Ortiz said the owners had made a “final offer” on Monday.',
    quotes: [{ text: 'final offer', kind: 'partial', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'guard: a message somebody sends is their words ("a message saying, “…”")',
    body: 'Lena Ortiz sent the crews a message saying, “Stay at the gate until noon.”',
    quotes: [{ text: 'Stay at the gate until noon.', kind: 'direct', ...ORTIZ }],
  },
  {
    label: 'a one-word name after a naming participle is a scare quote, whatever its case',
    body: 'The leak came from a user labelled “anon77” on a forum, Lena Ortiz said.',
    quotes: [{ text: 'anon77', kind: 'scare', cue: null, speaker: null }],
  },
  // ── short phrases with a cue but nobody to speak them ──
  {
    label: 'a plan "called “…”" with no namer is a name, not speech',
    body: 'The owners unveiled a new rota on Monday. The scheme, called “Tide Shift”, starts in June.',
    quotes: [{ text: 'Tide Shift', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'a quoted term after "what <nobody we can name> call" is a scare quote',
    body: 'Crane hire rose sharply after what the insurers call “berth risk” spread along the coast.',
    quotes: [{ text: 'berth risk', kind: 'scare', cue: null, speaker: null }],
  },
  {
    label: 'guard: a short fragment with a named speaker stays that speaker\'s words',
    body: 'Mayor Idris Pell called the plan “a disgrace”.',
    quotes: [{ text: 'a disgrace', kind: 'partial', cue: 'called', speaker: 'Idris Pell', entity: 'Idris Pell' }],
  },
  {
    label: 'guard: a short fragment after the paragraph\'s attributed quote inherits its speaker',
    body: '“We will rebuild,” Mayor Idris Pell said, promising the quay would be “open by May”.',
    quotes: [
      { text: 'We will rebuild,', kind: 'direct', cue: 'said', speaker: 'Idris Pell', entity: 'Idris Pell' },
      { text: 'open by May', kind: 'partial', speaker: 'Idris Pell', entity: 'Idris Pell' },
    ],
  },
  // ── names and verbs inside another quote are not a quote's speaker ──
  {
    label: 'she after a woman named only inside another quote: the earlier writer, named in the possessive',
    body: 'Ilse Varga wrote the opera. “Nadia sang it once and we cried,” Tomas Reiter said. Varga’s next opera is due in May. “Ask me in April,” she said.',
    quotes: [
      { text: 'Nadia sang it once and we cried,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' },
      { text: 'Ask me in April,', cue: 'said', speaker: 'she', entity: 'Ilse Varga' },
    ],
  },
  {
    label: 'guard: she after a woman named inside a quote, nobody else fits',
    body: '“I called Nadia Brill at once,” Tomas Reiter said. Later she said: “I was terrified.”',
    quotes: [
      { text: 'I called Nadia Brill at once,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' },
      { text: 'I was terrified.', cue: 'said', speaker: 'she', entity: 'Nadia Brill' },
    ],
  },
  {
    label: '“… <name> …,” he said, adding that “…”: the name inside the first quote does not speak the second',
    body: 'Lena Ortiz met the owners on Monday. “We want a future for Eastport Shipping,” she said, adding that “nobody here wants a long strike.”',
    quotes: [
      { text: 'We want a future for Eastport Shipping,', cue: 'said', speaker: 'she', entity: 'Lena Ortiz' },
      { text: 'nobody here wants a long strike.', speaker: 'she', entity: 'Lena Ortiz' },
    ],
  },
  {
    label: 'a quote after “… they answered …,” said X. takes X, not the pronoun inside the earlier quote',
    body: '“We asked for talks and they answered with lawyers,” said Lena Ortiz, who leads the union. “They told us to wait, so we waited.”',
    quotes: [
      { text: 'We asked for talks and they answered with lawyers,', cue: 'said', ...ORTIZ },
      { text: 'They told us to wait, so we waited.', cue: 'said', ...ORTIZ },
    ],
  },
  // ── speakers after the cue ──
  {
    label: 'a sentence opened by "Whereas X said," still gives X the quote after the comma',
    body: 'Whereas Lena Ortiz said, “Nobody will sign until the owners show their books.”',
    quotes: [{ text: 'Nobody will sign until the owners show their books.', cue: 'said', ...ORTIZ }],
  },
  {
    label: '“…,” said a <place> <noun> <noun>: the place only modifies an unnamed speaker',
    body: '“Orders have dried up since March,” said a Lisbon shipping broker.',
    quotes: [{ text: 'Orders have dried up since March,', cue: 'said', speaker: 'a Lisbon shipping broker', entity: null }],
  },
  {
    label: '“…,” said a <four words>.: a longer unnamed speaker closed by a full stop',
    body: '“We have not been paid since March,” said a retired dry dock welder.',
    quotes: [{ text: 'We have not been paid since March,', cue: 'said', speaker: 'a retired dry dock welder', entity: null }],
  },
  {
    label: '“…,” said <org> <title> and <title>, <name>: the person in apposition speaks',
    body: '“The terminal will reopen in May,” said Harwell President and Chief Executive Officer, Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” said the <owner>’s <title>, <name>: the person named after the role speaks',
    body: '“The terminal will reopen in May,” said the port’s chief executive, Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” said the <title> of the <place> <noun> union, <name>: the person, not the place',
    body: '“The terminal will reopen in May,” said the deputy leader of the Norland dockers union, Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” said <place> <lower-case> minister <name>: the minister speaks',
    body: '“The terminal will reopen in May,” said Norland transport minister Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” <name>, <role>. (no verb): the person named speaks, not the speaker of the quote before',
    body: '“The cranes will stay idle,” said Lena Ortiz. “Buyers are waiting for the spring models, as the new offers from the big dealers show,” Tomas Reiter, an analyst at Corvel Securities.',
    quotes: [
      { text: 'The cranes will stay idle,', cue: 'said', ...ORTIZ },
      { text: 'Buyers are waiting for the spring models, as the new offers from the big dealers show,', cue: null, speaker: 'Tomas Reiter', entity: 'Tomas Reiter' },
    ],
  },
  {
    label: 'guard: “…,” <name>, who <clause>. is no bare attribution (the clause has its own verb)',
    body: '“The cranes will stay idle until the talks resume,” Tomas Reiter, who left the port last year.',
    quotes: [{ text: 'The cranes will stay idle until the talks resume,', speaker: null }],
  },
  {
    label: '"quotes a “<label>” as saying": the quoted source\'s label is the writer\'s scare quote; the words after are a quote',
    body: 'The Harbour Gazette quotes a “port insider” as saying: “The deal was agreed weeks before the vote.”',
    quotes: [{ text: 'port insider', kind: 'scare', speaker: null }, { text: 'The deal was agreed weeks before the vote.', kind: 'direct' }],
  },
  {
    label: '“…” — <name> closing its paragraph: the name signs the quote (a byline, as under an epigraph)',
    body: 'Other sites kept the video online.\n\n“So far it is the harbour two, the council nil. But it is a long game.” — Tomas Reiter\n\nWriting later, he went further.',
    quotes: [{ text: 'So far it is the harbour two, the council nil. But it is a long game.', cue: null, speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…” — <name>, <role> closing its paragraph: the name with a short role signs the quote',
    body: 'Other sites kept the video online.\n\n“The harbour will outlast every council that tries to sell it.” — Tomas Reiter, chair of the Dellport Dockers\n\nWriting later, he went further.',
    quotes: [{ text: 'The harbour will outlast every council that tries to sell it.', cue: null, speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: 'guard: “…” — <name>, and a clause going on is no byline',
    body: 'The banner read: “The harbour will close before the council acts.” — Tomas Reiter, who voted against the plan, spoke later.',
    quotes: [{ text: 'The harbour will close before the council acts.', speaker: null }],
  },
  {
    label: '"“…,” <pronoun> went on.": the speech goes on with no speech verb; "went on" is the cue',
    body: 'Tomas Reiter spoke after the vote. “Nobody here wanted the quay sold off,” he went on.',
    quotes: [{ text: 'Nobody here wanted the quay sold off,', cue: 'went on', speaker: 'he', entity: 'Tomas Reiter' }],
  },
  {
    label: '"“…,” <name> went on to say, “…”": both pieces are the name\'s, the cue runs to the speech verb',
    body: '“Nobody here wanted the quay sold off,” Tomas Reiter went on to say, “least of all the crane drivers.”',
    quotes: [
      { text: 'Nobody here wanted the quay sold off,', cue: 'went on to say', speaker: 'Tomas Reiter' },
      { text: 'least of all the crane drivers.', cue: 'went on to say', speaker: 'Tomas Reiter' },
    ],
  },
  {
    label: 'guard: "went on" with more after it is no tag ("“…,” the strike went on for weeks")',
    body: '“Nobody here wanted the quay sold off,” the strike went on for weeks regardless.',
    quotes: [{ text: 'Nobody here wanted the quay sold off,', cue: null, speaker: null }],
  },
  {
    label: 'a press conference: the untagged paragraph after a reporter\'s question is the answer of the one speaking before it',
    body: '“We will not sell the quay,” Tomas Reiter said.\n\n“And if the council insists?” a reporter asked.\n\n“Then the council can find another harbour master.”',
    quotes: [
      { text: 'We will not sell the quay,', speaker: 'Tomas Reiter' },
      { text: 'And if the council insists?', speaker: 'a reporter', cue: 'asked' },
      { text: 'Then the council can find another harbour master.', speaker: 'Tomas Reiter', cue: null },
    ],
  },
  {
    label: 'guard: a speaker\'s own question continues into the next untagged paragraph',
    body: 'Tomas Reiter spoke first.\n\n“And who pays for the repairs?” Reiter asked.\n\n“Not the owners, that much is clear.”',
    quotes: [
      { text: 'And who pays for the repairs?', speaker: 'Reiter', cue: 'asked' },
      { text: 'Not the owners, that much is clear.', speaker: 'Reiter', cue: null },
    ],
  },
  {
    label: 'an untagged quote after a short sentence whose subject is a person ("<name> smiled. “…”"): the subject speaks, no cue',
    body: 'Asked whether she would stand again, Ana Brisk smiled. “Ask me again after the spring tides.”',
    quotes: [{ text: 'Ask me again after the spring tides.', speaker: 'Ana Brisk', cue: null }],
  },
  {
    label: 'guard: a passive frame ("<name> was arrested.") gives no speaker',
    body: 'Ana Brisk was arrested on the quay. “Nobody here will forget this night.”',
    quotes: [{ text: 'Nobody here will forget this night.', speaker: null }],
  },
  {
    label: 'guard: a description with a verb of being ("<name> is the third chair to go.") gives no speaker',
    body: 'Ana Brisk is the third harbour chair to resign this year. “Nobody here will forget this night.”',
    quotes: [{ text: 'Nobody here will forget this night.', speaker: null }],
  },
  {
    label: '"Her answer: “…”": the possessive owns the words given; the noun is the cue',
    body: 'Tomas Reiter was asked whether the quay would reopen. His answer: “Not before the spring tides.”',
    quotes: [{ text: 'Not before the spring tides.', cue: 'answer', speaker: 'His', entity: 'Tomas Reiter' }],
  },
  {
    label: '"<name>\'s reply was blunt: “…”": the name owns the reply',
    body: 'Tomas Reiter\'s reply was blunt: “The quay stays shut until the owners pay.”',
    quotes: [{ text: 'The quay stays shut until the owners pay.', cue: 'reply', speaker: 'Tomas Reiter' }],
  },
  {
    label: 'guard: a possessive with a noun of no words given is no speaker ("His boat: “…”")',
    body: 'Tomas Reiter came back from the quay. His boat: “The Grey Heron,” now rusting.',
    quotes: [{ text: 'The Grey Heron,', speaker: null }],
  },
  {
    label: '"“…,” was how <name> put it.": the one who phrased it speaks; "put it" is the cue',
    body: 'The vote split the town. “A sale in all but name,” was how Tomas Reiter put it.',
    quotes: [{ text: 'A sale in all but name,', cue: 'put it', speaker: 'Tomas Reiter' }],
  },
  {
    label: '"As <role> put it to me, “…”": an unnamed role who phrased it speaks; "put it" is the cue',
    body: 'The ferry board no longer hides its view. As one board member put it to me last spring, “ferries are yesterday’s business”.',
    quotes: [{ text: 'ferries are yesterday’s business', cue: 'put it', speaker: 'one board member' }],
  },
  {
    label: '"“…,” as <name> put it.": the one named before "put it" speaks',
    body: 'The quay has been empty for years. “A harbour without boats,” as Ines Kral put it.',
    quotes: [{ text: 'A harbour without boats,', cue: 'put it', speaker: 'Ines Kral' }],
  },
  {
    label: 'guard: "such as" before "put it" names nobody ("ports such as Velm put it plainly, “…”" keeps no speaker from "as")',
    body: 'Small ports such as Velm put it on the agenda, and the posters read “harbours first”.',
    quotes: [{ text: 'harbours first', speaker: null }],
  },
  {
    label: 'guard: “…” — <name> with the sentence going on is no byline: "“…” — Tomas Reiter voted against the plan."',
    body: 'The banner read: “The harbour will close before the council acts.” — Tomas Reiter voted against the plan all the same.',
    quotes: [{ text: 'The harbour will close before the council acts.', speaker: null }],
  },
  {
    label: '"the premier of the <Adjective> state of <place> remarked": the role speaks, not the place (a capitalised adjective before the place\'s kind)',
    body: 'The premier of the Ostlandic state of Velmark remarked that “the decision shows the ugly face of the market. That is not acceptable.”',
    quotes: [{ text: 'the decision shows the ugly face of the market. That is not acceptable.', cue: 'remarked', speaker: 'The premier of the Ostlandic state of Velmark' }],
  },
  {
    label: 'a transcript\'s or e-mail exchange\'s turns, "<role> <name>: “…”" with no verb: each named person speaks',
    body: 'The exchange was released by the council: Mayor of Eastport Ines Kral: “No, answer it today. They were wrong!” : Councillor Tomas Reiter: “I agree with the mayor on this.”',
    quotes: [
      { text: 'No, answer it today. They were wrong!', cue: null, speaker: 'Ines Kral', entity: 'Ines Kral' },
      { text: 'I agree with the mayor on this.', cue: null, speaker: 'Tomas Reiter', entity: 'Tomas Reiter' },
    ],
  },
  {
    label: 'a turn whose heading names nobody found takes no speaker from the turn before: "” : Harbour Records Office: “"',
    body: 'The exchange was released by the council: Mayor of Eastport Ines Kral: “No, answer it today. They were wrong!” : Harbour Records Office: “We have filed the letter twice already.”',
    quotes: [
      { text: 'No, answer it today. They were wrong!', cue: null, speaker: 'Ines Kral', entity: 'Ines Kral' },
      { text: 'We have filed the letter twice already.', speaker: null },
    ],
  },
  {
    label: 'guard: a verb before the name and colon keeps its own reading: "Ortiz wrote to Mayor Ines Kral: “…”" is not Kral\'s turn',
    body: 'Lena Ortiz wrote to Mayor Ines Kral: “We cannot accept the harbour plan as it stands.”',
    quotes: [{ text: 'We cannot accept the harbour plan as it stands.', speaker: 'Lena Ortiz', entity: 'Lena Ortiz' }],
  },
  {
    label: '"… including <title> <name>: “…”" mid-sentence: a preposition that names a source ends the role as punctuation would',
    body: 'The board heard from several officials on Friday, including Deputy Director Ines Kral: “The cranes stay idle.”',
    quotes: [{ text: 'The cranes stay idle.', cue: null, speaker: 'Ines Kral', entity: 'Ines Kral' }],
  },
  {
    label: '"a reply came from <title> <name>: “…”": the name speaks and the cue found before it stays',
    body: 'Within the hour a reply came from Councillor Tomas Reiter: “The vote was lawful and it stands.”',
    quotes: [{ text: 'The vote was lawful and it stands.', cue: 'reply', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: 'guard: "<people> asked <title> <name>: “…?”" — a verb before the role, the question is not the named person\'s',
    body: 'Dockworkers outside the hall asked Councillor Tomas Reiter: “Why was the vote held at night?”',
    quotes: [{ text: 'Why was the vote held at night?', speaker: null }],
  },
  {
    label: 'a turn whose role and name came out as one body\'s name: a name in no list after the role\'s field word still speaks ("… for Procurement Quenby Ketterby: “…”")',
    body: 'The messages were released on Monday: Deputy Undersecretary of the Coast Guard for Procurement Quenby Ketterby: “We should wait for the audit before we sign.”',
    quotes: [{ text: 'We should wait for the audit before we sign.', cue: null, speaker: 'Quenby Ketterby' }],
  },
  {
    label: '“…,” said the <title> and <title> of <firm> LLC <name> (no comma): the person speaks, not the first title',
    body: '“The terminal will reopen in May,” said the deputy director and chair of Harwell Shipping LLC Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” said the <title> of <firm> LLC <given name> <publication word>: a name opened by a given name after the firm speaks, whatever its type',
    body: '“The terminal will reopen in May,” said the chairman of Harwell Shipping LLC Karl Ledger.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'Karl Ledger' }],
  },
  {
    label: 'guard: “…,” said a spokesman for <firm> LLC: the unnamed spokesman, no name after the firm',
    body: '“The terminal will reopen in May,” said a spokesman for Harwell Shipping LLC.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'a spokesman for Harwell Shipping LLC' }],
  },
  {
    label: '<name>, <title> of <firm> said (no closing comma): the person speaks, not the firm',
    body: 'Tomas Reiter, president and chief executive of Harwell Shipping said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: 'X issued a statement saying, “…”: X speaks, not the statement',
    body: 'Lena Ortiz issued a statement saying, “We will not sign this year.”',
    quotes: [{ text: 'We will not sign this year.', cue: 'saying', ...ORTIZ }],
  },
  {
    label: 'X …, releasing a statement saying “…”: the sentence\'s subject speaks',
    body: 'Lena Ortiz called the offer an insult, releasing a statement saying “We will not sign this year.”',
    quotes: [{ text: 'We will not sign this year.', cue: 'saying', ...ORTIZ }],
  },
  {
    label: 'an organisation that released a joint statement speaks its words',
    body: 'The Harwell Dockers Union issued a joint statement saying “No crane moves this year.”',
    quotes: [{ text: 'No crane moves this year.', cue: 'saying', speaker: 'Harwell Dockers Union', entity: 'Harwell Dockers Union' }],
  },
  {
    label: 'guard: “…,” said a lawyer for <name>: the lawyer speaks, not the client',
    body: '“The terminal will reopen in May,” said a lawyer for Tomas Reiter.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'said', speaker: 'a lawyer', entity: null }],
  },
  // ── a role tied to a body before the cue: the role speaks, not the body after its preposition ──
  {
    label: 'A <role> for the <body noun> said, “…”: the whole role phrase, unnamed',
    body: 'A spokeswoman for the ministry said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'A spokeswoman for the ministry', entity: null }],
  },
  {
    label: '“…,” a <role> for the <body noun> told reporters: the role phrase, not the body',
    body: 'Tomas Reiter denied the report. “The terminal will reopen in May,” a spokesman for the ministry told reporters.',
    quotes: [{ text: 'The terminal will reopen in May,', cue: 'told reporters', speaker: 'a spokesman for the ministry', entity: null }],
  },
  {
    label: 'An aide to the <title> said: the aide speaks, not the title after "to"',
    body: 'An aide to the mayor said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'An aide to the mayor', entity: null }],
  },
  {
    label: 'A <role> for the <named firm> said: the role phrase, not the firm',
    body: 'A spokeswoman for the Harwell Dock Company said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'A spokeswoman for the Harwell Dock Company', entity: null }],
  },
  {
    label: '“…,” said a <role> for <named firm>: the role phrase after the cue, not the firm (as before the cue)',
    body: 'Harwell Dock Company LLC will close the terminal. “We had no other choice,” said a spokesman for Harwell Dock Company LLC.',
    quotes: [{ text: 'We had no other choice,', cue: 'said', speaker: 'a spokesman for Harwell Dock Company LLC', entity: null }],
  },
  {
    label: '“…,” said a <role> for the <named body>, adding…: the role phrase after the cue',
    body: '“The plant was losing money,” said a spokeswoman for the Dunmarch Council, adding that talks would go on.',
    quotes: [{ text: 'The plant was losing money,', cue: 'said', speaker: 'a spokeswoman for the Dunmarch Council', entity: null }],
  },
  {
    label: 'guard: “…,” said <name>, a <role> for <named firm>: the person speaks',
    body: '“We will sell it,” said Mara Lindqvist, a spokeswoman for Harwell Dock Company.',
    quotes: [{ text: 'We will sell it,', cue: 'said', speaker: 'Mara Lindqvist', entity: 'Mara Lindqvist' }],
  },
  {
    label: 'A lawyer for <name> said: the lawyer speaks, not the client',
    body: 'A lawyer for Tomas Reiter said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'A lawyer', entity: null }],
  },
  {
    label: '<name>, a lawyer for <name> said (no closing comma): the name before the apposition speaks',
    body: 'Ana Ruiz, a lawyer for Paul Dekker said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said', speaker: 'Ana Ruiz', entity: 'Ana Ruiz' }],
  },
  {
    label: 'guard: one of the officials said: "one" is no role',
    body: 'One of the officials said, “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'said' }],
  },
  // ── the words of a statement given by its owner: "X's statement read: “…”" ──
  {
    label: 'The <body noun>’s statement read: “…”: the body speaks, unnamed',
    body: 'The ministry’s statement read: “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'statement read', speaker: 'The ministry', entity: null }],
  },
  {
    label: 'The <named body>’s brief statement said: “…”: the named body speaks',
    body: 'Tomas Reiter resigned. The Harwell Dock Company’s brief statement said: “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'statement said', speaker: 'Harwell Dock Company', entity: 'Harwell Dock Company' }],
  },
  {
    label: 'X spoke. His letter read: “…”: the owner the possessive pronoun refers to',
    body: 'Tomas Reiter spoke on Monday. His letter read: “I will not return to the quay.”',
    quotes: [{ text: 'I will not return to the quay.', cue: 'letter read', speaker: 'His', entity: 'Tomas Reiter' }],
  },
  {
    label: 'The <named body>’s analysis of <noun phrase> concluded: “…”: the owner, not the noun after "of"',
    body: 'The Harbour Gazette’s analysis of the port figures concluded: “The terminal is losing money.”',
    quotes: [{ text: 'The terminal is losing money.', cue: 'concluded', speaker: 'Harbour Gazette', entity: 'Harbour Gazette' }],
  },
  {
    label: 'X was quoted by <outlet> on <topic>: “…”: the passive’s subject is the one quoted',
    body: 'Tomas Reiter was quoted by the Harbour Gazette on the offer: “We are ready to sign.”',
    quotes: [{ text: 'We are ready to sign.', cue: 'quoted', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: 'guard: The statement read: “…” (no owner): no speaker',
    body: 'The statement read: “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', speaker: null }],
  },
  // ── inheriting the speaker of the quote before, within one paragraph ──
  {
    label: 'a quote several sentences of narrative after an attributed one in the same paragraph inherits nobody',
    body: '“The cranes will stay idle,” Lena Ortiz said on Monday. By the evening the quay was empty and the gates were shut. '
      + 'Trucks waited in a line that reached the ring road, and drivers slept in their cabs while the harbour police kept watch. '
      + 'The ferry company moved two sailings to the northern pier, and the fish market opened an hour late for the first time in years. '
      + 'Harbour officials spent the afternoon in a closed meeting on the fourth floor of the port building and left without comment. '
      + 'By midnight a banner hung across the main gate: “Not one crate leaves tonight.”',
    quotes: [
      { text: 'The cranes will stay idle,', speaker: 'Lena Ortiz' },
      { text: 'Not one crate leaves tonight.', speaker: null },
    ],
  },
  {
    label: 'guard: “…,” X said. “…” in the same paragraph inherits X',
    body: '“The cranes will stay idle,” Lena Ortiz said on Monday. “Nobody will cross the line.”',
    quotes: [
      { text: 'The cranes will stay idle,', speaker: 'Lena Ortiz' },
      { text: 'Nobody will cross the line.', speaker: 'Lena Ortiz' },
    ],
  },
  // ── a role the writer puts in quotation marks after "quoted"/"quotes" ──
  {
    label: 'X quotes a “<role>” as saying: “…”: the quoted role speaks, not the outlet',
    body: 'The Harbour Gazette quotes a “port insider” as saying: “The terminal will reopen in May.”',
    quotes: [
      { text: 'port insider', kind: 'scare' },
      { text: 'The terminal will reopen in May.', cue: 'quoted … as saying', speaker: 'a “port insider”', entity: null },
    ],
  },
  {
    label: '“…,” X quoted a “<role>” as saying: the quoted role speaks',
    body: '“The terminal will reopen in May,” the Harbour Gazette quoted a “port insider” as saying.',
    quotes: [
      { text: 'The terminal will reopen in May,', cue: 'quoted … as saying', speaker: 'a “port insider”', entity: null },
      { text: 'port insider', kind: 'scare' },
    ],
  },
  {
    label: 'X quotes <name> as saying: “…” (present tense): the name speaks',
    body: 'The Harbour Gazette quotes Tomas Reiter as saying: “The terminal will reopen in May.”',
    quotes: [{ text: 'The terminal will reopen in May.', cue: 'quoted … as saying', speaker: 'Tomas Reiter', entity: 'Tomas Reiter' }],
  },
  {
    label: '“…,” she said: a surname before "family" after "the" is no antecedent when the subject is near',
    body: 'Lena Ortiz spoke outside the Marsh family home. “We will not be moved,” she said.',
    quotes: [{ text: 'We will not be moved,', cue: 'said', speaker: 'she', entity: 'Lena Ortiz' }],
  },
  // ── speakers named only in the sentence after the quote (quote-named-after.ts) ──
  {
    label: '“…” ¶ That was the view of X: the view\'s holder speaks',
    body: '“No tanker will dock here before the spring.”\n\nThat was the view of Ilse Brandvik, a pilot on the estuary for twenty years.',
    quotes: [{ text: 'No tanker will dock here before the spring.', cue: 'view', speaker: 'Ilse Brandvik', entity: 'Ilse Brandvik' }],
  },
  {
    label: '“…” So said X: the one who said it speaks',
    body: '“Every berth is booked until August.” So said Piet Amadou, the harbour master.',
    quotes: [{ text: 'Every berth is booked until August.', cue: 'said', speaker: 'Piet Amadou', entity: 'Piet Amadou' }],
  },
  {
    label: '“…” ¶ X made the remarks …: a person introduced with the speech speaks an untagged quote',
    body: 'The strike enters its third week.\n\n“We are owed three months of overtime.”\n\nOdile Farrant made the remarks at a rally outside the gates.',
    quotes: [{ text: 'We are owed three months of overtime.', speaker: 'Odile Farrant', entity: 'Odile Farrant' }],
  },
  {
    label: '“…,” the minister added. X made the pledge …: the role is the person named next',
    body: '“No port will close while I hold this office,” the minister added. Caspar Lindqvist made the pledge at a dockside meeting.',
    quotes: [{ text: 'No port will close while I hold this office,', cue: 'added', speaker: 'the minister', entity: 'Caspar Lindqvist' }],
  },
  {
    label: 'guard: “…,” the spokesman said. X, somebody else, declined to comment: the role stays unnamed',
    body: '“The talks will resume on Monday,” the spokesman said. Caspar Lindqvist, the union leader, declined to comment.',
    quotes: [{ text: 'The talks will resume on Monday,', cue: 'said', speaker: 'the spokesman', entity: null }],
  },
  {
    label: 'guard: an untagged quote before a person introduced without any speech takes no speaker from them',
    body: 'The canteen closed in May.\n\n“Nobody has been paid since March.”\n\nOdile Farrant, who runs the canteen, has found work in Tarrow.',
    quotes: [{ text: 'Nobody has been paid since March.', speaker: null }],
  },
  {
    label: '“…,” the premier of the state of X remarked: the role speaks, and “state” is no cue',
    body: '“Every washed-out road will be open by June,” the premier of the state of Tarvenia remarked.',
    quotes: [{ text: 'Every washed-out road will be open by June,', cue: 'remarked', speaker: 'the premier of the state of Tarvenia', entity: null }],
  },
  {
    label: '“…,” said the premier of the state of X: the role speaks after the cue too',
    body: '“Every washed-out road will be open by June,” said the premier of the state of Tarvenia.',
    quotes: [{ text: 'Every washed-out road will be open by June,', cue: 'said', speaker: 'the premier of the state of Tarvenia', entity: null }],
  },
  {
    label: '“…,” the mayor of X said: the mayor named earlier speaks, not the town',
    body: 'Mayor Ilse Krantz toured the dam on Friday. “The spillway held,” the mayor of Orlby said.',
    quotes: [{ text: 'The spillway held,', cue: 'said', speaker: 'the mayor of Orlby', entity: 'Ilse Krantz' }],
  },
  {
    label: 'guard: “…,” said the city of X: a place named as a body keeps speaking as the place',
    body: '“The spillway held,” said the city of Orlby.',
    quotes: [{ text: 'The spillway held,', cue: 'said', entity: 'Orlby' }],
  },
  {
    label: '“…,” X, chairperson of Local 88, <union> said: the person before the roles speaks, not the union',
    body: '“No crane moves until we are paid,” Vera Osei, chairperson of Local 88, Harwell Dockers Union said.',
    quotes: [{ text: 'No crane moves until we are paid,', cue: 'said', speaker: 'Vera Osei', entity: 'Vera Osei' }],
  },
  {
    label: 'guard: “…,” a phrase with no person before its comma, then <union> said: the union speaks',
    body: '“No crane moves until we are paid,” after a vote of Local 88, Harwell Dockers Union said.',
    quotes: [{ text: 'No crane moves until we are paid,', cue: 'said', speaker: 'Harwell Dockers Union', entity: 'Harwell Dockers Union' }],
  },
  {
    label: 'X spoke to the Gazette. ¶ “…” ¶ “…”: the person introduced as talking speaks the untagged paragraphs',
    body: 'Edda Marlow has driven a tug on the river since 1998. Marlow spoke to the Harbour Gazette.\n\n“They cut our shifts without a word. Then they cut our pay.”\n\n“I have nothing left to give them.”',
    quotes: [
      { text: 'They cut our shifts without a word. Then they cut our pay.', cue: null, speaker: 'Marlow', entity: 'Edda Marlow' },
      { text: 'I have nothing left to give them.', speaker: 'Marlow', entity: 'Edda Marlow' },
    ],
  },
  {
    label: 'a short paragraph about one person frames the untagged quote paragraph after it (docs/rules.md: framed quotes)',
    body: 'Edda Marlow left the river in May.\n\n“They cut our shifts without a word. Then they cut our pay.”',
    quotes: [{ text: 'They cut our shifts without a word. Then they cut our pay.', speaker: 'Edda Marlow', entity: 'Edda Marlow' }],
  },
  {
    label: 'guard: a paragraph about two people gives the untagged quote paragraph after it no speaker',
    body: 'Edda Marlow left the river in May with Jonas Pell.\n\n“They cut our shifts without a word. Then they cut our pay.”',
    quotes: [{ text: 'They cut our shifts without a word. Then they cut our pay.', speaker: null }],
  },
  {
    label: 'a cue word after an article is a noun: "wrote in a research note for investors that … “…”" keeps "wrote"',
    body: 'Lena Ortiz, an analyst at Varrow Capital, wrote in a research note for investors that the strike left the port with “a very short runway” until spring.',
    quotes: [{ text: 'a very short runway', cue: 'wrote', ...ORTIZ }],
  },
  {
    label: 'guard: a cue word after a possessive is a noun: "said in her report that … “…”" keeps "said"',
    body: 'Lena Ortiz said in her report that the cranes were “past saving” after the flood.',
    quotes: [{ text: 'past saving', cue: 'said', ...ORTIZ }],
  },
  {
    label: 'guard: “…” That was the view …, with no “of”: no speaker',
    body: '“The quay is sinking.” That was the view from the harbour wall last winter.',
    quotes: [{ text: 'The quay is sinking.', speaker: null }],
  },
];

for (const row of ROWS) {
  test(`quote: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const text = `${HEADLINE}\n${row.body}\n`;
    const a = analyzeText(text);
    assert.deepEqual(a.quotes.map((q) => q.text), row.quotes.map((q) => q.text), 'quote texts');
    let from = HEADLINE.length;
    row.quotes.forEach((e, i) => {
      const q = a.quotes[i];
      const at = text.indexOf(e.text, from);
      from = at + e.text.length;
      assert.equal(q.start, at, `start of quote ${i}`);
      assert.equal(q.end, at + e.text.length, `end of quote ${i}`);
      assert.equal(text.slice(q.start, q.end), q.text, 'span slices to text');
      if (e.kind !== undefined) assert.equal(q.kind, e.kind, `kind of quote ${i}`);
      if (e.cue !== undefined) assert.equal(q.cue, e.cue, `cue of quote ${i}`);
      if (e.speaker !== undefined) assert.equal(q.speaker?.text ?? null, e.speaker, `speaker of quote ${i}`);
      if (e.entity !== undefined) {
        const local = q.speaker?.local ?? null;
        assert.equal(local === null ? null : a.entities[local].name, e.entity, `speaker entity of quote ${i}`);
      }
      if (e.unclosed !== undefined) assert.equal(q.unclosed, e.unclosed, `unclosed of quote ${i}`);
      // A quote's own cue has a span that slices to it (an inherited cue may have none).
      if (q.cue !== null && q.cueSpan && !q.cue.includes('…')) {
        assert.equal(text.slice(q.cueSpan.start, q.cueSpan.end).toLowerCase(), q.cue.toLowerCase(), 'cue span slices to the cue');
      }
    });
  });
}

// ── reported speech: attributions that source the claims of a sentence ──
interface AttributionRow {
  body: string;
  /** [cue, speaker as written or null, entity name or null, vague] of every attribution, in order. */
  expected: [string, string | null, string | null, boolean][];
}

const ATTRIBUTIONS: AttributionRow[] = [
  { body: 'Lena Ortiz said her union was willing to return to talks.', expected: [['said', 'Lena Ortiz', 'Lena Ortiz', false]] },
  { body: 'About 300 dockers have lost their jobs, according to the Harbour Authority.', expected: [['according to', 'the Harbour Authority', 'Harbour Authority', false]] },
  { body: 'About 300 dockers have lost their jobs, said Lena Ortiz.', expected: [['said', 'Lena Ortiz', 'Lena Ortiz', false]] },
  { body: 'About 300 dockers have lost their jobs, the union said.', expected: [['said', 'the union', null, false]] },
  { body: 'Lena Ortiz, who leads the union, said 300 dockers had lost their jobs.', expected: [['said', 'Lena Ortiz', 'Lena Ortiz', false]] },
  { body: 'Police estimate that 2,000 people marched.', expected: [['estimate', 'Police', null, false]] },
  { body: 'About 300 dockers have reportedly lost their jobs.', expected: [['reportedly', null, null, true]] },
  { body: 'More than 40 boats are believed to have sunk.', expected: [['are believed', null, null, true]] },
  { body: 'About 300 dockers have lost their jobs, sources said.', expected: [['said', 'sources', null, true]] },
  { body: 'About 300 dockers have lost their jobs.', expected: [] },
];

for (const row of ATTRIBUTIONS) {
  test(`attribution: ${row.body}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.deepEqual(
      a.attributions.map((x) => [x.cue, x.speaker?.text ?? null, x.speaker?.local != null ? a.entities[x.speaker.local].name : null, x.vague]),
      row.expected,
    );
  });
}

// ── properties over generated text: spans are sound and a quote never runs past its paragraph ──
const PIECES = ['“', '”', '"', '„', '«', '»', '‘', '’', ',', '.', ':', '?', '\n', '\n\n', ' ', ' said', ' Lena Ortiz', ' she',
  ' the spokesman', ' according to', ' told reporters', ' quoted', ' as saying', ' who', ' 54', ' a rescuer', ' We', ' will', ' rest'];

test('quote property: spans slice to their text, cues lie in the text, and only a running-on quote crosses a paragraph break', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
      const text = `${HEADLINE}\n${pieces.join('')}\n`;
      const a = analyzeText(text);
      for (const q of a.quotes) {
        assert.equal(text.slice(q.start, q.end), q.text);
        if (q.cueSpan) assert.ok(q.cueSpan.start >= 0 && q.cueSpan.end <= text.length && q.cueSpan.start < q.cueSpan.end);
        // A quote stays inside one paragraph (a block: one line, or lines joined as a wrapped
        // paragraph): an unclosed one stops at the end of its paragraph.
        assert.ok(a.blocks.some((b) => b.start <= q.start && q.end <= b.end), `one paragraph holds ${JSON.stringify(q.text)}`);
      }
    }),
    { seed: 20261121, numRuns: 300 },
  );
});

// "the official" with nobody named behind it: the description that introduced the speaker.
const DESCRIBED: { label: string; body: string; description: string | undefined }[] = [
  {
    label: 'the officer → a senior fire officer introduced in the sentence before',
    body: 'A senior fire officer, speaking on condition of anonymity, blamed the pumps. “We lost an hour,” the officer said.',
    description: 'A senior fire officer',
  },
  {
    label: 'the official → the description with its “at …” modifier',
    body: 'A senior official at the ministry disputed that account. “The numbers are wrong,” the official said.',
    description: 'A senior official at the ministry',
  },
  {
    label: 'no description of the same noun: none',
    body: 'A driver saw the smoke first. “The numbers are wrong,” the official said.',
    description: undefined,
  },
];
for (const row of DESCRIBED) {
  test(`unnamed speaker described earlier: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker?.local, null);
    assert.equal(a.quotes[0].speaker?.description, row.description);
  });
}
