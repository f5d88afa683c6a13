// Labelled sentences for the names of a country's bodies and their nationality adjectives: "Statistics X" is a
// national office, the country inside "Bank of X" gives its adjective a stem, an unknown -an/-ian/-ese/-ish word
// before a state's noun is a NORP, and a body named after its building speaks of itself as "it" ("Dunmere Hall
// said it would …"), and a team named by an ordinary word that only opens sentences of a sports article
// ("Kestrel have lost …") is kept. Run with `node --import tsx --test test/unit/entity-bodies-teams.test.ts`. All
// names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Storm Surge Hits Coastal Town';


const ROWS: EntityRow[] = [
  {
    label: 'a body named "… Partnership" is an organisation, not a place: "the Tolvey Retail Crime Partnership"',
    body: 'Shop thefts rose 35% last year, according to the Tolvey Retail Crime Partnership. The Harlow Housing Partnership said rents rose.',
    has: [{ text: 'Tolvey Retail Crime Partnership', type: 'ORG' }, { text: 'Harlow Housing Partnership', type: 'ORG' }],
  },
  {
    label: 'a national statistics office named "Statistics X" is an organisation, and X a place: "Statistics Ostrelia said"',
    full: true,
    body: 'Ostrelia prices cool\nConsumer prices rose 2.1% in May, Statistics Ostrelia said on Friday. Statistics Ostrelia said food cost less.\n',
    has: [{ text: 'Statistics Ostrelia', type: 'ORG' }, { text: 'Ostrelia', type: 'LOC' }],
  },
  {
    label: 'the country named only inside "Bank of X" gives its adjective a stem: "the Dalvenian currency" is a NORP',
    body: 'The Dalvenian currency fell 2% after the Bank of Dalvenia cut its main rate. Dalvenian exporters cheered.',
    has: [{ text: 'Dalvenian', type: 'NORP' }, { text: 'Bank of Dalvenia', type: 'ORG' }],
  },
  {
    label: 'an unknown -an/-ian/-ese word before a state\'s noun is a nationality adjective: "the Korvanese economy", "Ostrelian officials"',
    body: 'The Korvanese economy shrank in the spring. Ostrelian officials said on Monday that talks would resume.',
    has: [{ text: 'Korvanese', type: 'NORP' }, { text: 'Ostrelian', type: 'NORP' }],
  },
  {
    label: 'guard: an -an word before a firm\'s noun, not a state\'s, stays a firm: "Torvan shares fell … Torvan said it would cut"',
    body: 'Torvan shares fell 4% on Monday after Torvan said it would cut 300 jobs at two plants.',
    has: [{ text: 'Torvan', type: 'ORG' }],
  },
  {
    label: 'a name ending in Hall or House that says "it would" is a body, not a person: "Dunmere Hall said it would close the wing"',
    body: 'Dunmere Hall said it would close the east wing in March. Caldwick House says it will take 40 patients.',
    has: [{ text: 'Dunmere Hall', type: 'ORG' }, { text: 'Caldwick House', type: 'ORG' }],
  },
  {
    label: 'guard: a person whose surname is Hall stays a person after "said it would": "Anna Hall said it would rain"',
    body: 'Anna Hall said it would rain all week. Hall, a farmer, was worried.',
    has: [{ text: 'Anna Hall', type: 'PERSON' }],
  },
  {
    label: 'an ordinary word opening a sentence with a plural verb in an article with a score is a team: "Kestrel have lost … 2-1"',
    body: 'Kestrel have lost three of their last four games after a 2-1 defeat on Saturday. Kestrel manager Ivo Brenn said the side would recover.',
    has: [{ text: 'Kestrel', type: 'ORG' }, { text: 'Ivo Brenn', type: 'PERSON' }],
  },
  {
    label: 'a result verb before another side makes the word a team in a league report: "Harrier beat Ostmoor"',
    body: 'Harrier beat Ostmoor in the league on Sunday, and Ostmoor fell to fifth.',
    has: [{ text: 'Harrier', type: 'ORG' }],
  },
  {
    label: 'guard: a noun with a plural verb of its own opens a sentence of a sports article: "People have lost … 2-1"',
    body: 'People have lost interest after a 2-1 defeat on Saturday, said Ivo Brenn.',
    has: [{ text: 'Ivo Brenn', type: 'PERSON' }],
    lacks: ['People'],
  },
  {
    label: 'guard: without a sports cue in the article, an ordinary word with a plural verb is no team: "Kestrel have nested"',
    body: 'Kestrel have nested on the cliffs again this spring, said Ivo Brenn.',
    has: [{ text: 'Ivo Brenn', type: 'PERSON' }],
    lacks: ['Kestrel'],
  },
  {
    label: 'a state\'s ministry after an unknown -ese/-an word makes it a nationality adjective: "The Dalmese foreign ministry said"',
    body: 'The Dalmese foreign ministry said talks had failed. The Korvan defence ministry denied it.',
    has: [{ text: 'Dalmese', type: 'NORP' }, { text: 'Korvan', type: 'NORP' }],
  },
  {
    label: 'a headline\'s ordinary word before a result\'s plural verb is the team: "Kestrel slip to third after draw"',
    full: true,
    body: 'Kestrel slip to third after draw\nHarwick beat them 2-1 on Saturday, and they fell to third in the league.\n',
    has: [{ text: 'Kestrel', type: 'ORG' }],
  },
  {
    label: 'a one-word name before a result verb, "them" and a score is the other side: "Harwick beat them 2-1"',
    full: true,
    body: 'Kestrel slip to third after draw\nHarwick beat them 2-1 on Saturday, and they fell to third in the league.\n',
    has: [{ text: 'Harwick', type: 'ORG' }],
  },
  {
    label: 'a one-word name after "they", a result verb and a score is the other side: "they beat Kelby 4-2"',
    body: 'Orrin Vale moved up to third after they beat Kelby 4-2 at Moss Road on Sunday.',
    has: [{ text: 'Kelby', type: 'ORG' }],
  },
  {
    label: 'guard: a player after "she beat" and a score stays a person when the lists know the name: "she beat Martin 6-3"',
    body: 'Ilse Varga reached the final after she beat Martin 6-3, 6-4 on Friday.',
    has: [{ text: 'Martin', type: 'PERSON' }],
  },
  {
    label: 'a club whose name ends in "Celtic" is an organisation: "drew 1-1 with bottom side Orrin Celtic"',
    body: 'Wexbury drew 1-1 with bottom side Orrin Celtic on Saturday.',
    has: [{ text: 'Orrin Celtic', type: 'ORG' }],
  },
  {
    label: 'so "… Thistle": "a late winner against Dunholm Thistle"',
    body: 'Kira Stowe scored a late winner against Dunholm Thistle in the cup.',
    has: [{ text: 'Dunholm Thistle', type: 'ORG' }],
  },
  {
    label: 'guard: a player beats "her", not "them": "Tovin beat her 6-4" keeps a person',
    body: 'The final was close. Marta Tovin served well, and Tovin beat her 6-4 in the last set.',
    has: [{ text: 'Tovin', type: 'PERSON' }],
  },
  {
    label: 'so in a title-case headline: "Kestrel Go Top With Win", and an ordinary word before a result and its score: "Osprey lost 2-1"',
    full: true,
    body: 'Kestrel Go Top With Win\nOsprey lost 2-1 at home on Saturday, and the league table is tight.\n',
    has: [{ text: 'Kestrel', type: 'ORG' }, { text: 'Osprey', type: 'ORG' }],
    lacks: ['Go Top', 'Win'],
  },
  {
    label: 'guard: a headline\'s noun before a noun it compounds is no team: "Relegation battle looms"',
    full: true,
    body: 'Relegation battle looms\nThe side lost 2-1 on Saturday, said Ivo Brenn.\n',
    has: [{ text: 'Ivo Brenn', type: 'PERSON' }],
    lacks: ['Relegation'],
  },
];

entityRowTests('bodies and teams', HEADLINE, ROWS);
