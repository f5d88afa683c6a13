// Entity rows of arts, food and travel news: a one-word place before a band, a singer, a chef or a named studio
// ("the Orrel band Midnight Ferry", "a Tarnby-based chef", "the Kestwick studio Pale Harbor Games";
// entity-local-outfits.ts), a place before a firm's office after a possessive ("the studio's Velby office";
// entity-possessive-modifiers.ts), one-word places listed after "in" ("in Orrel and Ombria"; entity-from-lists.ts),
// an award joined to a participle ("Michelin-starred": no entity; entity-award-adjectives.ts), a sea named alone
// ("crossed the Mediterranean": LOC) and a language written like "English" ("Swahili": NORP;
// entity-seas-languages.ts), and a business before "on" and its street ("the Golden Wok on Mill Street": two names;
// entity-streets.ts), and a church or a school by its saint after "at" ("at St Brigid's": with its "'s";
// entity-possessive-shops.ts). Run with `node --import tsx --test test/unit/entity-outfits-seas-languages.test.ts`.
// All people, firms and towns are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Festival line-up grows';

const OUTFITS: EntityRow[] = [
  {
    label: 'a one-word name before "band" and the band\'s name is where the band is from: "the Orrel band Midnight Ferry"',
    body: 'The Orrel band Midnight Ferry played on Friday.',
    has: [{ text: 'Orrel', type: 'LOC' }, { text: 'Midnight Ferry', type: 'ORG' }],
  },
  {
    label: 'a name before a singer and a person: "the Velby singer Ada Rusk"',
    body: 'The Velby singer Ada Rusk will tour next year.',
    has: [{ text: 'Velby', type: 'LOC' }, { text: 'Ada Rusk', type: 'PERSON' }],
  },
  {
    label: 'a name before a chef with no name after: "the Velby chef opened"',
    body: 'The Velby chef opened a bistro.',
    has: [{ text: 'Velby', type: 'LOC' }],
  },
  {
    label: 'a name joined to "-based" is a place: "a Tarnby-based chef"',
    body: 'A Tarnby-based chef opened a new restaurant.',
    has: [{ text: 'Tarnby', type: 'LOC' }],
  },
  {
    label: 'guard: a firm joined to "-based" before a product stays a firm: "Velmont-based computers"',
    body: 'The Velmont-based computers sold well, Jonas Berg said.',
    has: [{ text: 'Velmont', type: 'ORG' }],
  },
  {
    label: 'a name before "studio" and the studio\'s name: "the Kestwick studio Pale Harbor Games"',
    body: 'The Kestwick studio Pale Harbor Games released a new title.',
    has: [{ text: 'Kestwick', type: 'LOC' }, { text: 'Pale Harbor Games', type: 'ORG' }],
  },
  {
    label: 'guard: a name before "studio" with no name after may own it: "the Velmont studio said"',
    body: 'Velmont said on Monday that the Velmont studio would close.',
    has: [{ text: 'Velmont', type: 'ORG' }],
  },
  {
    label: 'guard: a given name before "singer" is left alone: "the Mira singer"',
    body: 'Fans of the Mira singer queued overnight, Jonas Berg said.',
    has: [{ text: 'Mira', notType: 'LOC' }],
  },
  {
    label: 'a name between a noun\'s possessive and "office" is the office\'s town: "the studio\'s Velby office"',
    body: 'The studio\'s Velby office will close, Jonas Berg said.',
    has: [{ text: 'Velby', type: 'LOC' }, { text: 'Jonas Berg', type: 'PERSON' }],
  },
  {
    label: 'guard: a name before "office" with no possessive may be a firm\'s: "the Velmont office"',
    body: 'Velmont said the Velmont office would close.',
    has: [{ text: 'Velmont', type: 'ORG' }],
  },
];

const IN_LISTS: EntityRow[] = [
  {
    label: 'one-word names listed after "in" beside a place are places: "in Orrel and Ombria"',
    body: 'Talks were held in Orrel and Ombria last week.',
    has: [{ text: 'Orrel', type: 'LOC' }, { text: 'Ombria', type: 'LOC' }],
  },
  {
    label: 'guard: a list after "in" with a name of two words is left alone: "in Kestwick and Harlow Water"',
    body: 'Members met in Kestwick and Harlow Water, Jonas Berg said.',
    has: [{ text: 'Harlow Water', type: 'ORG' }],
  },
];

