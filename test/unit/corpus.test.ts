// Labelled rows for the Corpus: per-document caching, cross-article entity resolution,
// corroboration ranking and the `analyze --json` report contract (docs: ../shared/docs/analysis-json.md).
// Run with `node --import tsx --test test/unit/corpus.test.ts`.
// All articles are written for this file; people, places and organisations are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, buildReport, analyzeText, findingsFor } from '../../server/src/core/index';
import { CandidateIndex, rankCandidates, type ClaimRef } from '../../server/src/core/corpus/corroborate';
import { timeKey } from '../../server/src/core/model/measures';
import { resolveRowTests, type ResolveRow } from './resolve-rows';

const A1 = 'Ferry Sinks Off the Northern Cape\nOleksandr Tkachenko, the harbour master, inspected the wreck on the quay.\nRui Teixeira ordered an inquiry into the crossing.\n';
const A2 = 'Inquiry Opens Into Ferry Disaster\nAlexander Tkachenko said the ferry had been overloaded.\nManuel Teixeira, a fisherman, helped pull survivors from the water.\n';
const A3 = 'Ferry Owners Reject Blame\nTkachenko told reporters that the weather was to blame.\nAleksandr Tkachenko later declined to comment further.\n';

// ───────────────────────────── caching ─────────────────────────────

test('cache: set() of the same id, text and version twice analyses once', () => {
  const c = new Corpus();
  const e1 = c.set('a', A1, 1);
  const e2 = c.set('a', A1, 1);
  assert.equal(c.analyses, 1);
  assert.equal(e2, e1);
  assert.equal(c.size, 1);
});

test('cache: a new version with identical text is not re-analysed, but the version is recorded', () => {
  const c = new Corpus();
  const e1 = c.set('a', A1, 1);
  const e2 = c.set('a', A1, 2);
  assert.equal(c.analyses, 1);
  assert.equal(e2.analysis, e1.analysis);
  assert.equal(c.get('a')!.version, 2);
});

test('cache: editing one of three documents re-analyses only that one', () => {
  const c = new Corpus();
  c.set('a', A1, 1);
  c.set('b', A2, 1);
  c.set('c', A3, 1);
  assert.equal(c.analyses, 3);
  const before = { a: c.get('a')!.analysis, c: c.get('c')!.analysis };
  c.set('b', A2.replace('a fisherman', 'a retired fisherman'), 2);
  assert.equal(c.analyses, 4);
  assert.equal(c.get('a')!.analysis, before.a, 'a is untouched');
  assert.equal(c.get('c')!.analysis, before.c, 'c is untouched');
  assert.equal(c.get('b')!.version, 2);
});

test('cache: an edit that adds a name is visible in the corpus-wide entities', () => {
  const c = new Corpus();
  c.set('a', A1, 1);
  c.set('b', A2, 1);
  assert.ok(!c.entities().entities.some((e) => e.name === 'Ines Marlow'));
  c.set('b', A2 + 'Ines Marlow, the mayor, visited the survivors.\n', 2);
  const g = c.entities().entities.find((e) => e.name === 'Ines Marlow');
  assert.ok(g, 'Ines Marlow is resolved after the edit');
  assert.equal(g!.type, 'PERSON');
  assert.equal(c.analyses, 3);
});

test('cache: delete() removes a document from the corpus-wide views', () => {
  const c = new Corpus();
  c.set('a', A1, 1);
  c.set('b', A2, 1);
  assert.equal(c.entities().entities.find((e) => e.name === 'Oleksandr Tkachenko')!.documents, 2);
  assert.equal(c.delete('b'), true);
  assert.equal(c.entities().entities.find((e) => e.name === 'Oleksandr Tkachenko')!.documents, 1);
  assert.equal(c.delete('b'), false);
});

// ───────────────────────────── resolution ─────────────────────────────

