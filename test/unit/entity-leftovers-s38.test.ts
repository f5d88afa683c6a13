// Entity left-overs of local, regional and political news: a town before a noun for one of its people ("Tarnby
// man Jonas Pell", "a Tarnby woman"; entity-member-nouns.ts TOWN_PEOPLE), places the generated persons list held
// as people only and Australia's states ("Police in Victoria said", "New South Wales"; model/lexicon.ts), a
// month's short form that is a given name at a sentence start ("Jun Takeda said"; entity-word-given.ts), a seat
// or a minister's field before the holder's name ("Member for Tarnby North Ada Rusk"; entity-title-holder.ts,
// 03-entities.ts titleOf), "Flat" or "Gully" ending a place's name ("Tōtara Flat"; model/words.ts LOC_HEADS), and
// a saint's church listed after another ("to St Jude's and St Anne's"; entity-possessive-shops.ts), and words of
// today's news no word list held ("Blockchain analysts said"; model/lexicon.ts NEWER_WORDS), and a firm before its
// analysts or economists ("Velmont analysts said"; entity-member-nouns.ts FIRM_EXPERTS), and a maker before a
// model's number in a sentence about an aircraft ("a Corvan 320 landed"; entity-makers.ts), and two emergency
// services before a place ("Fire and Emergency Tarnby"; entity-national-bodies.ts), and three names listed after "in"
// ("homes in Tarnby, Orrel and Vell"; entity-from-lists.ts), and a house's short name ("Orrel House" … "Orrel";
// 03-entities.ts ESTATE_HEADS).
// Run with `node --import tsx --test test/unit/entity-leftovers-s38.test.ts`. All names but those of real
// countries, states and cities are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Harbour board weighs new levy';

const TOWN_PEOPLE: EntityRow[] = [
  {
    label: 'a name before a noun for one person of a town is the town: "Tarnby man Jonas Pell", "a Tarnby woman"',
    body: 'Tarnby man Jonas Pell was charged on Monday. A Velmore woman was hurt in the crash.',
    has: [{ text: 'Tarnby', type: 'LOC' }, { text: 'Jonas Pell', type: 'PERSON' }, { text: 'Velmore', type: 'LOC' }],
  },
  {
    label: 'a town\'s singer or native is named by the town: "Tarnby singer Mira Olsen", "Orrel native Ada Rusk"',
    body: 'Tarnby singer Mira Olsen said the tour would go ahead. Orrel native Ada Rusk won the award.',
    has: [{ text: 'Tarnby', type: 'LOC' }, { text: 'Mira Olsen', type: 'PERSON' }, { text: 'Orrel', type: 'LOC' }],
  },
  {
    label: 'guard: a family\'s children and the family stay a person\'s: "the Olsen boys", "the Pell family"',
    body: 'Mira Olsen said the dog was lost. The Olsen boys found it. The Pell family said thanks.',
    has: [{ text: 'Olsen', type: 'PERSON' }, { text: 'Pell', type: 'PERSON' }],
  },
];

const LISTED_PLACES: EntityRow[] = [
  {
    label: 'a state the persons list held as a person is a place: "Police in Victoria said", "Victoria\'s premier"',
    body: 'Police in Victoria said the road was shut. Victoria\'s premier said it would reopen.',
    has: [{ text: 'Victoria', type: 'LOC' }],
  },
  {
    label: 'a country and a city the persons list held are places: "officials in Jordan", "Police in Houston"',
    body: 'Officials in Jordan said the border was shut. Police in Houston said the road was shut.',
    has: [{ text: 'Jordan', type: 'LOC' }, { text: 'Houston', type: 'LOC' }],
  },
  {
    label: 'Australia\'s states no list held: "New South Wales" (not a body ending in a country), "South Australia"',
    body: 'Floods hit homes in New South Wales on Monday. Crews from South Australia helped.',
    has: [{ text: 'New South Wales', type: 'LOC' }, { text: 'South Australia', type: 'LOC' }],
  },
  {
    label: 'guard: a person\'s full name led by such a given name stays a person: "Victoria Rusk", "Jordan Pell"',
    body: 'Victoria Rusk said the road was shut. Jordan Pell agreed. Rusk later left.',
    has: [{ text: 'Victoria Rusk', type: 'PERSON' }, { text: 'Jordan Pell', type: 'PERSON' }, { text: 'Rusk', type: 'PERSON' }],
  },
  {
    label: 'guard: a state body ending in a state\'s short form stays a body: "Surf Life Saving NSW"',
    body: 'Surf Life Saving NSW said the beach was shut.',
    has: [{ text: 'Surf Life Saving NSW', type: 'ORG' }],
  },
];

