// East and Southeast Asian English-language press, names: a currency's letters glued to a sum are no names ("HK$6.2
// billion", "US$760 million", "RM1.2 billion", "P340-million", "Rp4.5 trillion", "VND15 trillion", "SGD1.75 billion":
// entity-coded-names.ts dropCurrencySigns); the Malaysian, Indonesian and Vietnamese legal forms "Bhd", "Sdn Bhd",
// "Tbk" and "JSC" end a firm's name (words.ts LEGAL_FORMS, ORG_HEADS); the Malaysian titles "Datuk", "Dato'",
// "Datin", "Tun", "Puan" and "Datuk Seri" are titles, not names (words.ts TITLE_HEADS, 03-entities.ts malaySeri); a
// government body named after a list of portfolios is one name ("the Ministry of Economy, Trade and Industry":
// entity-portfolio-lists.ts); "the Office of the Ombudsman" is one body (03-entities.ts officeOfTitle).
// Run with `node --import tsx --test test/unit/entity-asia-press.test.ts`. All text is fictional.
import { type EntityRow, entityRowTests } from './entity-rows';

const CURRENCY_LETTERS: EntityRow[] = [
  {
    label: 'a country\'s letters glued to a dollar sign are no body or place: "HK$6.2 billion", "US$760 million"',
    body: 'The estate, built at a cost of HK$6.2 billion, opens in May. Velhaven will spend US$760 million on the tunnel.',
    has: [{ text: 'Velhaven' }],
    lacks: ['HK$', 'US$'],
  },
  {
    label: 'the ringgit\'s "RM" glued to a sum is no name: "RM1.2 billion", "RM1.52"',
    body: 'Orchid Land Bhd will sell the stake for RM1.2 billion. Its shares closed at RM1.52 on Friday.',
    has: [{ text: 'Orchid Land Bhd', type: 'ORG' }],
    lacks: ['RM1.2', 'RM1.52'],
  },
  {
    label: 'the peso\'s "P" with a scale, hyphened or not, is no name: "P340-million", "P1.8 billion"',
    body: 'The Velasco council approved a P340-million drainage project. Auditors said P1.8 billion in relief funds remained unspent.',
    has: [{ text: 'Velasco' }],
    lacks: ['P340-million', 'P1.8'],
  },
  {
    label: 'the rupiah\'s "Rp" and an ISO code glued to a sum are no names: "Rp4.5 trillion", "VND15 trillion", "SGD1.75 billion"',
    body: 'Jayapura will get Rp4.5 trillion, and Cantho VND15 trillion. Analysts priced the bond at SGD1.75 billion.',
    has: [{ text: 'Jayapura' }],
    lacks: ['Rp4.5', 'VND15', 'SGD1.75'],
  },
  {
    label: 'guard: a country\'s letters with no dollar sign glued on stay a place',
    body: 'US officials met the trade team in Velhaven on Monday.',
    has: [{ text: 'US', type: 'LOC' }],
  },
  {
    label: 'guard: a lone "P" glued to digits with no scale is left as it was ("Room P5")',
    body: 'Room P5 and the P1 grade stay open.',
    has: [{ text: 'P5' }],
  },
];

const LEGAL_FORMS: EntityRow[] = [
  {
    label: '"Bhd" and "Sdn Bhd" end a Malaysian firm\'s name',
    body: 'Orchid Land Bhd agreed to sell the stake. Harapan Maju Sdn Bhd was fined.',
    has: [{ text: 'Orchid Land Bhd', type: 'ORG' }, { text: 'Harapan Maju Sdn Bhd', type: 'ORG' }],
  },
  {
    label: '"JSC" ends a Vietnamese joint-stock company\'s name',
    body: 'Vinh Phat Construction JSC won the contract.',
    has: [{ text: 'Vinh Phat Construction JSC', type: 'ORG' }],
  },
  {
    label: 'guard: a Vietnamese person\'s name with no legal form stays a person',
    body: 'Nguyen Van Hoa said the project was urgent.',
    has: [{ text: 'Nguyen Van Hoa', type: 'PERSON' }],
  },
];