const RESOLVE_ROWS: ResolveRow[] = [
  {
    label: 'two towns a vowel apart stay apart across articles (a one-word place is keyed by its letters)',
    docs: {
      a: 'Floods Reach Montara\nRiver water flooded the streets of Montara on Tuesday, officials said.\n',
      b: 'Rain Eases\nResidents of Mantura returned to their homes on Wednesday.\n',
    },
    different: [[['a', 'Montara'], ['b', 'Mantura']]],
  },
  {
    label: 'a group\'s adjective, its plural and its singular noun meet across articles (Jewish / Jews / Muslims / Muslim)',
    docs: {
      a: 'Vigil Held\nThe Jewish community of Pellam held a vigil, and Muslims joined it.\n',
      b: 'Leaders Meet\nThe mayor of Pellam met Jews and a Muslim cleric on Friday.\n',
    },
    same: [[['a', 'Jewish'], ['b', 'Jews']], [['a', 'Muslims'], ['b', 'Muslim']]],
  },
  {
    label: 'two towns whose only difference is one vowel stay apart across articles',
    docs: {
      a: 'Storm Hits Kessel\nThe storm cut power in Kessel overnight, the utility said.\n',
      b: 'Repairs Begin\nCrews in Kassel restored power to most homes by noon.\n',
    },
    different: [[['a', 'Kessel'], ['b', 'Kassel']]],
  },
  {
    label: 'a one-word firm is not the town a vowel apart in another article',
    docs: {
      a: 'Pellor Cuts Jobs\nPellor, the shipbuilder, said on Monday it would cut 300 jobs.\n',
      b: 'Town Worries\nShops in Pallar fear the loss of trade after the cuts.\n',
    },
    different: [[['a', 'Pellor'], ['b', 'Pallar']]],
  },
  {
    label: 'romanisations of one place still meet: an h and a doubled vowel (Doheran / Dorhan)',
    docs: {
      a: 'Talks in Doheran\nEnvoys met in Doheran on Monday to discuss the border.\n',
      b: 'Talks End\nThe envoys met again in Dorhan on Friday without a deal.\n',
    },
    same: [[['a', 'Doheran'], ['b', 'Dorhan']]],
  },
  {
    label: 'romanisations of one place still meet: y for i and a run of vowels (Veliek / Velyk)',
    docs: {
      a: 'Talks in Veliek\nEnvoys met in Veliek on Monday to discuss the border.\n',
      b: 'Talks End\nThe envoys met again in Velyk on Friday without a deal.\n',
    },
    same: [[['a', 'Veliek'], ['b', 'Velyk']]],
  },
  {
    label: 'spelling variants of one person across three articles get one id',
    docs: { a: A1, b: A2, c: A3 },
    same: [[['a', 'Oleksandr Tkachenko'], ['b', 'Alexander Tkachenko'], ['c', 'Aleksandr Tkachenko']]],
  },
  {
    label: 'a surname-only mention in another article joins the one full name that matches',
    docs: { a: A1, c: 'Ferry Owners Reject Blame\nTkachenko told reporters that the weather was to blame.\n' },
    same: [[['a', 'Oleksandr Tkachenko'], ['c', 'Tkachenko']]],
  },
  {
    label: 'different people sharing a surname stay apart across articles',
    docs: { a: A1, b: A2 },
    different: [[['a', 'Rui Teixeira'], ['b', 'Manuel Teixeira']]],
  },
  {
    label: 'a surname that matches two different full names joins neither',
    docs: { a: A1, b: A2, c: 'Harbour Reopens\nTeixeira said the harbour would reopen on Monday.\n' },
    different: [[['c', 'Teixeira'], ['a', 'Rui Teixeira']], [['c', 'Teixeira'], ['b', 'Manuel Teixeira']]],
  },
  {
    label: 'an acronym in one article joins the expansion named in another',
    docs: {
      a: 'Rescue Crews Search Bay\nThe Coastal Rescue Federation sent two boats to the bay.\n',
      b: 'Search Called Off\nThe CRF said the search would end at dusk.\n',
    },
    same: [[['a', 'Coastal Rescue Federation'], ['b', 'CRF']]],
  },
  {
    label: 'a diacritic-less spelling joins the accented one',
    docs: {
      a: 'Harbour Reopens\nJosé Núñez reopened the fish market.\n',
      b: 'Market Busy Again\nJose Nunez said trade was back to normal.\n',
    },
    same: [[['a', 'José Núñez'], ['b', 'Jose Nunez']]],
  },
  {
    label: 'a hyphenated given name with different capitalisation is one person',
    docs: {
      a: 'Talks Resume\nThe meeting was chaired by Park Ji-hoon on Monday.\n',
      b: 'Talks Stall\nThe delegates waited for Park Ji-Hoon, who left early.\n',
    },
    same: [[['a', 'Park Ji-hoon'], ['b', 'Park Ji-Hoon']]],
  },
  {
    label: 'a family name written first and a given name with and without its hyphen are one person',
    docs: {
      a: 'Dam Row\nThe dam was built by a group led by the engineer Tang Wei-Ling of Sorvane Hydro.\n',
      b: 'Dam Shares Fall\nSorvane Hydro chairman Tang Weiling said the dam would work as designed.\n',
    },
    same: [[['a', 'Tang Wei-Ling'], ['b', 'Tang Weiling']]],
  },
  {
    label: 'a hyphenated given name in either order joins the family-first form without the hyphen',
    docs: {
      a: 'Bank Watch\nThe loans were insured, said Min-seo Hwang, head of project finance.\n',
      b: 'Creditors Wait\nThe lender\'s finance chief, Hwang Minseo, declined to comment.\n',
    },
    same: [[['a', 'Min-seo Hwang'], ['b', 'Hwang Minseo']]],
  },
  {
    label: 'guard: two given names after one family name written first are two people',
    docs: {
      a: 'Dam Row\nThe dam was built by a group led by the engineer Tang Weiling.\n',
      b: 'Dam Shares Fall\nThe group\'s chairman, Tang Meiling, said the dam would work as designed.\n',
    },
    different: [[['a', 'Tang Weiling'], ['b', 'Tang Meiling']]],
  },
  {
    label: 'a name with an initial joins the one full name of its initial and surname ("V. Kulikova" / "Vera Kulikova"), and a lone surname between them in corpus order joins it too',
    docs: {
      a: 'Poll Result\nVera Kulikova won the vote in the northern district.\n',
      b: 'Crowds Gather\nSupporters cheered as Kulikova said she would serve all voters.\n',
      c: 'Victory Speech\nPresident V. Kulikova thanked voters in a televised address.\n',
    },
    same: [[['a', 'Vera Kulikova'], ['c', 'V. Kulikova'], ['b', 'Kulikova']]],
  },
  {
    label: 'a name with another initial is not the full name of that surname ("N. Kulikova" / "Vera Kulikova")',
    docs: {
      a: 'Poll Result\nVera Kulikova won the vote in the northern district.\n',
      d: 'Sister Speaks\nMayor N. Kulikova said she had not voted.\n',
    },
    different: [[['d', 'N. Kulikova'], ['a', 'Vera Kulikova']]],
  },
  {
    label: 'a German romanisation of a Slavic surname ("-owa", "-ow") joins the English one ("Irina Tarasowa" / "Irina Tarasova"); a first "w" is no "v" ("Anna Wolke" / "Anna Volke")',
    docs: {
      a: 'Poll Disputed\nIrina Tarasowa said the count was rigged. Anna Wolke, a lawyer, agreed.\n',
      b: 'Count Revised\nIrina Tarasova said she would appeal. Anna Volke, a teacher, voted early.\n',
    },
    same: [[['a', 'Irina Tarasowa'], ['b', 'Irina Tarasova']]],
    different: [[['a', 'Anna Wolke'], ['b', 'Anna Volke']]],
  },
  {
    label: 'a double-barrelled surname after a given name of two syllables joins the same name written without its hyphen ("Arne Vik-Ose" / "Arne Vik Ose")',
    docs: {
      a: 'Ferry Chief Quits\nArne Vik-Ose, the head of the ferry line, resigned on Friday.\n',
      b: 'Inquiry Opens\nArne Vik Ose said he would not comment on the sinking.\n',
    },
    same: [[['a', 'Arne Vik-Ose'], ['b', 'Arne Vik Ose']]],
  },
  {
    label: 'a shipping line named for its trade ("Brenna Sea Lines") is the one-word firm of another article ("Brenna"), and two firms sharing the word join neither',
    docs: {
      a: 'Ferry Capsizes\nThe ferry was run by Brenna Sea Lines, which said it would help investigators.\n',
      b: 'Operator Blamed\nSurvivors said Brenna had ignored the storm warning.\n',
      c: 'Rival Expands\nOstra Cruise Line and Ostra Air Lines both reported higher bookings.\n',
      d: 'Bookings Fall\nOstra said bookings fell in the spring.\n',
    },
    same: [[['a', 'Brenna Sea Lines'], ['b', 'Brenna']]],
    different: [[['d', 'Ostra'], ['c', 'Ostra Cruise Line']], [['d', 'Ostra'], ['c', 'Ostra Air Lines']]],
  },
  {
    label: 'a capitalised particle surname ("Al-Mansouri") joins the full name in another article',
    docs: {
      a: 'Talks Resume\nKarim al-Mansouri, the port director, attended the talks.\n',
      b: 'Talks Stall\nAl-Mansouri stayed until the end.\n',
    },
    same: [[['a', 'Karim al-Mansouri'], ['b', 'Al-Mansouri']]],
  },
  {
    label: 'a surname without its Arabic article joins the full name in another article ("Mansouri")',
    docs: {
      a: 'Talks Resume\nKarim al-Mansouri, the port director, attended the talks.\n',
      b: 'Talks Stall\nMansouri, who left early, said the delegates would meet again.\n',
    },
    same: [[['a', 'Karim al-Mansouri'], ['b', 'Mansouri']]],
  },
  {
    label: 'a full name with "bin" and the father\'s name is the name without them in another article',
    docs: {
      a: 'Talks Resume\nSamir bin Faris al-Kadri, the port director, attended the talks.\n',
      b: 'Talks Stall\nSamir al-Kadri stayed until the end.\n',
      c: 'Talks End\nTarek bin Ilyas Al Haddou signed the memorandum.\n',
      d: 'Deal Signed\nTarek al-Haddou said the talks had ended.\n',
    },
    same: [[['a', 'Samir bin Faris al-Kadri'], ['b', 'Samir al-Kadri']], [['c', 'Tarek bin Ilyas Al Haddou'], ['d', 'Tarek al-Haddou']]],
  },
  {
    label: 'a title and a given name ("Sheikh Samir") join a full name with "bin" in another article',
    docs: {
      a: 'Talks Resume\nSamir bin Faris al-Kadri opened the new terminal on Monday.\n',
      b: 'Talks Stall\nThe delegates waited for Sheikh Samir, who arrived late.\n',
    },
    same: [[['a', 'Samir bin Faris al-Kadri'], ['b', 'Samir']]],
  },
  {
    label: 'two cousins of one given name and family ("Samir bin …") leave the short name joined to neither',
    docs: {
      a: 'Talks Resume\nSamir bin Faris al-Kadri opened the new terminal on Monday.\n',
      b: 'Talks Stall\nSamir bin Omar al-Kadri said he had not been invited.\n',
      c: 'Talks End\nSamir al-Kadri signed the memorandum.\n',
    },
    different: [[['c', 'Samir al-Kadri'], ['a', 'Samir bin Faris al-Kadri']], [['c', 'Samir al-Kadri'], ['b', 'Samir bin Omar al-Kadri']], [['a', 'Samir bin Faris al-Kadri'], ['b', 'Samir bin Omar al-Kadri']]],
  },
  {
    label: 'a family name written first ("Park Ji-hoon") is the surname another article uses alone',
    docs: {
      a: 'Talks Resume\nThe meeting was chaired by Park Ji-hoon on Monday.\n',
      b: 'Talks Stall\nThe delegates waited for Mr. Park, who left early.\n',
    },
    same: [[['a', 'Park Ji-hoon'], ['b', 'Park']]],
  },
  {
    label: 'a family name first in one article and last in another is one person ("Seo Min-ha" / "Min-ha Seo")',
    docs: {
      a: 'Talks Resume\nThe meeting was chaired by Seo Min-ha on Monday.\n',
      b: 'Talks Stall\nThe delegates waited for Min-ha Seo, who left early.\n',
    },
    same: [[['a', 'Seo Min-ha'], ['b', 'Min-ha Seo']]],
  },
  {
    label: 'a surname romanised with "Dzh" in one article and "Zh" in another is one person',
    docs: {
      a: 'Talks Resume\nThe meeting was chaired by Timur Dzhumabayev on Monday.\n',
      b: 'Talks Stall\nThe delegates waited for Timur Zhumabayev, who left early.\n',
    },
    same: [[['a', 'Timur Dzhumabayev'], ['b', 'Timur Zhumabayev']]],
  },
  {
    label: 'a one-word "person" no full name explains joins the place another article names ("Beltra")',
    docs: {
      a: 'Talks Resume\nBeltra signed the deal on Monday. Beltran ministers welcomed it, and Beltra paid.\n',
      b: 'Talks Stall\nBeltra said it would wait.\n',
    },
    same: [[['a', 'Beltra'], ['b', 'Beltra']]],
  },
  {
    label: 'a company named with its legal form is the one-word name another article uses ("Veltrix Inc." / "Veltrix")',
    docs: {
      a: 'Phone Recall\nVeltrix Inc. said on Friday it would replace the phones.\n',
      b: 'Shares Slide\nShares of Veltrix fell 4 percent on Monday.\n',
    },
    same: [[['a', 'Veltrix Inc'], ['b', 'Veltrix']]],
  },
  {
    label: 'the one-word name stays apart when a person of the corpus offers the same surname ("Veltrix Inc." / "Tomas Veltrix" / "Veltrix")',
    docs: {
      a: 'Phone Recall\nVeltrix Inc. said on Friday it would replace the phones.\n',
      b: 'Founder Speaks\nThe founder, Tomas Veltrix, spoke to reporters on Monday.\n',
      c: 'Shares Slide\nA spokesman for Veltrix declined to comment.\n',
    },
    different: [[['a', 'Veltrix Inc'], ['c', 'Veltrix']]],
  },
  {
    label: 'a firm named by its word and its trade or group is the one-word name other articles use ("Keld Airways" / "Keld", "Harlan Motor Company" / "Harlan")',
    docs: {
      a: 'Flights Resume\nKeld Airways said flights would resume on Monday. Harlan Motor Company said its plant was dry.\n',
      b: 'Passengers Stranded\nShares of Keld fell 4 percent. A spokesman for Harlan declined to comment.\n',
    },
    same: [[['a', 'Keld Airways'], ['b', 'Keld']], [['a', 'Harlan Motor Company'], ['b', 'Harlan']]],
  },
  {
    label: 'a one-word person is a surname before a firm\'s word, two firms of one word leave it alone, a place is no firm ("Tomas Keld" / "Keld Energy" / "Keld"; "Orsa Airways" / "Orsa Steel"; "Lisbon Airways" / "Lisbon")',
    docs: {
      a: 'Power Cut\nKeld Energy said the grid was stable. The minister, Tomas Keld, disagreed. Orsa Airways and Orsa Steel gave no figures. Lisbon Airways cancelled flights.\n',
      b: 'Power Back\nKeld told reporters the outage was over. Shares of Orsa fell. Officials in Lisbon met.\n',
    },
    same: [[['a', 'Tomas Keld'], ['b', 'Keld']]],
    different: [[['a', 'Orsa Airways'], ['b', 'Orsa']], [['a', 'Orsa Steel'], ['b', 'Orsa']], [['a', 'Lisbon Airways'], ['b', 'Lisbon']]],
  },
  {
    label: 'a firm named with its legal form is the firm other articles name without it, and their one-word name ("Orvane Pharmaceuticals Plc" / "Orvane Pharmaceuticals" / "Orvane")',
    docs: {
      a: 'Trial Fails\nOrvane Pharmaceuticals Plc said the trial had failed.\n',
      b: 'Jobs Go\nOrvane Pharmaceuticals will cut 900 jobs.\n',
      c: 'Shares Slide\nShares of Orvane fell 30 percent.\n',
    },
    same: [[['a', 'Orvane Pharmaceuticals Plc'], ['b', 'Orvane Pharmaceuticals'], ['c', 'Orvane']]],
  },
  {
    label: 'one firm whatever its legal form, group word or the number of its trade word, and then its one word ("Harlan Motor Company" / "Harlan Motors" / "Harlan Motor Co." / "Harlan")',
    docs: {
      a: 'Plant Closes\nHarlan Motor Company said the plant would close in May.\n',
      b: 'Workers Angry\nThe carmaker Harlan Motors gave no date for the talks.\n',
      c: 'Talks Set\nA union leader met Harlan Motor Co. managers on Monday.\n',
      d: 'Shares Slide\nShares of Harlan fell 6 percent.\n',
    },
    same: [[['a', 'Harlan Motor Company'], ['b', 'Harlan Motors'], ['c', 'Harlan Motor Co'], ['d', 'Harlan']]],
  },
  {
    label: 'a firm of two words and its trade is the two words other articles use ("Tarrow Eastern Airlines" / "Tarrow Eastern")',
    docs: {
      a: 'Flights Cut\nTarrow Eastern Airlines said it would cut 12 routes.\n',
      b: 'Routes Go\nThe airline Tarrow Eastern gave no reason.\n',
    },
    same: [[['a', 'Tarrow Eastern Airlines'], ['b', 'Tarrow Eastern']]],
  },
  {
    label: 'a firm\'s trade must be the same: "Orsa Airways" is not "Orsa Steel Group"',
    docs: {
      a: 'Route Cut\nOrsa Airways said the route would close.\n',
      b: 'Mill Idle\nOrsa Steel Group said the mill was idle.\n',
    },
    different: [[['a', 'Orsa Airways'], ['b', 'Orsa Steel Group']]],
  },
  {
    label: 'a national body named without its country is the one the corpus names with it ("Norwegian Coast Guard" / "Coast Guard"), and never a one-word body ("Danish Navy" / "Swedish Navy" / "Navy"; "Danish Parliament" / "Parliament")',
    docs: {
      a: 'Ferry Sinks\nThe Norwegian Coast Guard said 40 people were rescued. The Danish Navy and the Swedish Navy sent ships. The Danish Parliament met.\n',
      b: 'Search Ends\nThe Coast Guard ended its search on Monday. The Navy said its ships would stay. Ministers will face questions in Parliament.\n',
    },
    same: [[['a', 'Norwegian Coast Guard'], ['b', 'Coast Guard']]],
    different: [[['a', 'Danish Navy'], ['b', 'Navy']], [['a', 'Swedish Navy'], ['b', 'Navy']], [['a', 'Danish Navy'], ['a', 'Swedish Navy']], [['a', 'Danish Parliament'], ['b', 'Parliament']]],
  },
  {
    label: 'a firm\'s word must be spelled the same: "Marvo" is not "Marvoo Systems"',
    docs: {
      a: 'Chip Deal\nMarvoo Systems said it would buy a rival.\n',
      b: 'Chip Deal Off\nShares of Marvo fell on Monday.\n',
    },
    different: [[['a', 'Marvoo Systems'], ['b', 'Marvo']]],
  },
  {
    label: 'surnames differing in one vowel are different people (Anna Berg / Anna Borg)',
    docs: {
      a: 'Talks Resume\nThe minutes were taken by Anna Berg of the harbour board.\n',
      b: 'Talks Stall\nThe proposal was opposed by Anna Borg of the fishermen.\n',
    },
    different: [[['a', 'Anna Berg'], ['b', 'Anna Borg']]],
  },
  {
    label: 'a firm named for its trade after a given name is one organisation in every article ("Dorian Biologics")',
    docs: {
      a: 'Lab Opens\nDorian Biologics opened a laboratory in Selby on Monday.\n',
      b: 'Vaccine Makers Gain\nShares in Dorian Biologics, which makes vaccines, rose 4% in Selby.\n',
    },
    same: [[['a', 'Dorian Biologics'], ['b', 'Dorian Biologics']]],
  },
  {
    label: 'a one-word place is no surname of a person whose name has the same consonants ("Dravonia" / "Paolo Draven", "Milo" / "Ana Mealey")',
    docs: {
      a: 'Talks Open\nOil ministers met in Dravonia on Monday. Traders in Milo were calm.\n',
      b: 'Minister Speaks\nThe minister, Paolo Draven, said prices would rise. The analyst Ana Mealey agreed.\n',
    },
    different: [[['a', 'Dravonia'], ['b', 'Paolo Draven']], [['a', 'Milo'], ['b', 'Ana Mealey']]],
  },
];