const AWARDS: EntityRow[] = [
  {
    label: 'an award joined to "-starred" is no entity: "the Michelin-starred chef"',
    body: 'The Michelin-starred chef Ada Rusk opened a bistro.',
    has: [{ text: 'Ada Rusk', type: 'PERSON' }],
    lacks: ['Michelin'],
  },
  {
    label: 'an award joined to "-winning" is no entity: "the Oscar-winning director"',
    body: 'The Oscar-winning director Mira Olsen spoke on Friday.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
    lacks: ['Oscar'],
  },
  {
    label: 'guard: a name joined to "-backed" keeps its mention: "the Velmont-backed studio"',
    body: 'Velmont said the Velmont-backed studio would grow.',
    has: [{ text: 'Velmont' }],
  },
];

const SEAS_LANGUAGES: EntityRow[] = [
  {
    label: 'a sea named alone after "the" is a place: "crossed the Mediterranean"',
    body: 'The boat crossed the Mediterranean last week, Mira Olsen said.',
    has: [{ text: 'Mediterranean', type: 'LOC' }],
  },
  {
    label: 'a sea named alone after "the": "tourism in the Caribbean"',
    body: 'Tourism in the Caribbean fell, Jonas Berg said.',
    has: [{ text: 'Caribbean', type: 'LOC' }],
  },
  {
    label: 'guard: a sea\'s word with no "the" before it may be a firm: "shares in Pacific rose"',
    body: 'Shares in Pacific rose after Pacific said profits rose, Jonas Berg said.',
    has: [{ text: 'Pacific', type: 'ORG' }],
  },
  {
    label: 'a language is written like "English": "speaks fluent Swahili" (NORP)',
    body: 'She speaks fluent Swahili, Jonas Berg said.',
    has: [{ text: 'Swahili', type: 'NORP' }, { text: 'Jonas Berg', type: 'PERSON' }],
  },
  {
    label: 'a language after "taught in" is no place: "taught in Swahili and English"',
    body: 'Lessons are taught in Swahili and English.',
    has: [{ text: 'Swahili', type: 'NORP' }],
  },
];

const STREETS: EntityRow[] = [
  {
    label: 'a business before "on" and a street is two names: "the Golden Wok on Mill Street"',
    body: 'The Golden Wok on Mill Street closed on Friday, Mira Olsen said.',
    has: [{ text: 'Golden Wok', type: 'ORG' }, { text: 'Mill Street', type: 'LOC' }],
  },
  {
    label: 'guard: a body\'s "on" before a subject stays in its name: "the Tarvo Commission on Road Safety"',
    body: 'The Tarvo Commission on Road Safety said crashes fell.',
    has: [{ text: 'Tarvo Commission on Road Safety', type: 'ORG' }],
  },
];

const SAINTS: EntityRow[] = [
  {
    label: 'a church or school by its saint keeps its "\'s" after "at": "pupils at St Brigid\'s sang"',
    body: 'Pupils at St Brigid\'s sang on Sunday, Ada Rusk said.',
    has: [{ text: 'St Brigid\'s', type: 'ORG' }, { text: 'Ada Rusk', type: 'PERSON' }],
  },
  {
    label: 'guard: a person\'s possessive after "at" stays the person: "at Mira Olsen\'s house"',
    body: 'Ada Rusk met Tom Vell at Mira Olsen\'s house.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
  },
  {
    label: 'guard: a feast day by its saint is no entity: "at St Brigid\'s Day"',
    body: 'The fair at St Brigid\'s Day drew crowds.',
    has: [],
    lacks: ['Brigid'],
  },
];

entityRowTests('streets after "on"', HEADLINE, STREETS);
entityRowTests('saints\' churches and schools', HEADLINE, SAINTS);
entityRowTests('local outfits', HEADLINE, OUTFITS);
entityRowTests('lists after "in"', HEADLINE, IN_LISTS);
entityRowTests('award adjectives', HEADLINE, AWARDS);
entityRowTests('seas and languages', HEADLINE, SEAS_LANGUAGES);