const MONTH_GIVEN: EntityRow[] = [
  {
    label: 'a month\'s short form that is a given name keeps it before a surname: "Jun Takeda said", "said Jun Takeda"',
    body: 'Jun Takeda said the plan would work. The plan would fail, said Jun Arai.',
    has: [{ text: 'Jun Takeda', type: 'PERSON' }, { text: 'Jun Arai', type: 'PERSON' }],
  },
  {
    label: 'guard: the short form before a year or a day stays a date: "in Jun 2024", "on Jun 5"',
    body: 'Sales rose in Jun 2024, the firm said. Shares fell on Jun 5.',
    has: [],
    lacks: ['Jun'],
  },
];

const OFFICE_HOLDERS: EntityRow[] = [
  {
    label: 'a seat after "Member for" ends before its holder\'s name: "Member for Tarnby North Ada Rusk said"',
    body: 'Member for Tarnby North Ada Rusk said the road was shut.',
    has: [{ text: 'Tarnby North', type: 'LOC' }, { text: 'Ada Rusk', type: 'PERSON' }],
  },
  {
    label: 'a field of government before its minister\'s name is no body: "Minister for Treaty Negotiations Ada Rusk"',
    body: 'Minister for Treaty Negotiations Ada Rusk said talks would resume.',
    has: [{ text: 'Ada Rusk', type: 'PERSON' }],
    lacks: ['Treaty Negotiations'],
  },
  {
    label: 'guard: a place after "Minister for" stays a place before the holder: "Minister for Tarnby Harbour Jonas Pell"',
    body: 'Minister for Tarnby Harbour Jonas Pell said the road was shut.',
    has: [{ text: 'Tarnby Harbour', type: 'LOC' }, { text: 'Jonas Pell', type: 'PERSON' }],
  },
  {
    label: 'guard: a firm after a lower-case title and "of" stays a firm before its holder: "the chairman of Velmont Marine Frank Ostby"',
    body: 'The plan was backed by the chairman of Velmont Marine Frank Ostby on Monday.',
    has: [{ text: 'Velmont Marine', type: 'ORG' }, { text: 'Frank Ostby', type: 'PERSON' }],
  },
];

const FLATS: EntityRow[] = [
  {
    label: 'a name ending in "Flat" or "Gully" is a place, with a macron too: "Tōtara Flat residents said", "Velmoa Gully"',
    body: 'Tōtara Flat residents said the road was shut. Velmoa Gully was cut off by floods.',
    has: [{ text: 'Tōtara Flat', type: 'LOC' }, { text: 'Velmoa Gully', type: 'LOC' }],
  },
  {
    label: 'guard: "Flat" in a market headline is no place: "Shares Close Flat After Rally"',
    body: 'Shares Close Flat After Rally\nShares closed flat on Monday, traders said.\n',
    full: true,
    has: [],
    lacks: ['Shares Close Flat'],
  },
];

const SAINTS_LISTED: EntityRow[] = [
  {
    label: 'a saint\'s church or school listed after another keeps its "\'s": "to St Jude\'s and St Anne\'s", "St Mark\'s, St Anne\'s"',
    body: 'Grants went to St Jude\'s and St Anne\'s on Monday. Pupils at St Ives\'s, St Mark\'s or St Bede\'s sang.',
    has: [{ text: 'St Anne\'s', type: 'ORG' }, { text: 'St Mark\'s', type: 'ORG' }, { text: 'St Bede\'s', type: 'ORG' }],
  },
  {
    label: 'guard: a feast day after the listed place stays no name: "to St Jude\'s and St Anne\'s Day"',
    body: 'Grants went to St Jude\'s and St Anne\'s Day was marked.',
    has: [{ text: 'St Jude\'s', type: 'ORG' }],
    lacks: ['Anne'],
  },
];

const NEWER_WORDS: EntityRow[] = [
  {
    label: 'a word of today\'s news opening a sentence is no name: "Blockchain analysts said", "Fintech firms", "Ransomware gangs"',
    body: 'Blockchain analysts said the token fell. Fintech firms agreed. Ransomware gangs hit the port.',
    has: [],
    lacks: ['Blockchain', 'Fintech', 'Ransomware'],
  },
  {
    label: 'guard: such a word inside a firm\'s name stays in it: "the Orrel Crypto Exchange", "Velmont Streaming"',
    body: 'The Orrel Crypto Exchange said the token fell. Shares in Velmont Streaming rose.',
    has: [{ text: 'Orrel Crypto Exchange', type: 'ORG' }, { text: 'Velmont Streaming', type: 'ORG' }],
  },
];