resolveRowTests('resolve', RESOLVE_ROWS);

test('resolve: a person goes by the spelling most articles use, then by the earliest article\'s', () => {
  const c = new Corpus();
  c.set('a', 'Talks Resume\nThe talks were chaired by Yusra al-Hakim. Al-Hakim spoke first. Al-Hakim spoke last.\n', 1);
  c.set('b', 'Talks Stall\nYousra Al Hakim told the delegates to wait.\n', 1);
  c.set('c', 'Talks End\nThe final session was opened by Yousra al-Hakim.\n', 1);
  c.set('d', 'Talks Resume Again\nThe delegates met Yousra al-Hakim and Seo Min-ha.\n', 1);
  c.set('e', 'Talks Go On\nThe delegates met Min-ha Seo.\n', 1);
  const names = c.entities().entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
  assert.deepEqual(names, ['Seo Min-ha', 'Yousra Al Hakim']);
});

test('resolve: the names chosen do not depend on the order in which articles were loaded', () => {
  const docs: [string, string][] = [
    ['a', 'Crew Rescued\nThe captain, Oleksiy Brennik, said the crew was safe.\n'],
    ['b', 'Ship Towed\nCaptain Aleksey Brennik thanked the tug crews.\n'],
    ['c', 'Port Reopens\nThe ship of Alexei Brennik left the quay on Monday.\n'],
  ];
  const namesAfter = (order: [string, string][]) => {
    const c = new Corpus();
    for (const [id, text] of order) c.set(id, text, 1);
    return c.entities().entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
  };
  const forward = namesAfter(docs);
  assert.deepEqual(namesAfter([...docs].reverse()), forward);
  assert.deepEqual(namesAfter([docs[1], docs[2], docs[0]]), forward);
});