const MALAY_TITLES: EntityRow[] = [
  {
    label: '"Datuk Seri" is a title before the name',
    body: 'Datuk Seri Lim Boon Keat said the deal was sound.',
    has: [{ text: 'Lim Boon Keat', type: 'PERSON' }],
    lacks: ['Datuk', 'Seri'],
  },
  {
    label: '"Datin" and "Dato\'" are titles before the name',
    body: 'Datin Noor Aisyah opened the fair. Meanwhile, Dato\' Azlan Rahimi, the chairman of the board, said the state had grown.',
    has: [{ text: 'Noor Aisyah', type: 'PERSON' }, { text: 'Azlan Rahimi', type: 'PERSON' }],
    lacks: ['Datin', 'Dato'],
  },
  {
    label: 'guard: "Seri" opening a firm\'s name with no title before it stays in the name',
    body: 'Seri Mutiara Bhd agreed to sell the stake.',
    has: [{ text: 'Seri Mutiara Bhd' }],
  },
  {
    label: 'guard: "Tan Sri" stays a title as before',
    body: 'Tan Sri Abdul Karim Yusof agreed.',
    has: [{ text: 'Abdul Karim Yusof', type: 'PERSON' }],
  },
];

const PORTFOLIO_LISTS: EntityRow[] = [
  {
    label: 'a ministry named after a list of portfolios with commas is one body',
    body: 'The Ministry of Economy, Trade and Industry is monitoring the plant.',
    has: [{ text: 'Ministry of Economy, Trade and Industry', type: 'ORG' }],
  },
  {
    label: 'a department named after two portfolios, one word after "and", is one body',
    body: 'Two officials of the Department of Public Works and Highways were charged. The Ministry of Health and Welfare said cases rose.',
    has: [{ text: 'Department of Public Works and Highways', type: 'ORG' }, { text: 'Ministry of Health and Welfare', type: 'ORG' }],
  },
  {
    label: 'a list of four portfolios with commas is one body',
    body: 'The Ministry of Land, Infrastructure, Transport and Tourism issued the order.',
    has: [{ text: 'Ministry of Land, Infrastructure, Transport and Tourism', type: 'ORG' }],
  },
  {
    label: 'guard: "Local Government" closing the list stays one body, as before',
    body: 'The Ministry of Housing and Local Government said prices fell.',
    has: [{ text: 'Ministry of Housing and Local Government', type: 'ORG' }],
  },
  {
    label: 'guard: a name after "and" is a second body',
    body: 'The Ministry of Health and Velmar Aid sent teams.',
    has: [{ text: 'Ministry of Health', type: 'ORG' }, { text: 'Velmar Aid' }],
  },
  {
    label: 'guard: bodies listed after a ministry with commas stay apart',
    body: 'The Ministry of Defence, Velmar Council and Orrin Trust met.',
    has: [{ text: 'Ministry of Defence', type: 'ORG' }, { text: 'Velmar Council', type: 'ORG' }, { text: 'Orrin Trust', type: 'ORG' }],
  },
];

const OFFICE_OF_THE: EntityRow[] = [
  {
    label: '"the Office of the Ombudsman" is one body, not "Office"',
    body: 'The Office of the Ombudsman has filed charges against the mayor.',
    has: [{ text: 'Office of the Ombudsman', type: 'ORG' }],
  },
  {
    label: 'the same with a title of two words: "the Office of the Chief Minister"',
    body: 'Aides said the Office of the Chief Minister would reply.',
    has: [{ text: 'Office of the Chief Minister', type: 'ORG' }],
  },
  {
    label: 'guard: a titled person after the body stays a person',
    body: 'The Office of the Ombudsman filed the case, Ombudsman Rita Calloway said.',
    has: [{ text: 'Rita Calloway', type: 'PERSON' }],
  },
];

entityRowTests('asia press currency letters', 'Harbour Estate Opens Late', CURRENCY_LETTERS);
entityRowTests('asia press legal forms', 'Harbour Estate Opens Late', LEGAL_FORMS);
entityRowTests('asia press malay titles', 'Harbour Estate Opens Late', MALAY_TITLES);
entityRowTests('asia press portfolio lists', 'Harbour Estate Opens Late', PORTFOLIO_LISTS);
entityRowTests('asia press office of the', 'Harbour Estate Opens Late', OFFICE_OF_THE);
