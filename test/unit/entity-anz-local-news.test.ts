// Australian and New Zealand local news: the short ranks before a name ("Det Insp", "Snr Sgt", "Sen Const",
// councillors' "Cr", an elder's "Kaumātua") are titles, not part of the name (model/words.ts TITLE_HEADS); two
// titled people joined by "and" are two names (entity-titled-pairs.ts); the states' short forms ("Qld", "Tas",
// "SA") are places and an iwi's name ("Ngāti …", "Ngāi …") is a body (model/words.ts STATE_SHORT_FORMS,
// IWI_OPENERS); "Maunga" opens a mountain's name (LEADING_LOC_HEADS); a portfolio before "Minister" ("Sport
// Minister", "Tourism Minister") is part of the title, no body (TITLE_MODIFIERS); two or more words before a
// country or a state's short form are a body ("Surf Life Saving NSW", entity-start-pairs.ts countryAfterWords),
// also at a sentence start. Macrons never split a name.
// Run with `node --import tsx --test test/unit/entity-anz-local-news.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const RANKS: EntityRow[] = [
  {
    label: '"Det Insp" before a name is a title: the later "Det Insp Carrow" is the surname alone',
    body: 'Detective Inspector Rhys Carrow led the search. "We found him," Det Insp Carrow said.',
    has: [{ text: 'Carrow', type: 'PERSON' }],
    lacks: ['Insp'],
  },
  {
    label: '"Snr Sgt" and "Sen Const" are ranks',
    body: 'Snr Sgt Ben Orrick said two cars were stopped. Sen Const Ali Parrow was hurt.',
    has: [{ text: 'Ben Orrick', type: 'PERSON' }, { text: 'Ali Parrow', type: 'PERSON' }],
    lacks: ['Snr', 'Const'],
  },
  {
    label: 'a councillor\'s "Cr" is a title, with a macron and a hyphen in the surname',
    body: 'Councillor Wiremu Tāmaki-Hōne voted against it. "People are struggling," Cr Tāmaki-Hōne said.',
    has: [{ text: 'Tāmaki-Hōne', type: 'PERSON' }],
    lacks: ['Cr '],
  },
  {
    label: '"Kaumātua" before a name is an elder\'s title',
    body: 'Kaumātua Rawiri Penetito opened the hui at dawn.',
    has: [{ text: 'Rawiri Penetito', type: 'PERSON' }],
    lacks: ['Kaumātua'],
  },
  {
    label: 'guard: a plain "Sgt" and "Supt" were titles already and stay so',
    body: 'Sgt Tom Reedy and officers from Supt Kim Farrant\'s team arrived.',
    has: [{ text: 'Tom Reedy', type: 'PERSON' }, { text: 'Kim Farrant', type: 'PERSON' }],
  },
];

const TITLED_PAIRS: EntityRow[] = [
  {
    label: 'two titled people joined by "and" are two names',
    body: 'Mayor Kate Hollin and Police Minister Ann Polby attended the service.',
    has: [{ text: 'Kate Hollin', type: 'PERSON' }, { text: 'Ann Polby', type: 'PERSON' }],
    lacks: [' and '],
  },
  {
    label: 'the same after a sentence\'s opening "The", with a place before the second title',
    body: 'The MP Kate Hollin and Tarvish Premier Brett Kallow attended.',
    has: [{ text: 'Kate Hollin', type: 'PERSON' }, { text: 'Brett Kallow', type: 'PERSON' }],
    lacks: [' and '],
  },
  {
    label: 'guard: a field of work across "and" stays one body\'s name',
    body: 'The Velmar Research and Development Institute opened a lab.',
    has: [{ text: 'Velmar Research and Development Institute', type: 'ORG' }],
  },
  {
    label: 'guard: a body before "and" with no title word stays as it was',
    body: 'The Department of Fisheries and Coastal Services Secretary Jo Bellam spoke.',
    has: [{ text: 'Department of Fisheries and Coastal Services', type: 'ORG' }, { text: 'Jo Bellam', type: 'PERSON' }],
  },
];