test('resolve: a nationality adjective points at its country when another article names it', () => {
  const c = new Corpus();
  c.set('a', 'Divers Join Search\nPortuguese divers joined the search at dawn.\n', 1);
  c.set('b', 'Aid Arrives\nA second team flew in from Portugal on Friday.\n', 1);
  const norp = c.entities().entities.find((e) => e.type === 'NORP');
  const loc = c.entities().entities.find((e) => e.type === 'LOC' && e.name === 'Portugal');
  assert.ok(norp && loc);
  assert.equal(norp!.country, loc!.id);
});

// ───────────────────────────── corroboration ─────────────────────────────

interface CorroRow {
  label: string;
  target: string;
  others: Record<string, string>;
  /** Expected candidates, best first: [doc, claim text, relation]. Only these docs may appear. */
  expected: [string, string, 'supports' | 'conflicts' | 'related'][];
  todo?: string;
}

const CORRO_ROWS: CorroRow[] = [
  {
    label: 'a compatible figure ranks first and supports; an incompatible figure of the same measure conflicts',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized, the harbour master said.\n',
    others: {
      far: 'Union Disputes Toll\nMore than 300 passengers were killed, the union claimed.\n',
      near: 'Inquiry Opens\nAt least 35 passengers were killed when the ferry capsized, the harbour master said.\n',
    },
    expected: [['near', 'At least 35 passengers were killed', 'supports'], ['far', 'More than 300 passengers were killed', 'conflicts']],
  },
  {
    label: 'a figure about something else (money) is not offered as corroboration',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized.\n',
    others: {
      aid: 'Aid Pledged\nThe council pledged €4.5 million for the families.\n',
      near: 'Inquiry Opens\nAt least 35 passengers were killed when the ferry capsized.\n',
    },
    expected: [['near', 'At least 35 passengers were killed', 'supports']],
  },
  {
    label: 'different words for one measure still support ("drowned" vs "were killed")',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized.\n',
    others: { near: 'Inquiry Opens\nAt least 35 passengers drowned when the ferry capsized.\n' },
    expected: [['near', 'At least 35 passengers drowned', 'supports']],
  },
  {
    label: 'the day a figure was announced is not its time frame: a different day still conflicts',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized, the harbour master said on Tuesday.\n',
    others: { far: 'Union Disputes Toll\nMore than 300 passengers were killed, the union said on Friday.\n' },
    expected: [['far', 'More than 300 passengers were killed', 'conflicts']],
  },
  {
    label: 'an injury figure does not conflict with a death figure',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized.\n',
    others: {
      hurt: 'Hospital Busy\nMore than 300 passengers were injured when the ferry capsized.\n',
      near: 'Inquiry Opens\nAt least 35 passengers were killed when the ferry capsized.\n',
    },
    expected: [['near', 'At least 35 passengers were killed', 'supports'], ['hurt', 'More than 300 passengers were injured', 'related']],
  },
  {
    label: 'other words for the thing counted and for what happened ("boats … sank" vs "vessels … have sunk")',
    target: 'Storm Hits Port\nBetween 20 and 30 fishing boats sank in the storm.\n',
    others: { near: 'Fleet Counts Losses\nAbout 25 vessels of the harbour fleet have sunk.\n' },
    expected: [['near', 'About 25 vessels of the harbour fleet have sunk', 'supports']],
  },
  {
    label: 'the same amount under other words ("a €7 million contract" vs "cost €7 million") supports; aid of another amount is only related',
    target: 'Dam Fails\nThe firm won a €7 million contract to raise the dam.\n',
    others: {
      same: 'Questions Over Dam\nThe dam that cost the town €7 million failed in the night.\n',
      aid: 'Aid Arrives\nThe province pledged €2 million in aid for the valley.\n',
    },
    expected: [['same', '€7 million failed', 'supports'], ['aid', 'pledged €2 million', 'related']],
  },
  {
    label: 'two superlatives over the same span of time support each other; figures do not match them',
    target: 'Floods Worsen\nThe flooding was the worst since the outbreak of the fighting.\n',
    others: {
      near: 'Valley Under Water\nResidents described the deadliest flooding since the start of the uprising.\n',
      figure: 'Toll Rises\nAt least 35 people were killed in the floods.\n',
    },
    expected: [['near', 'the deadliest flooding since the start of the uprising', 'supports']],
  },
  {
    label: 'children are part of people: the same group ranks first, the subset is related, not conflicting',
    target: 'Ferry Toll Rises\nMore than 100 people were killed when the ferry capsized.\n',
    others: {
      subset: 'Families Grieve\nAt least 30 children were killed when the ferry capsized.\n',
      same: 'Inquiry Opens\nAbout 120 passengers were killed.\n',
    },
    expected: [['same', 'About 120 passengers were killed', 'supports'], ['subset', 'At least 30 children were killed', 'related']],
  },
  {
    label: 'for sizes, what is measured decides: the same words right around the figure rank first',
    target: 'Storm Batters Coast\nGusts tore roofs off, and waves of more than 6 metres hit the pier.\n',
    others: {
      gap: 'Dyke Breached\nThe storm opened a breach in the dyke about 150 metres wide near the coast.\n',
      waves: 'Pier Closed\nWaves reportedly reached 8 metres.\n',
    },
    expected: [['waves', 'reached 8 metres', 'supports'], ['gap', 'about 150 metres wide', 'related']],
  },
  {
    label: 'the same things counted under another verb: the fitting figure ranks above a far one',
    target: 'Blaze Contained\nAround 90 firefighters fought the blaze overnight.\n',
    others: {
      far: 'Plant Fire\nAfter the blaze overnight, 14 people, including three firefighters, were treated in hospital.\n',
      near: 'Crews Respond\nMore than 80 firefighters were sent to the site.\n',
    },
    expected: [['near', 'More than 80 firefighters were sent', 'related'], ['far', 'three firefighters', 'related']],
  },
  {
    label: 'monitors and observers, staff and people: other words for the thing counted',
    target: 'Truce Watch\nThe mission will deploy 60 unarmed monitors along the river.\n',
    others: { obs: 'Talks End\nThe truce will be watched by 60 unarmed observers.\n' },
    expected: [['obs', '60 unarmed observers', 'related']],
  },
  {
    label: 'a phrase between what is counted and its verb ("Two men on the night shift died")',
    target: 'Crash Toll\nTwo men on the night shift died at the scene.\n',
    others: { dead: 'Plant Fire\nTwo workers died in the fire.\n' },
    expected: [['dead', 'Two workers died', 'related']],
  },
  {
    label: 'an open range is as close as its bound: "at least five" is backed by five, not contradicted by a far figure first',
    target: 'Quarry Collapse\nAt least five miners were killed in the collapse on Monday.\n',
    others: {
      four: 'Rescue Ends\nFour miners were killed in the collapse on Monday, the operator said.\n',
      five: 'Valley Mourns\nFive miners died.\n',
    },
    expected: [['five', 'Five miners died', 'supports'], ['four', 'Four miners were killed', 'conflicts']],
  },
  {
    label: 'arrests are a count of people detained ("more than 60 arrests" vs "62 people were detained")',
    target: 'Strike Turns Violent\nMore than 60 arrests were made after the strike.\n',
    others: { held: 'City Calm Again\nOfficers said 62 people were detained.\n' },
    expected: [['held', '62 people were detained', 'supports']],
  },
  {
    label: 'taking part under other verbs ("joined the rally" vs "took part")',
    target: 'Rally Fills Square\nAbout 9,000 people joined the rally.\n',
    others: {
      part: 'Square Rally\nSome 8,500 people took part, organisers said.\n',
      hurt: 'Scuffles\nTwelve people were injured near the square.\n',
    },
    expected: [['part', 'Some 8,500 people took part', 'supports'], ['hurt', 'Twelve people were injured', 'related']],
  },
  {
    label: 'the same share under other nouns ("a 4% levy" vs "4 percent of profits") is offered; another share is not',
    target: 'Port Deal Signed\nThe operator will pay a 4% levy on profits.\n',
    others: {
      same: 'Harbour Lease\nThe town will receive 4 percent of profits.\n',
      other: 'Harbour Lease Terms\nThe operator also promised a further 9% of revenue.\n',
    },
    expected: [['same', '4 percent of profits', 'related']],
  },
  {
    label: 'plants and factories are one kind of site: closing four of them supports closing four; stores are another kind',
    target: 'Carmaker Shrinks\nVelant will close four factories in the north.\n',
    others: {
      same: 'Union Braces for Cuts\nThe company plans to close four plants.\n',
      stores: 'High Street Woes\nThe retailer will close 30 stores.\n',
    },
    expected: [['same', 'close four plants', 'supports'], ['stores', 'close 30 stores', 'related']],
  },
  {
    label: 'jobs cut under other words support ("cut 1,200 jobs" vs "1,200 positions will be axed"); staff employed are another measure',
    target: 'Bank Cuts Jobs\nThe lender will cut 1,200 jobs.\n',
    others: {
      same: 'Branches Close\nAbout 1,200 positions will be axed.\n',
      staff: 'Lender Profile\nThe lender employs 9,000 people.\n',
    },
    expected: [['same', 'About 1,200 positions will be axed', 'supports']],
  },
  {
    label: 'cars and vehicles recalled are one figure',
    target: 'Brake Fault\nOrlan recalled 240,000 cars over faulty brakes.\n',
    others: { same: 'Recall Widens\nAbout 240,000 vehicles were recalled.\n' },
    expected: [['same', 'About 240,000 vehicles were recalled', 'supports']],
  },
  {
    label: 'users and subscribers are one kind of thing counted',
    target: 'App Grows\nThe service now has 40 million subscribers.\n',
    others: { same: 'Streaming Rivals\nThe app has about 40 million users.\n' },
    expected: [['same', 'about 40 million users', 'related']],
  },
  {
    label: 'sites closed again and again: other figures conflict only within one time frame',
    target: 'Retailer Shrinks\nThe chain closed 40 stores this year.\n',
    others: {
      same: 'Chain Cuts Back\nThe chain closed 25 shops this year.\n',
      untimed: 'Chain History\nThe chain has closed 120 stores.\n',
    },
    // A contradicting figure is listed before a merely related passage.
    expected: [['same', 'closed 25 shops', 'conflicts'], ['untimed', 'closed 120 stores', 'related']],
  },
  {
    label: 'an approximate figure is backed by a vague one it fits ("thousands"), and a figure it cannot meet ("more than 6,000") comes after it, labelled',
    target: 'Rally in the Square\nAbout 3,000 people joined the rally on Sunday, organisers said.\n',
    others: {
      over: 'Square Fills Up\nMore than 6,000 people joined the rally on Sunday in the square, police said.\n',
      vague: 'Crowds Gather\nThousands of people joined the rally, witnesses said.\n',
    },
    expected: [['vague', 'Thousands of people joined', 'supports'], ['over', 'More than 6,000 people joined', 'conflicts']],
  },
  {
    label: 'sizes in other units compare by what they measure: "1.5 km" is backed by "one mile", not by "10 miles"',
    target: 'Depot Sealed Off\nPolice set up a cordon of 1.5 km around the depot.\n',
    others: {
      mile: 'Residents Kept Away\nThe cordon has a radius of one mile.\n',
      far: 'Smoke Seen Afar\nThe smoke could be seen 10 miles away.\n',
    },
    expected: [['mile', 'one mile', 'supports'], ['far', '10 miles away', 'related']],
  },
  {
    label: 'the same people under another verb ("400 people who fled" vs "400 people spent the night") rank above other figures of people',
    target: 'Shelter Opens\nThe charity said it had handed out blankets to about 400 people who fled their homes.\n',
    others: {
      same: 'Night in the Hall\nAbout 400 people spent the night in the school hall.\n',
      dead: 'Toll Rises\nAt least three people were killed in the clashes.\n',
    },
    expected: [['same', 'About 400 people spent', 'related'], ['dead', 'At least three people were killed', 'related']],
  },
  // Contradictions about one subject only (same-subject.ts): a shared measure is not enough.
  {
    label: 'two named indexes that fell by other figures do not contradict each other',
    target: 'Stocks Slide\nThe Velmar index fell 120 points on Monday.\n',
    others: { other: 'Markets Drop\nThe Corvane index fell 300 points on Monday.\n' },
    expected: [['other', 'fell 300 points', 'related']],
  },
  {
    label: 'index moves happen every day: untimed, other figures of one index do not conflict',
    target: 'Stocks Slide\nThe Velmar index fell 120 points.\n',
    others: { other: 'Markets Drop\nTraders watched as the Velmar index fell 300 points.\n' },
    expected: [['other', 'fell 300 points', 'related']],
  },
  {
    label: 'jobs are made and cut again and again: untimed job figures do not conflict',
    target: 'Plant Expands\nThe new line will create 900 jobs.\n',
    others: { cut: 'Plant Shrinks\nThe group will cut 400 jobs.\n' },
    expected: [['cut', 'cut 400 jobs', 'related']],
  },
  {
    label: 'the same index named in both articles: other figures conflict',
    target: 'Stocks Slide\nThe Velmar index fell 120 points on Monday.\n',
    others: { same: 'Markets Drop\nTraders watched as the Velmar index fell 300 points on Monday.\n' },
    expected: [['same', 'fell 300 points', 'conflicts']],
  },
  {
    label: 'one event, other sources: a death toll given by officials conflicts with a higher one from an aid group',
    target: 'Quake Toll\nOfficials said 40 people died in the quake.\n',
    others: { aid: 'Quake Toll Rises\nAt least 55 people died in the quake, the Red Cross said.\n' },
    expected: [['aid', 'At least 55 people died', 'conflicts']],
  },
  {
    label: 'deaths in two named towns do not contradict each other',
    target: 'Floods Hit North\nFloods killed 12 people in Tarsova on Monday.\n',
    others: { other: 'Floods Hit Coast\nFloods killed 30 people in Melbridge on Monday.\n' },
    expected: [['other', 'killed 30 people', 'related']],
  },
  {
    label: 'a town named on one side only is no other subject: the figures still conflict',
    target: 'Floods Hit North\nFloods killed 12 people on Monday.\n',
    others: { named: 'Floods Hit North\nFloods killed 30 people in Tarsova on Monday.\n' },
    expected: [['named', 'killed 30 people', 'conflicts']],
  },
  {
    label: 'plants closed this year by two named companies do not contradict each other',
    target: 'Mill Shuts\nBrandt Steel closed 4 plants this year.\n',
    others: { other: 'Cannery Shuts\nOrvell Foods Ltd closed 9 plants this year.\n' },
    expected: [['other', 'closed 9 plants', 'related']],
  },
  {
    label: 'a group of people and people at large are not counted alike ("150 passengers" / "500 people")',
    target: 'Jet Lands\nThe jet landed carrying 150 passengers.\n',
    others: { all: 'Jet Flies\nThe jet took off carrying about 500 people.\n' },
    expected: [['all', 'carrying about 500 people', 'related']],
  },
  {
    label: 'a group said to be more than all the people of the other figure conflicts ("five protesters died" / "three people died")',
    target: 'March Ends in Deaths\nFive protesters died in the clashes on Monday.\n',
    others: { fewer: 'Clashes in the Square\nThree people died in the clashes on Monday.\n' },
    expected: [['fewer', 'Three people died', 'conflicts']],
  },
  {
    label: 'one group under other words ("workers" / "employees") can conflict',
    target: 'Strike Spreads\nAbout 200 workers walked out at the mill on Monday.\n',
    others: { staff: 'Mill Idle\nMore than 900 employees walked out at the mill on Monday.\n' },
    expected: [['staff', 'More than 900 employees walked out', 'conflicts']],
  },
  {
    label: 'a sum backs a sum of the same thing: a word near the figures is shared',
    target: 'Port Deal Signed\nThe port authority signed a $2 billion dredging contract on Monday.\n',
    others: { same: 'Dredging Begins\nWork on the $2 billion dredging contract starts in June.\n' },
    expected: [['same', '$2 billion dredging contract starts', 'supports']],
  },
  {
    label: 'a sum close to another story\'s sum, with nothing else in common, is only related',
    target: 'Port Deal Signed\nThe port authority signed a $2 billion dredging contract on Monday.\n',
    others: { other: 'Carmaker Struggles\nThe carmaker has spent $2.1 billion on new plants.\n' },
    expected: [['other', 'spent $2.1 billion', 'related']],
  },
  {
    label: 'sums in two currencies do not back each other',
    target: 'Port Deal Signed\nThe port authority signed a £2 billion dredging contract on Monday.\n',
    others: { dollars: 'Dredging Begins\nWork on the $2 billion dredging contract starts in June.\n' },
    expected: [['dollars', '$2 billion dredging contract starts', 'related']],
  },
  {
    label: 'the same count of what two named firms do is only related (their jobs are not one figure)',
    target: 'Cuts at Ardent\nArdent Motors will cut 3,000 jobs at its Kestrel plant next year.\n',
    others: {
      other: 'Velko Restructures\nVelko Freight plans to cut 3,000 jobs before next spring.\n',
      same: 'Ardent Confirms Cuts\nArdent Motors confirmed it will cut 3,000 jobs at the Kestrel plant.\n',
    },
    expected: [['same', 'cut 3,000 jobs', 'supports'], ['other', 'cut 3,000 jobs', 'related']],
  },
  {
    label: 'people counted around two named bodies of one event still support each other',
    target: 'March on the Mine\nAbout 4,000 people marched against Dravik Mining on Saturday.\n',
    others: { other: 'Protest Grows\nSome 4,000 people joined the march organised by the Tarn Farmers Union on Saturday.\n' },
    expected: [['other', 'Some 4,000 people joined', 'supports']],
  },
  {
    label: 'an open range backs a figure near its bound, not any larger one ("more than 9 metres" / "11 metres", not "200 metres wide")',
    target: 'Storm Hits Port\nWaves of more than 9 metres struck the seawall.\n',
    others: {
      near: 'Seawall Breached\nWaves reached 11 metres at the height of the storm.\n',
      gap: 'Gap in the Wall\nThe ship tore a gap about 200 metres wide in the wall.\n',
    },
    expected: [['near', 'reached 11 metres', 'supports'], ['gap', 'about 200 metres wide', 'related']],
  },
  // A folder of many events: figures that only look alike (corroborate.ts sameFigure, backsTheSame, yearsClash).
  {
    label: 'close exact figures that are not one figure rounded do not back each other ("155" / "144 planes")',
    target: 'Jet Orders\nSo far 155 planes have been ordered.\n',
    others: { other: 'Order Book\nSo far 144 planes have been ordered.\n' },
    expected: [['other', '144 planes have been ordered', 'related']],
  },
  {
    label: 'a round figure backs a precise one within its rounding ("1,500" / "1,480")',
    target: 'Jet Orders\nSo far 1,500 planes have been ordered.\n',
    others: { other: 'Order Book\nSo far 1,480 planes have been ordered.\n' },
    expected: [['other', '1,480 planes have been ordered', 'supports']],
  },
  {
    label: 'a sum is known to its last digit: "$14 billion" is not "$13.4 billion"',
    target: 'Port Deal Signed\nThe port authority signed a $14 billion dredging contract.\n',
    others: {
      other: 'Dredging Begins\nWork on the $13.4 billion dredging contract starts in June.\n',
      same: 'Dredging Begins\nWork on the $14 billion dredging contract starts in June.\n',
    },
    expected: [['same', '$14 billion dredging contract starts', 'supports'], ['other', '$13.4 billion dredging contract starts', 'related']],
  },
  {
    label: 'a figure is rounded in the unit it is written in ("1.5 km" / "one mile")',
    target: 'Zone Set\nPolice set an exclusion zone of 1.5 km around the depot.\n',
    others: { other: 'Depot Fire\nResidents within one mile of the depot were told to leave.\n' },
    expected: [['other', 'one mile', 'supports']],
  },
  {
    label: 'job cuts announced by another firm are that firm\'s jobs, not the claim\'s',
    target: 'Cuts at Ardent\nArdent Motors will cut 3,000 jobs.\n',
    others: {
      other: 'Velko Restructures\nVelko Freight has announced 3,000 job cuts.\n',
      same: 'Ardent Restructures\nArdent Motors has announced 3,000 job cuts.\n',
    },
    expected: [['same', '3,000 job cuts', 'supports'], ['other', '3,000 job cuts', 'related']],
  },
  {
    label: 'a shared country is no tie between two sums',
    target: 'Budget Gap\nThe UK treasury expects to borrow £6 billion.\n',
    others: { other: 'Velko Loss\nVelko Freight lost £6 billion in the UK.\n' },
    expected: [['other', 'lost £6 billion', 'related']],
  },
  {
    label: 'the same cut by other years is another figure ("by 2012" / "by 2009")',
    target: 'Cuts at Ardent\nArdent Motors will cut 3,000 jobs by 2012.\n',
    others: {
      other: 'Ardent Plan\nArdent Motors plans to cut 3,000 jobs by 2009.\n',
      same: 'Ardent Plan\nArdent Motors plans to cut 3,000 jobs by 2012.\n',
    },
    expected: [['same', 'cut 3,000 jobs', 'supports'], ['other', 'cut 3,000 jobs', 'related']],
  },
  {
    label: 'a toll of a quake in another year does not back the claim',
    target: 'Quake Toll\nThe 2004 quake killed 2,300 people in Tarsova.\n',
    others: { other: 'Old Quake\nA quake in 1998 killed 2,300 people in Tarsova.\n' },
    expected: [['other', 'killed 2,300 people', 'related']],
  },
  {
    label: 'a headline figure corroborates a body figure',
    target: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized.\n',
    others: { head: 'Ferry Disaster Leaves 37 Dead\nThe harbour was closed.\n' },
    expected: [['head', '37 Dead', 'supports']],
  },
];