const FIRM_EXPERTS: EntityRow[] = [
  {
    label: 'a name before a firm\'s analysts or economists is the firm: "Velmont analysts said", "Orrel economists expect"',
    body: 'Velmont analysts said the token fell. Orrel economists expect rates to rise.',
    has: [{ text: 'Velmont', type: 'ORG' }, { text: 'Orrel', type: 'ORG' }],
  },
  {
    label: 'guard: a nation\'s adjective before them stays one: "Ostrelian economists expect"',
    body: 'Ostrelian economists expect rates to rise.',
    has: [{ text: 'Ostrelian', type: 'NORP' }],
  },
];

const CRAFT_MAKERS: EntityRow[] = [
  {
    label: 'a name before a model\'s number in a sentence about an aircraft is the maker: "A Corvan 320 landed", "Skyline Air\'s Corvan 320"',
    body: 'A Corvan 320 landed safely, officials said. Skyline Air\'s Dremel 550 jets were grounded.',
    has: [{ text: 'Corvan', type: 'ORG' }, { text: 'Dremel', type: 'ORG' }],
  },
  {
    label: 'guard: a number after a name with no craft in the sentence changes nothing: "Olsen 320 runs", "Mira Olsen"',
    body: 'Mira Olsen scored well. Olsen 320 runs made the final.',
    has: [{ text: 'Olsen', type: 'PERSON' }],
  },
];

const EMERGENCY_BODIES: EntityRow[] = [
  {
    label: 'two emergency services joined by "and" before a place are one body: "Fire and Emergency Tarnby said"',
    body: 'Fire and Emergency Tarnby said the blaze was out by noon. Crews from Fire and Rescue Ostrelia helped.',
    has: [{ text: 'Fire and Emergency Tarnby', type: 'ORG' }, { text: 'Fire and Rescue Ostrelia', type: 'ORG' }],
  },
  {
    label: 'guard: a field\'s agency before its country keeps its own name: "Health Ostrelia said"; one service and a person stay apart',
    body: 'Health Ostrelia said the drug was safe. Police and Mira Olsen searched the hills.',
    has: [{ text: 'Health Ostrelia', type: 'ORG' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
];

const IN_LISTS: EntityRow[] = [
  {
    label: 'three one-word names listed after "in" beside a place are all places: "homes in Tarnby, Orrel and Vell"',
    body: 'Floods hit homes in Tarnby, Orrel and Vell on Monday. Vell was worst hit.',
    has: [{ text: 'Tarnby', type: 'LOC' }, { text: 'Orrel', type: 'LOC' }, { text: 'Vell', type: 'LOC' }],
  },
  {
    label: 'the name after "and" ends the list, so a person after it leaves it whole: "in Tarnby, Orrel and Vell, Ada Rusk said"',
    body: 'Crews worked in Tarnby, Orrel and Vell, Ada Rusk said.',
    has: [{ text: 'Orrel', type: 'LOC' }, { text: 'Ada Rusk', type: 'PERSON' }],
  },
  {
    label: 'guard: a list with a given name stays with people: "a letter from Vell, Orrel and Mira"',
    body: 'Ada Rusk read a letter from Vell, Orrel and Mira on Monday.',
    has: [{ text: 'Mira', notType: 'LOC' }],
  },
];

const ESTATES: EntityRow[] = [
  {
    label: 'a house\'s first word alone later is the house: "Orrel House" … "Orrel was built in 1820"',
    body: 'Guests met at Orrel House on Monday. Orrel was built in 1820, Ada Rusk said.',
    has: [{ text: 'Orrel', type: 'LOC' }, { text: 'Ada Rusk', type: 'PERSON' }],
  },
  {
    label: 'guard: a person named in full keeps a surname the house shares: "Jonas Orrel" … "Orrel House" … "Orrel said"',
    body: 'Jonas Orrel bought the estate in May. Guests met at Orrel House on Monday. Orrel said it would reopen.',
    has: [{ text: 'Orrel House', type: 'LOC' }, { text: 'Orrel', type: 'PERSON' }],
  },
];

entityRowTests('town people', HEADLINE, TOWN_PEOPLE);
entityRowTests('listed places', HEADLINE, LISTED_PLACES);
entityRowTests('month given names', HEADLINE, MONTH_GIVEN);
entityRowTests('office holders', HEADLINE, OFFICE_HOLDERS);
entityRowTests('flats and gullies', HEADLINE, FLATS);
entityRowTests('saints listed', HEADLINE, SAINTS_LISTED);
entityRowTests('newer words', HEADLINE, NEWER_WORDS);
entityRowTests('firm experts', HEADLINE, FIRM_EXPERTS);
entityRowTests('craft makers', HEADLINE, CRAFT_MAKERS);
entityRowTests('emergency bodies', HEADLINE, EMERGENCY_BODIES);
entityRowTests('lists after in', HEADLINE, IN_LISTS);
entityRowTests('estates', HEADLINE, ESTATES);