const PLACES_AND_IWI: EntityRow[] = [
  {
    label: 'the states\' short forms "Qld", "Tas" and "SA" are places',
    body: 'Crews from Qld and Tas arrived on Monday. The SA government sent two trucks.',
    has: [{ text: 'Qld', type: 'LOC' }, { text: 'Tas', type: 'LOC' }, { text: 'SA', type: 'LOC' }],
  },
  {
    label: 'guard: "SA" after a firm\'s name is its legal form, part of the firm',
    body: 'Dalvenne SA said profits rose.',
    has: [{ text: 'Dalvenne SA' }],
  },
  {
    label: 'an iwi\'s name, with or without macrons, is a body, not a person',
    body: 'Members of Ngāti Rēwhai gathered at the marae. The hapū of Ngai Tarewa said no.',
    has: [{ text: 'Ngāti Rēwhai', type: 'ORG' }, { text: 'Ngai Tarewa', type: 'ORG' }],
  },
  {
    label: 'guard: a trust named after an iwi stays one body',
    body: 'Ngāti Rēwhai Trust chairwoman Mereana Tūhorua said the return was a moment for the whole hapū.',
    has: [{ text: 'Ngāti Rēwhai Trust', type: 'ORG' }, { text: 'Mereana Tūhorua', type: 'PERSON' }],
  },
  {
    label: '"Maunga" opens a mountain\'s name',
    body: 'The deal transfers Maunga Tūwharo to the iwi. Hikers climbed Maunga Rerewai on Sunday.',
    has: [{ text: 'Maunga Tūwharo', type: 'LOC' }, { text: 'Maunga Rerewai', type: 'LOC' }],
  },
  {
    label: 'guard: "Mount" and "Lake" still open places',
    body: 'Hikers climbed Mount Orvane above Lake Tessary.',
    has: [{ text: 'Mount Orvane', type: 'LOC' }, { text: 'Lake Tessary', type: 'LOC' }],
  },
];

const PORTFOLIOS: EntityRow[] = [
  {
    label: 'a portfolio before "Minister" is part of the title, not an organisation',
    body: 'A spokesperson for Sport Minister Tanya Ferrano said the fund was open. Tourism Minister Ana Rellby agreed.',
    has: [{ text: 'Tanya Ferrano', type: 'PERSON' }, { text: 'Ana Rellby', type: 'PERSON' }],
    lacks: ['Sport', 'Tourism'],
  },
  {
    label: 'guard: a body named for the same field keeps its name',
    body: 'The Tourism Council and the Heritage Foundation met on Monday.',
    has: [{ text: 'Tourism Council', type: 'ORG' }, { text: 'Heritage Foundation', type: 'ORG' }],
  },
  {
    label: 'guard: a plural portfolio with its possessive mark leaves no fragment ("Veterans\' Affairs Minister")',
    body: "Veterans' Affairs Minister Simon Alcotte said the branch was a cornerstone of the town.",
    has: [{ text: 'Simon Alcotte', type: 'PERSON' }],
    lacks: ['Affairs'],
  },
  {
    label: 'guard: a state\'s agency named for the field and the country stays a body',
    body: 'Tourism Orvania said arrivals rose.',
    has: [{ text: 'Tourism Orvania', type: 'ORG' }],
  },
];

const COUNTRY_BODIES: EntityRow[] = [
  {
    label: 'words before a state\'s short form opening a sentence are one body, its first word kept',
    body: 'Surf Rescue Patrols NSW said the beach was unpatrolled at the time.',
    has: [{ text: 'Surf Rescue Patrols NSW', type: 'ORG' }],
  },
  {
    label: 'the same before a two-word country, mid-sentence too',
    body: 'Local Councils New Zealand president Sandra Whitcombe said so. Members of Local Councils New Zealand agreed.',
    has: [{ text: 'Local Councils New Zealand', type: 'ORG' }, { text: 'Sandra Whitcombe', type: 'PERSON' }],
  },
  {
    label: 'guard: one ordinary word before a country opening a sentence is no body',
    body: 'Yesterday New Zealand won the toss.',
    has: [{ text: 'New Zealand', type: 'LOC' }],
    lacks: ['Yesterday'],
  },
];

entityRowTests('anz ranks', 'Flood Warning for Tallowmere', RANKS);
entityRowTests('anz titled pairs', 'Flood Warning for Tallowmere', TITLED_PAIRS);
entityRowTests('anz places and iwi', 'Flood Warning for Tallowmere', PLACES_AND_IWI);
entityRowTests('anz portfolios', 'Flood Warning for Tallowmere', PORTFOLIOS);
entityRowTests('anz country bodies', 'Flood Warning for Tallowmere', COUNTRY_BODIES);