for (const row of CORRO_ROWS) {
  test(`corroborations: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    for (const [id, text] of Object.entries(row.others)) c.set(id, text, 1);
    assert.equal(c.get('target')!.analysis.claims.length, 1, 'the target article has one claim');
    const got = c.corroborations('target', 0);
    assert.deepEqual(got.map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
    // Supporting passages first, then contradicting ones, then related ones, each by score.
    const rank = (k: (typeof got)[number]) => [k.relation === 'supports' ? 0 : k.relation === 'conflicts' ? 1 : 2, -k.score];
    for (let i = 1; i < got.length; i++) {
      const [ta, sa] = rank(got[i - 1]), [tb, sb] = rank(got[i]);
      assert.ok(ta < tb || (ta === tb && sa <= sb), 'supports, conflicts, related, then by score');
    }
    for (const k of got) assert.notEqual(k.doc, 'target', 'never the same article');
  });
}

test('corroborations: an unknown document or claim index gives an empty list', () => {
  const c = new Corpus();
  c.set('a', 'Ferry Toll Rises\n37 passengers were killed.\n', 1);
  assert.deepEqual(c.corroborations('nope', 0), []);
  assert.deepEqual(c.corroborations('a', 5), []);
});

// ───────────────────────────── report contract ─────────────────────────────

test('report: buildReport matches the analyze --json contract', () => {
  const c = new Corpus();
  const texts: Record<string, string> = {
    a: 'Ferry Toll Rises 😀\nOleksandr Tkachenko, the harbour master, said: “37 passengers were killed when the ferry capsized.”\nThe Coastal Rescue Federation sent two boats. The “accident” cost the town dearly.\n',
    b: 'Inquiry Opens\nAt least 35 passengers were killed, according to Alexander Tkachenko.\nMore than 300 passengers were killed, the union claimed.\n',
  };
  for (const [id, t] of Object.entries(texts)) c.set(id, t, 1);
  const paths = new Map([['a', 'news/a.txt']]);
  const report = JSON.parse(JSON.stringify(buildReport(c, paths))); // what a consumer sees

  assert.deepEqual(Object.keys(report).sort(), ['corroborations', 'documents', 'entities', 'version']);
  assert.equal(report.version, 1);
  assert.deepEqual(report.documents.map((d: { path: string }) => d.path), ['news/a.txt', 'b'], 'paths from the map, else the id');

  const ids = new Set(report.entities.map((e: { id: string }) => e.id));
  for (const e of report.entities) {
    for (const k of ['id', 'name', 'type', 'aliases', 'documents', 'mentions']) assert.ok(k in e, `entity field ${k}`);
    assert.ok(['PERSON', 'ORG', 'LOC', 'NORP'].includes(e.type));
    assert.ok(Array.isArray(e.aliases));
  }
  const tk = report.entities.find((e: { name: string }) => e.name === 'Oleksandr Tkachenko');
  assert.ok(tk, 'one corpus entity for both spellings');
  assert.equal(tk.documents, 2);
  assert.ok(tk.aliases.includes('Alexander Tkachenko'));

  report.documents.forEach((d: any, i: number) => {
    const text = texts[['a', 'b'][i]];
    for (const m of d.entities) {
      for (const k of ['start', 'end', 'text', 'type', 'entity']) assert.ok(k in m, `mention field ${k}`);
      assert.equal(text.slice(m.start, m.end), m.text, 'mention offsets slice to text');
      assert.ok(ids.has(m.entity), `mention entity ${m.entity} is listed`);
    }
    for (const q of d.quotes) {
      for (const k of ['start', 'end', 'text', 'cue', 'speaker']) assert.ok(k in q, `quote field ${k}`);
      assert.equal(text.slice(q.start, q.end), q.text, 'quote offsets slice to text');
      if (q.speaker) for (const k of ['name', 'entity', 'text']) assert.ok(k in q.speaker, `speaker field ${k}`);
    }
    for (const cl of d.claims) {
      for (const k of ['start', 'end', 'text', 'sourced', 'source']) assert.ok(k in cl, `claim field ${k}`);
      assert.equal(text.slice(cl.start, cl.end), cl.text, 'claim offsets slice to text');
      assert.ok(['yes', 'vague', 'no'].includes(cl.sourced));
      if (cl.source) for (const k of ['text', 'entity']) assert.ok(k in cl.source, `source field ${k}`);
    }
  });

  // Document a: the quote of Tkachenko, the scare quote kept out of "quotes", the sourced claim.
  const a = report.documents[0];
  assert.equal(a.quotes.length, 1, 'the scare quote is not a quote');
  assert.equal(a.quotes[0].speaker.name, 'Oleksandr Tkachenko');
  assert.equal(a.quotes[0].speaker.entity, tk.id);
  assert.equal(a.quotes[0].cue, 'said');
  assert.deepEqual(a.scareQuotes.map((q: { text: string }) => q.text), ['accident']);
  const killed = a.claims.find((cl: { text: string }) => cl.text === '37 passengers were killed');
  assert.ok(killed);
  assert.equal(killed.sourced, 'yes');
  assert.equal(killed.source.entity, tk.id);
  // An open-ended figure has high = null in JSON (no Infinity).
  const open = report.documents[1].claims.find((cl: { text: string }) => cl.text.startsWith('More than 300'));
  assert.ok(open);
  assert.equal(open.quantity.high, null);
  assert.equal(open.quantity.low, 300);

  // Corroborations: one entry per claim, candidates from other articles with the contract's fields.
  const claimCount = report.documents.reduce((n: number, d: { claims: unknown[] }) => n + d.claims.length, 0);
  assert.equal(report.corroborations.length, claimCount);
  for (const entry of report.corroborations) {
    for (const k of ['path', 'start', 'end']) assert.ok(k in entry.claim, `corroboration claim field ${k}`);
    for (const k of entry.candidates) {
      for (const f of ['path', 'start', 'end', 'text', 'score', 'relation']) assert.ok(f in k, `candidate field ${f}`);
      assert.notEqual(k.path, entry.claim.path, 'candidates come from other articles');
      assert.ok(['supports', 'conflicts', 'related'].includes(k.relation));
      const src = texts[k.path === 'news/a.txt' ? 'a' : 'b'];
      assert.equal(src.slice(k.start, k.end), k.text, 'candidate offsets slice to text');
    }
  }
  const forKilled = report.corroborations.find((e: any) => e.claim.path === 'news/a.txt' && e.claim.start === killed.start);
  assert.equal(forKilled.candidates[0].text, 'At least 35 passengers were killed');
  assert.equal(forKilled.candidates[0].relation, 'supports');
});

test('corroborations: the index by match key ranks like a full scan, and drops a removed document', () => {
  const texts: Record<string, string> = {
    a: 'Ferry Toll Rises\n37 passengers were killed when the ferry capsized. Some 40 boats sank. The town paid €7 million.\n',
    b: 'Inquiry Opens\nAt least 35 passengers were killed. About 25 vessels have sunk. A dam that cost €7 million failed.\n',
    c: 'Union Disputes Toll\nMore than 300 passengers were killed. 120 people were injured. The worst storm since records began.\n',
    d: 'Hospital Busy\nMore than 300 passengers were injured. Most of them were passengers.\n',
  };
  const pool: ClaimRef[] = [];
  for (const [doc, text] of Object.entries(texts)) {
    const a = analyzeText(text);
    for (const claim of a.claims) pool.push({ doc, claim, terms: a.sentenceTerms[claim.sentence], entities: [] });
  }
  assert.ok(pool.length >= 10, 'enough claims to compare');
  const index = new CandidateIndex(pool);
  for (const target of pool) assert.deepEqual(index.rank(target, 10), rankCandidates(target, pool, 10), target.claim.text);
  index.removeDoc('b');
  const rest = pool.filter((r) => r.doc !== 'b');
  for (const target of rest) assert.deepEqual(index.rank(target, 10), rankCandidates(target, rest, 10), target.claim.text);
});

test('time frames: equivalent phrasings share one key', () => {
  const rows: [string | null, string | null][] = [
    ['in the past week', 'recent:week'], ['this week', 'recent:week'], ['over the last 24 hours', 'recent:hour'],
    ['since the start of the uprising', 'since:conflict-start'], ['since the beginning of the two-year insurgency', 'since:conflict-start'],
    ['since the outbreak of fighting', 'since:conflict-start'], ['since dawn', 'since:dawn'], ['overnight', 'overnight'], [null, null],
    ['from a year earlier', 'versus:year'], ['compared with the same month a year ago', 'versus:year'], ['than a month earlier', 'versus:month'], ['month on month', 'versus:month'],
  ];
  for (const [tf, key] of rows) assert.equal(timeKey(tf), key, String(tf));
});

test('a contradiction is not cut from the list by merely related passages: the conflicting-figure finding shows', () => {
  const c = new Corpus();
  c.set('target', 'Retailer Shrinks\nThe chain closed 40 stores this year.\n', 1);
  c.set('same', 'Chain Cuts Back\nThe chain closed 25 shops this year.\n', 1);
  for (let i = 0; i < 6; i++) c.set(`history${i}`, `Chain History ${i}\nThe chain has closed ${100 + i * 10} stores.\n`, 1);
  const got = c.corroborations('target', 0);
  assert.equal(got.length, 5, 'the list is cut at five');
  assert.deepEqual(got.slice(0, 1).map((k) => [k.doc, k.relation]), [['same', 'conflicts']]);
  const conflict = findingsFor(c, 'target').find((f) => f.code === 'conflicting-figure');
  assert.ok(conflict, 'a conflicting-figure finding');
  assert.match(conflict.message, /closed 25 shops/);
});

test('the best five by pruned ranking are the first five of the full ranking (supports, conflicts, related)', () => {
  // Articles with figures that back, contradict or merely touch the target's, in many wordings.
  const verbs = ['were killed', 'died', 'were injured', 'were arrested', 'fled'];
  const nouns = ['people', 'civilians', 'protesters', 'workers'];
  const refs: ClaimRef[] = [];
  for (let i = 0; i < 60; i++) {
    const n = [40, 300, 55][i % 3] + (i % 7 === 0 ? 1 : 0);
    const text = `Report ${i}\nOfficials said ${n} ${nouns[i % 4]} ${verbs[i % 5]} in the clashes on ${['Monday', 'Tuesday'][i % 2]}.\n`;
    const a = analyzeText(text);
    a.claims.forEach((claim) => refs.push({ doc: `d${i}`, claim, terms: a.sentenceTerms[claim.sentence], entities: [] }));
  }
  const target = refs[0]; // "41 people were killed … on Monday" (i = 0)
  assert.equal(refs.length, 60, 'one claim an article');
  const full = rankCandidates(target, refs, 1000);
  const relations = new Set(full.map((k) => k.relation));
  assert.ok(relations.has('supports') && relations.has('conflicts') && relations.has('related'), `all three relations among ${full.length}`);
  const key = (k: { doc: string; relation: string; score: number }) => `${k.doc} ${k.relation} ${k.score}`;
  // Cut inside the supporting passages, inside the conflicting ones, and inside the related ones.
  for (const limit of [5, 12, 30]) assert.deepEqual(rankCandidates(target, refs, limit).map(key), full.slice(0, limit).map(key), `limit ${limit}`);
});

test('a full list ending in a related passage still takes a lower-scored contradiction', () => {
  const refs: ClaimRef[] = [];
  const add = (doc: string, text: string) => {
    const a = analyzeText(text);
    a.claims.forEach((claim) => refs.push({ doc, claim, terms: a.sentenceTerms[claim.sentence], entities: [] }));
  };
  add('target', 'Clashes\nOfficials said 41 people were killed in the clashes on Monday.\n');
  // Related passages that score high come first in the pool and fill the list ...
  for (let i = 0; i < 8; i++) add(`old${i}`, `Earlier Clashes ${i}\nOfficials said ${30 + i} people were killed in the clashes last year.\n`);
  // ... then contradictions whose wording is further from the target's.
  for (let i = 0; i < 3; i++) add(`conf${i}`, `Toll ${i}\nHospitals counted ${300 + i} protesters dead after Monday.\n`);
  const full = rankCandidates(refs[0], refs, 1000);
  const conflict = full.find((k) => k.relation === 'conflicts')!;
  assert.ok(conflict && full.some((k) => k.relation === 'related' && k.score > conflict.score), 'a related passage outscores a contradiction');
  const key = (k: { doc: string; relation: string; score: number }) => `${k.doc} ${k.relation} ${k.score}`;
  for (const limit of [5, 6, 8]) assert.deepEqual(rankCandidates(refs[0], refs, limit).map(key), full.slice(0, limit).map(key), `limit ${limit}`);
});
