// Labelled sentences for named entities (pipeline stage 3) through analyzeText: mention spans,
// types, roles, within-document joins and furniture. Run with
// `node --import tsx --test test/unit/entities.test.ts`.
// All text is written for this file; people, places and organisations are fictional unless they
// are ordinary countries and capitals (which the lexicon is meant to know).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { DocumentAnalysis, EntityType, Mention } from '../../server/src/core/types';

const HEADLINE = 'Storm Surge Hits Coastal Town';

interface Row {
  label: string;
  /** The body after the default headline, or (with `full`) the whole text. */
  body: string;
  full?: boolean;
  /** Mentions that must exist: exact text (first mention with that text) and type. */
  has?: { text: string; type?: EntityType; notType?: EntityType; furniture?: boolean; role?: string; country?: string }[];
  /** Words no mention may cover (first occurrence in the text). */
  lacks?: string[];
  /** Pairs of mention texts that must be the same document-local entity. */
  same?: [string, string][];
  /** Pairs of mention texts that must be different entities. */
  different?: [string, string][];
  /** The exact list of mention texts, in order. */
  exactly?: string[];
  todo?: string;
}

const ROWS: Row[] = [
  {
    label: 'a class named by a letter before its noun is no name: "Class A drugs", "a Class B drug", "a Category C prison"',
    body: 'Officers from Kelder Police seized Class A drugs and a Class B drug. Dorran Pike was moved to a Category C prison.',
    lacks: ['Class A', 'Class B', 'Category'],
    has: [{ text: 'Kelder Police', type: 'ORG' }, { text: 'Dorran Pike', type: 'PERSON' }],
  },
  {
    label: 'a council-tax band is no name even with no noun after it: "a Band D home", "in Band D."',
    body: 'A Band D home in Ostley pays more. Most flats are in Band B, and Renna Colt lives in Band D.',
    lacks: ['Band D', 'Band B', 'Band'],
    has: [{ text: 'Renna Colt', type: 'PERSON' }],
  },
  {
    label: 'post-nominal letters end no name: "Nadia Orrel KC", "Tom Brisk OBE", "Paul Dane QC"',
    body: 'Nadia Orrel KC told the court the case was weak. Tom Brisk OBE led the review, and Paul Dane QC spoke for the firm.',
    has: [{ text: 'Nadia Orrel', type: 'PERSON' }, { text: 'Tom Brisk', type: 'PERSON' }, { text: 'Paul Dane', type: 'PERSON' }],
    lacks: ['KC', 'OBE', 'QC'],
  },
  {
    label: 'a councillor\'s ward in brackets is a place, the party\'s label no name: "Cllr Ada Venn (Lib Dem, Eastmoor)"',
    body: 'Cllr Ada Venn (Lib Dem, Eastmoor) said the plan was unfair. Cllr Tom Harle (Lab, Westfold North) agreed.',
    has: [{ text: 'Ada Venn', type: 'PERSON' }, { text: 'Eastmoor', type: 'LOC' }, { text: 'Tom Harle', type: 'PERSON' }, { text: 'Westfold North', type: 'LOC' }],
    lacks: ['Lib Dem', 'Cllr'],
  },
  {
    label: 'a one-word name with an apposition naming a charity or trust is an organisation: "Hearthmoor, a charity,"',
    body: 'Hearthmoor, a charity, said demand had doubled. Brackley, a housing trust that runs 900 homes, said rents would rise. Orla Venn, a trust manager, agreed.',
    has: [{ text: 'Hearthmoor', type: 'ORG' }, { text: 'Brackley', type: 'ORG' }, { text: 'Orla Venn', type: 'PERSON' }],
  },
  {
    label: 'a town and a lone "General" after a preposition of place is a hospital: "taken to Bramwick General"',
    body: 'Orla Venn was taken to Bramwick General on Monday. Staff at Ostley General said beds were full.',
    has: [{ text: 'Bramwick General', type: 'ORG' }, { text: 'Ostley General', type: 'ORG' }, { text: 'Orla Venn', type: 'PERSON' }],
  },
  {
    label: 'guard: "General" before a name or a firm\'s word stays out of a hospital: "to Kesh General Motors", "to General Ada Venn"',
    body: 'He spoke to Kesh General Motors staff. She wrote to General Ada Venn.',
    has: [{ text: 'Ada Venn', type: 'PERSON' }, { text: 'Kesh General Motors', type: 'ORG' }],
  },
  {
    label: 'a given name alone after the full name is the same person: "Mira Tolland, 15, … Mira had never gone missing"',
    body: 'Mira Tolland, 15, was last seen on Friday near the canal. Her mother said Mira had never gone missing before.',
    same: [['Mira Tolland', 'Mira']],
    has: [{ text: 'Mira', type: 'PERSON' }],
  },
  {
    label: 'guard: a given name two people share stays apart from both ("Mira Tolland", "Mira Oskell", then "Mira")',
    body: 'Mira Tolland and Mira Oskell were questioned. Officers said Mira had left early.',
    different: [['Mira Tolland', 'Mira'], ['Mira Oskell', 'Mira']],
  },
  {
    label: 'guard: a given name that is a known place stays the place ("Paris Morrow" and then "in Paris")',
    body: 'Paris Morrow, 40, was charged on Tuesday. She had lived in Paris for a decade.',
    different: [['Paris Morrow', 'Paris']],
  },
  {
    label: 'a headline that ends in a quotation is a title-case line: its verbs and nouns are no names ("Trial Opens", "Says Victim")',
    body: 'Assault Trial Opens as Prosecutor Says Victim Was “Chased Into the Quarry”\nBy Ilse Varrow\n\nA jury at Kelder Crown Court heard the case on Monday.\n',
    full: true,
    lacks: ['Trial', 'Opens', 'Says', 'Victim', 'Chased'],
    has: [{ text: 'Ilse Varrow', type: 'PERSON' }, { text: 'Kelder Crown Court', type: 'ORG' }],
  },
  {
    label: 'a headline that ends in a quotation in straight marks: "Mayor Says Budget Is \"Dead in the Water\""',
    body: 'Mayor Says Budget Is "Dead in the Water"\n\nThe mayor of Orrick, Hal Denby, spoke on Monday.\n',
    full: true,
    lacks: ['Says', 'Budget'],
    has: [{ text: 'Hal Denby', type: 'PERSON' }],
  },
  {
    label: 'two relatives whose given names differ in their first consonant are two people: "Samel Dorrow" and his sister "Amara Dorrow"',
    body: 'Samel Dorrow, 31, died at the scene. His sister, Amara Dorrow, 29, sat in the public gallery. Dan Quillam and his wife Ann Quillam gave evidence.',
    different: [['Samel Dorrow', 'Amara Dorrow'], ['Dan Quillam', 'Ann Quillam']],
  },
  {
    label: 'a complete country name is a place though its last word heads institutions: "the Soviet Union", "Yugoslavia"',
    body: 'Orla Penwick left the Soviet Union in 1979 and later lived in Yugoslavia. The Harbour Workers Union met.',
    has: [{ text: 'Soviet Union', type: 'LOC' }, { text: 'Yugoslavia', type: 'LOC' }, { text: 'Harbour Workers Union', type: 'ORG' }],
  },
  {
    label: 'an organisation named across "of" or "on" stops before "on" and a date: "the Corps of Surveyors on May 2"',
    body: 'Kessa Morand joined the Corps of Surveyors on May 2, 1790. The Varrow Board on Monday cut fares. The Council on Coastal Safety met.',
    has: [{ text: 'Corps of Surveyors', type: 'ORG' }, { text: 'Varrow Board', type: 'ORG' }, { text: 'Council on Coastal Safety', type: 'ORG' }],
    lacks: ['May', 'Monday'],
  },
  {
    label: 'an acronym of ordinary English names no organisation on its own: "the TV series", "a GPS unit", "DNA tests", "CEOs"',
    body: 'Orla Penwick starred in the TV series Harbour Nights. Rescuers found the hikers with a GPS unit. DNA tests named the driver. Three CEOs left Tarvel Motors.',
    lacks: ['TV', 'GPS', 'DNA', 'CEOs'],
    has: [{ text: 'Tarvel Motors', type: 'ORG' }],
  },
  {
    label: 'an honour written after a name or a verb names no organisation: "was appointed MBE", "Dame Orla Penwick DBE"',
    body: 'Kessa Morand was appointed MBE in 1998 for her work at Tarvel Motors. Dame Orla Penwick DBE opened the hall.',
    lacks: ['MBE', 'DBE'],
    has: [{ text: 'Tarvel Motors', type: 'ORG' }],
  },
  {
    label: 'a holiday alone or with its day dates an event and names no one: "through Christmas Eve", "on Easter Monday"; "Christmas Island" stays a place',
    body: 'Kessa Morand baked through Christmas Eve and again on Easter Monday. By Christmas the Tarvel Motors plant was shut. She flew to Christmas Island.',
    lacks: ['Christmas Eve', 'Easter', 'By Christmas'],
    has: [{ text: 'Tarvel Motors', type: 'ORG' }, { text: 'Christmas Island', type: 'LOC' }],
  },
  {
    label: 'an organisation\'s acronym stays one, known or not: "NATO", "Korvan Trade Relief (KTR)", "KTR said"',
    body: 'NATO met in Brussels. Korvan Trade Relief (KTR) sent food, and KTR said more would follow.',
    has: [{ text: 'NATO', type: 'ORG' }, { text: 'KTR', type: 'ORG' }],
  },
  {
    label: 'a common acronym the document defines after a name is that name\'s acronym: "Televa Vision (TV)"',
    body: 'Televa Vision (TV) bought the studio. Its rival laughed.',
    has: [{ text: 'TV', type: 'ORG' }],
  },
  {
    label: 'a country beside a match score is a team in all its mentions: "Norway 2 – 1 Chile", "Ghana lost 0–3 to Peru"',
    body: 'Norway beat Chile 2-1 on Sunday. A late goal for Norway settled it, and fans in Norway cheered. Ghana lost 0 – 3 to Peru in Lima.',
    has: [{ text: 'Norway', type: 'ORG' }, { text: 'Chile', type: 'ORG' }, { text: 'Ghana', type: 'ORG' }, { text: 'Peru', type: 'ORG' }, { text: 'Lima', type: 'LOC' }],
  },
  {
    label: 'a country beside a year range or a vote tally is no team: "Norway 1990-95", "by 12-9"',
    body: 'Tomas Reld lived in Norway 1990-95 and later in Chile. The council in Peru voted 12-9 to close the port.',
    has: [{ text: 'Norway', type: 'LOC' }, { text: 'Chile', type: 'LOC' }, { text: 'Peru', type: 'LOC' }],
  },
  {
    label: 'a nationality word is not its country, though their keys sound alike: "German" and "Germany"',
    body: 'Tomas Reld walked across Germany in 1990. His diary, written in German, was printed in Vellum.',
    has: [{ text: 'Germany', type: 'LOC' }, { text: 'German', type: 'NORP' }],
    different: [['Germany', 'German']],
  },
  {
    label: 'an honorific with a dot opens a name whose surname is an ordinary word: "Ms. Silversmith", "Dr. Lantern"',
    body: 'The case began because Ms. Silversmith wrote to the trust. The judges agreed and Silversmith appealed. Dr. Lantern and Sgt. Hollow testified.',
    has: [{ text: 'Silversmith', type: 'PERSON' }, { text: 'Lantern', type: 'PERSON' }, { text: 'Hollow', type: 'PERSON' }],
    same: [['Silversmith', 'Silversmith']],
  },
  {
    label: 'two honorific names joined by "and" stay two people: "Mr. Baker and Dr. Lantern"',
    body: 'The firm hired Mr. Baker and Dr. Lantern last week. Mr. Baker said the deal was fair.',
    has: [{ text: 'Baker', type: 'PERSON' }, { text: 'Lantern', type: 'PERSON' }],
    different: [['Baker', 'Lantern']],
  },
  {
    label: 'a monarch\'s title is no name and no team: "the Tsars", "the Tsar", "the Emperor"',
    body: 'Colonel Varga served the Tsars for a decade. The Tsar rewarded him, and the Emperor sent gifts to Brovny.',
    has: [{ text: 'Varga', type: 'PERSON' }],
    lacks: ['Tsars', 'Tsar', 'Emperor'],
  },
  {
    label: 'a website named by its domain is one organisation: "Korvel.com", "Tidewatch.org"',
    body: 'The claim first ran on Korvel.com, and Tidewatch.org repeated it on Monday.',
    has: [{ text: 'Korvel.com', type: 'ORG' }, { text: 'Tidewatch.org', type: 'ORG' }],
  },
  {
    label: 'a website written in lower case is an organisation too: "harbourwatch.com", "shop.tidewell.org"',
    body: 'The rumour started on harbourwatch.com before shop.tidewell.org sold shirts about it.',
    has: [{ text: 'harbourwatch.com', type: 'ORG' }, { text: 'shop.tidewell.org', type: 'ORG' }],
  },
  {
    label: 'an e-mail address or a file name is no website name: "tips@harbourwatch.com", "report.pdf"',
    body: 'Send tips to tips@harbourwatch.com or read report.pdf on the site.',
    lacks: ['harbourwatch', 'report'],
  },
  {
    label: 'a term spelled out in lower case with a place head word is still a term: "lake ice thickness (LIT)"',
    body: 'Buoys measured lake ice thickness (LIT) all winter. Later LIT readings were lower.',
    lacks: ['LIT'],
  },
  {
    label: 'a saint\'s, mount\'s or fort\'s abbreviation opens one place name: "St. Varnel", "Mt. Orrin", "Ft. Kessa"',
    body: 'The ferry left St. Varnel for Ft. Kessa, below Mt. Orrin, on Monday.',
    has: [{ text: 'St. Varnel' }, { text: 'Mt. Orrin', type: 'LOC' }, { text: 'Ft. Kessa', type: 'LOC' }],
  },
  {
    label: 'a saint\'s abbreviation after "of" inside a capitalised run still opens the name: "Icon of St. Adric"',
    body: 'Icon of St. Adric of Varnen. The painting hangs in the chapel.',
    has: [{ text: 'St. Adric' }],
    lacks: ['St'],
  },
  {
    label: 'an acronym written as a plural counts things and names no one: "43 RXBs", "the QPMs"',
    body: 'Orla Penwick hit 12 home runs and 43 RXBs for the Tarvel Owls. The QPMs were late.',
    lacks: ['RXBs', 'QPMs'],
    has: [{ text: 'Orla Penwick', type: 'PERSON' }],
  },
  {
    label: '"St." before a known saint\'s-name place is that place, even before a first-name-like word',
    body: 'The Marrow and St. Lucia offices will close next year, the company said.',
    has: [{ text: 'St. Lucia', type: 'LOC' }],
  },
  {
    label: 'a street abbreviation closes a name and joins no following word: "Elm St."',
    body: 'She lives on Harlow St. near the old mill, neighbours said.',
    lacks: ['near'],
  },
  {
    label: 'a dateline\'s town of several words is one place though it opens with an ordinary word: "SPARROW COVE, Tessaly —"',
    body: 'SPARROW COVE, Tessaly — Ferries stopped on Monday.\n\nMAPLE FALLS — The mill reopened.',
    has: [{ text: 'SPARROW COVE', type: 'LOC' }, { text: 'Tessaly', type: 'LOC' }, { text: 'MAPLE FALLS', type: 'LOC' }],
  },
  {
    label: 'a newsroom label in capitals before a dash or colon is no place nor any name: "BREAKING NEWS —", "SPECIAL REPORT:"',
    body: 'BREAKING NEWS — A barn burned near Quillan overnight.\n\nSPECIAL REPORT: The ferries of Quillan stopped.\n\nHOPE — The levee held.',
    lacks: ['BREAKING', 'NEWS', 'SPECIAL', 'REPORT'],
    has: [{ text: 'HOPE', type: 'LOC' }],
  },
  {
    label: 'a dateline\'s region abbreviated with a dot is a place: "ORVILLE, Kans. —"',
    body: 'ORVILLE, Kans. — The silo collapsed on Monday.',
    has: [{ text: 'ORVILLE', type: 'LOC' }, { text: 'Kans', type: 'LOC' }],
  },
  {
    label: 'a dateline\'s region after its town is a place: "BRENNIK, Valdoria —"',
    body: 'BRENNIK, Valdoria — Ferries stopped on Monday.\n\nTAVIK, Morland (Reuters) – The port reopened.',
    has: [{ text: 'BRENNIK', type: 'LOC' }, { text: 'Valdoria', type: 'LOC' }, { text: 'Morland', type: 'LOC' }],
  },
  {
    label: '"Town, Region": an unknown word after a known place and a comma is a place',
    body: 'The singer was born in Oslo, Vestmark. She left for the coast at nineteen.',
    has: [{ text: 'Oslo', type: 'LOC' }, { text: 'Vestmark', type: 'LOC' }],
  },
  {
    label: '"Town, Region": an unknown word after "in" and before a comma and a known region is a place',
    body: 'The couple now lives in Brannock, Texas with their three children.',
    has: [{ text: 'Brannock', type: 'LOC' }, { text: 'Texas', type: 'LOC' }],
  },
  {
    label: '"Town, Region" leaves the subject after an opening place alone ("In Oslo, Vell said")',
    body: 'In Oslo, Vell said the talks had failed. Tomas Vell is the chief negotiator.',
    has: [{ text: 'Vell', type: 'PERSON' }],
  },
  {
    label: '"Town, Region" leaves a source before a comma and a country subject alone ("According to X, Norway came")',
    body: 'According to Dorvo Weekly, Norway came forward with an offer. According to Pellam, Norway came forward too.',
    has: [{ text: 'Pellam', notType: 'LOC' }, { text: 'Norway', type: 'LOC' }],
  },
  {
    label: '"Town, Region" leaves a given name after a body named for a place alone',
    body: 'After losing the prize at the University of Oslo, Marta, unable to bear it, left the city. Marta Lind later wrote about it.',
    has: [{ text: 'Marta', type: 'PERSON' }],
  },
  // ── titles and roles ──
  {
    label: 'an unknown name with its nationality adjective in the text is a place, the adjective a NORP ("Corvania" / "Corvanian")',
    body: 'Corvania agreed to free the prisoners. Corvanian officials said the talks would go on, and Corvania would pay.',
    has: [{ text: 'Corvania', type: 'LOC' }, { text: 'Corvanian', type: 'NORP' }],
  },
  {
    label: 'a name ending in a vowel drops it before the adjective ending ("Beltra" / "Beltran")',
    body: 'Beltra signed the deal on Monday. Beltran ministers welcomed it.',
    has: [{ text: 'Beltra', type: 'LOC' }, { text: 'Beltran', type: 'NORP' }],
  },
  {
    label: 'a leading title is split off as a role: "Deputy Harbour Commissioner Tomas Reiter"',
    body: 'Deputy Harbour Commissioner Tomas Reiter inspected the pier.',
    has: [{ text: 'Tomas Reiter', type: 'PERSON', role: 'Deputy Harbour Commissioner' }],
  },
  {
    label: 'no word of the title "Deputy Harbour Commissioner" is itself a mention',
    body: 'Deputy Harbour Commissioner Tomas Reiter inspected the pier.',
    exactly: ['Tomas Reiter'],
  },
  {
    label: 'a place before a title stays a mention when no rank word opens the title: "Former Lisbon Mayor Rui Costa"',
    body: 'Former Lisbon Mayor Rui Costa inspected the pier.',
    has: [{ text: 'Lisbon', type: 'LOC' }, { text: 'Rui Costa', type: 'PERSON' }],
  },
  {
    label: 'a title tied by "of" to a body names no person: "the CEO of Dorvo Motors" is an ORG',
    body: 'The CEO of Dorvo Motors spoke first. Dorvo said sales had fallen.',
    has: [{ text: 'Dorvo Motors', type: 'ORG' }, { text: 'Dorvo', type: 'ORG' }],
    lacks: ['CEO'],
  },
  {
    label: 'a title tied by "of the" to a country, then the name: place and person apart',
    body: 'In a speech, President of the Republic of Norland Ilse Brandt thanked the crews. Premier of Canada Ada Roe agreed.',
    has: [{ text: 'Ilse Brandt', type: 'PERSON', role: 'President of the Republic of Norland' }, { text: 'Canada', type: 'LOC' }, { text: 'Ada Roe', type: 'PERSON' }],
  },
  {
    label: 'a title tied by "of" to a country, then the name: "Premier of Canada Ada Roe"',
    body: 'In a speech, Premier of Canada Ada Roe thanked the crews.',
    has: [{ text: 'Canada', type: 'LOC' }, { text: 'Ada Roe', type: 'PERSON', role: 'Premier of Canada' }],
  },
  {
    label: '"Minister of Industry Tom Vell": the body is no part of the person',
    body: 'Minister of Industry Tom Vell toured the yard.',
    has: [{ text: 'Tom Vell', type: 'PERSON' }],
    lacks: ['Minister'],
  },
  {
    label: '"X, Prime Minister of Canada": the country after the title is a place, not a person',
    body: '“We will act,” said Ada Roe, Prime Minister of Canada.',
    has: [{ text: 'Canada', type: 'LOC' }, { text: 'Ada Roe', type: 'PERSON' }],
  },
  {
    label: 'a name ending in "Jr." keeps it, and the surname alone joins it',
    body: 'Paul Grant Jr., chairman of the Dorvo board, spoke first. Grant said the plan was sound.',
    has: [{ text: 'Paul Grant Jr.', type: 'PERSON' }],
    same: [['Paul Grant Jr.', 'Grant']],
  },
  {
    label: 'continents and world regions are places: "Europe", "the Middle East", "Latin America"',
    body: 'Dorvo sells trucks in Latin America, Europe and the Middle East, and Asia.',
    has: [{ text: 'Latin America', type: 'LOC' }, { text: 'Europe', type: 'LOC' }, { text: 'Middle East', type: 'LOC' }, { text: 'Asia', type: 'LOC' }],
  },
  {
    label: 'a known place opening a sentence before a noun is still a place: "United States carmaker Dorvo"',
    body: 'The yard was quiet. United States carmaker Dorvo Motors closed a plant.',
    has: [{ text: 'United States', type: 'LOC' }, { text: 'Dorvo Motors', type: 'ORG' }],
  },
  {
    label: 'an airline named "Air" and a word keeps its "Air" at a sentence start; a rank\'s "Air Marshal" stays a title',
    body: 'The pier was shut. Air Ostland has ordered 12 jets. Air Canada bought six more. Air Marshal Penwick spoke. Air quality in Tarvel fell.',
    has: [{ text: 'Air Ostland', type: 'ORG' }, { text: 'Air Canada', type: 'ORG' }, { text: 'Penwick', type: 'PERSON' }],
    exactly: ['Air Ostland', 'Air Canada', 'Penwick', 'Tarvel'],
  },
  {
    label: 'a bank named "Bank" and a word keeps its "Bank" at a sentence start (an organisation); "Bank Holiday" names no bank',
    body: 'The pier was shut. Bank Corvath said on Monday that profits had fallen. Bank Holiday traffic in Tarvel was heavy.',
    has: [{ text: 'Bank Corvath', type: 'ORG' }],
    exactly: ['Bank Corvath', 'Tarvel'],
  },
  {
    label: 'a flight\'s label after an airline is no part of its name: "Air Ostland Flight 212", "Orrin Airways Flight 9"',
    body: 'Air Ostland Flight 212 landed in Tarvel. Divers found the wreck of Orrin Airways Flight 9 at dawn.',
    has: [{ text: 'Air Ostland', type: 'ORG' }, { text: 'Orrin Airways', type: 'ORG' }],
    lacks: ['Flight'],
  },
  {
    label: 'a model\'s code is no part of its maker\'s name, and the maker is an organisation: "the Korvane K-340", "Orrin Aero KX-12 tankers"',
    body: 'The order covers the Korvane K-340 and two Orrin Aero KX-12 tankers based on the Korvane K330 MRTT. Pilots also fly the Heron T20.',
    has: [{ text: 'Korvane', type: 'ORG' }, { text: 'Orrin Aero', type: 'ORG' }, { text: 'Heron', type: 'ORG' }],
    lacks: ['K-340', 'KX-12', 'MRTT'],
  },
  {
    label: 'a body\'s name run into its officer\'s is two names: "the chairman of Orrin Holdings Paul Dace"',
    body: 'The memo reached the vice president of Kestrel Motors Lena Voss on Friday, and the chairman of Orrin Holdings Paul Dace signed it.',
    has: [{ text: 'Kestrel Motors', type: 'ORG' }, { text: 'Lena Voss', type: 'PERSON' }, { text: 'Orrin Holdings', type: 'ORG' }, { text: 'Paul Dace', type: 'PERSON' }],
    exactly: ['Kestrel Motors', 'Lena Voss', 'Orrin Holdings', 'Paul Dace'],
  },
  {
    label: 'a name ending in "Air" is an airline, even after a given name: "Velta Air", "Tomas Air"',
    body: 'The pier was shut. Bram Air cancelled 40 flights after the crash of Tomas Air Flight 88. Velta Air sold seats to Tarvel.',
    has: [{ text: 'Bram Air', type: 'ORG' }, { text: 'Tomas Air', type: 'ORG' }, { text: 'Velta Air', type: 'ORG' }],
  },
  {
    label: 'a one-word name opening a sentence before figures counted per place is a place: "Ostland cases rose", "Velmar exports fell"',
    body: 'Fever spread in the north. Ostland cases rose by a third last week. Velmar exports fell in May. Pellam shares fell 3%.',
    has: [{ text: 'Ostland', type: 'LOC' }, { text: 'Velmar', type: 'LOC' }, { text: 'Pellam', type: 'ORG' }],
  },
  {
    label: 'a firm\'s one-word name in the headline is the firm the body names in full: "Vantor Cuts 300 Jobs" … "The Vantor Motor Company"',
    full: true,
    body: 'Vantor Cuts 300 Jobs\n\nThe Vantor Motor Company will cut 300 jobs in Tarvel, its chief said on Monday. Vantor makes buses.',
    has: [{ text: 'Vantor', type: 'ORG' }, { text: 'Vantor Motor Company', type: 'ORG' }, { text: 'Tarvel', type: 'LOC' }],
    lacks: ['makes'],
  },
  {
    label: 'a designation with an ordinary word before its code stays whole: "Route A4", "Terminal B2"',
    body: 'Traffic on Route A4 near Tarvel stopped, and flights left Terminal B2 late.',
    has: [{ text: 'Tarvel', type: 'LOC' }],
    exactly: ['Route A4', 'Tarvel', 'Terminal B2'],
  },
  {
    label: 'a firm named after its founder\'s family is its one-word name, not the namesake chairman: "the Dravik Motor Company … Dravik will close"',
    body: 'The Dravik Motor Company will cut 900 jobs. William Dravik Jr., its chairman, drew up the plan. Dravik will close two plants, and Dravik\'s workforce will shrink.',
    has: [{ text: 'Dravik', type: 'ORG' }, { text: 'William Dravik Jr.', type: 'PERSON' }],
    same: [['Dravik', 'Dravik Motor Company']],
    different: [['Dravik', 'William Dravik Jr.']],
  },
  {
    label: 'the namesake of a family firm still speaks by his surname: "Dravik said" is the chairman\'s',
    body: 'The Dravik Motor Company will cut 900 jobs, and William Dravik Jr., its chairman, drew up the plan. Dravik said the cuts were needed.',
    has: [{ text: 'Dravik', type: 'PERSON' }],
    same: [['Dravik', 'William Dravik Jr.']],
  },
  {
    label: 'a nation\'s Red Cross society or party is one organisation with its adjective: "the British Red Cross", "the Velmish Labour Party"',
    body: 'The British Red Cross sent 40 volunteers to Tarvel, and the Velmish Labour Party paid for the tents.',
    has: [{ text: 'British Red Cross', type: 'ORG' }, { text: 'Velmish Labour Party', type: 'ORG' }],
    exactly: ['British Red Cross', 'Tarvel', 'Velmish Labour Party'],
  },
  {
    label: 'a nationality before a known given name and a surname is no name of both: "Norwegian Tobias Wendrell"',
    body: 'In 1951 the press hired Norwegian Tobias Wendrell to redraw the atlas of Karsvik.',
    has: [{ text: 'Tobias Wendrell', type: 'PERSON' }],
    exactly: ['Norwegian', 'Tobias Wendrell', 'Karsvik'],
  },
  {
    label: 'a dateline run into its sentence\'s opening "On" and a weekday ends before "On": "Velmark On Saturday"',
    body: 'Dunmere, Velmark On Saturday, reporters met the mayor of Dunmere. In March Velmark voted.',
    has: [{ text: 'Velmark' }],
    lacks: ['On Saturday'],
  },
  {
    label: 'a two-word country the lexicon knows is kept whole at a sentence start though its first word is ordinary: "New Zealand", "North Korea"',
    body: 'The pier was shut. New Zealand sent a frigate to Tarvel. North Korea fired shells at dawn. El Salvador recalled its envoy.',
    has: [{ text: 'New Zealand', type: 'LOC' }, { text: 'North Korea', type: 'LOC' }, { text: 'El Salvador', type: 'LOC' }],
    lacks: ['pier'],
  },
  {
    label: '"the U.S. Senate", "the U.S. Treasury": the abbreviation does not end the sentence, and the body is an ORG',
    body: 'She testified before the U.S. Senate when asked. Questions went to the U.S. Treasury instead.',
    has: [{ text: 'U.S. Senate', type: 'ORG' }, { text: 'U.S. Treasury', type: 'ORG' }],
  },
  {
    label: 'a middle initial stays inside the name: "Marta J. Lindqvist"',
    body: 'The harbour engineer Marta J. Lindqvist met the crews.',
    exactly: ['Marta J. Lindqvist'],
  },
  {
    label: 'a surname without its particle joins the full name: "Karim al-Mansouri" … "Mansouri"',
    body: 'Karim al-Mansouri, the port director, inspected the quay. Later, Mansouri said boats were lost.',
    same: [['Karim al-Mansouri', 'Mansouri']],
  },
  {
    label: 'a place with a descriptive suffix is a mention of the place: "Busan-based"',
    body: 'The Busan-based shipowner hired a Lisbon-born engineer.',
    exactly: ['Busan', 'Lisbon'],
  },
  {
    label: 'an organisation head inside a name, before "for", makes an ORG: "Northern Institute for Coastal Safety"',
    body: 'The Northern Institute for Coastal Safety counted the boats.',
    has: [{ text: 'Northern Institute for Coastal Safety', type: 'ORG' }],
  },
  {
    label: 'Title Case headline: a known two-word place is kept whole and cut from headline words',
    full: true,
    body: 'New Zealand Sends Help\nThe divers arrived on Friday.\n',
    exactly: ['New Zealand'],
  },
  {
    label: 'headline in capitals: a known place is cut from the headline word after it ("PORTUGAL SEAWALL")',
    full: true,
    body: 'PORTUGAL SEAWALL BREAKS\nThe river rose overnight.\n',
    has: [{ text: 'PORTUGAL', type: 'LOC' }],
  },
  {
    label: 'one-word title: "Mayor Ines Marlow"',
    body: 'Mayor Ines Marlow visited the shelter in Velmora on Monday.',
    has: [{ text: 'Ines Marlow', type: 'PERSON', role: 'Mayor' }],
    lacks: ['Mayor'],
  },
  {
    label: 'two titled people in one sentence',
    body: 'Prime Minister Helga Strand visited the town, and Foreign Minister Omar Haddad called from Cairo.',
    has: [
      { text: 'Helga Strand', type: 'PERSON', role: 'Prime Minister' },
      { text: 'Omar Haddad', type: 'PERSON', role: 'Foreign Minister' },
      { text: 'Cairo', type: 'LOC' },
    ],
    exactly: ['Helga Strand', 'Omar Haddad', 'Cairo'],
  },
  {
    label: 'an apposition after the name is recorded as a role',
    body: 'Rui Teixeira, the mayor, ordered an evacuation.',
    has: [{ text: 'Rui Teixeira', type: 'PERSON', role: 'the mayor' }],
  },
  {
    label: 'a long apposition closed by a comma is recorded whole, never cut mid-phrase: "Orlen Works, the Varby-based builder that repaired … contract,"',
    body: 'Orlen Works, the Varby-based builder that repaired the old north pier in 2021 under a €9 million city contract, defended its work.',
    has: [{ text: 'Orlen Works', role: 'the Varby-based builder that repaired the old north pier in 2021 under a €9 million city contract' }],
  },
  {
    label: 'an apposition that runs on past the longest one is cut before its relative clause: "Ana Pell, the engineer who …"',
    body: 'Ana Pell, the engineer who designed the bridge and the two towers beside it and then the road and the tunnel and the station and the square and the market hall said it was safe.',
    has: [{ text: 'Ana Pell', role: 'the engineer' }],
  },
  {
    label: 'an honorific with a dot is not part of the name: "Dr. Anna-Lena Berg"',
    body: 'Dr. Anna-Lena Berg treated the injured at Saint Brigid Hospital.',
    has: [{ text: 'Anna-Lena Berg', type: 'PERSON' }, { text: 'Saint Brigid Hospital', type: 'ORG' }],
    exactly: ['Anna-Lena Berg', 'Saint Brigid Hospital'],
  },
  {
    label: 'a Korean name opening a sentence keeps its family name: "Park Ji-hoon"',
    body: 'Park Ji-hoon chaired the meeting on the quay.',
    has: [{ text: 'Park Ji-hoon', type: 'PERSON' }],
    exactly: ['Park Ji-hoon'],
  },
  {
    label: 'a romanised given name before the family name makes a person, not a park: "Ji-hoon Park"',
    body: 'Ji-hoon Park, the harbour master, closed the port. Park said the boats were safe.',
    has: [{ text: 'Ji-hoon Park', type: 'PERSON' }, { text: 'Park', type: 'PERSON' }],
    same: [['Ji-hoon Park', 'Park']],
  },
  {
    label: 'a sentence-initial surname that is also an English word joins the person named before ("Young said")',
    body: 'Mayor Ellen Young opened the shelter. Young said 40 families had arrived.',
    same: [['Ellen Young', 'Young']],
  },
  {
    label: 'the same English word opening a sentence before a noun is not the surname ("Young people")',
    body: 'Mayor Ellen Young opened the shelter. Young people carried the supplies.',
    exactly: ['Ellen Young'],
  },
  {
    label: 'a hyphenated title is split off as a role: "Attorney-General Amara Okafor"',
    body: 'Attorney-General Amara Okafor visited the port.',
    has: [{ text: 'Amara Okafor', type: 'PERSON', role: 'Attorney-General' }],
    exactly: ['Amara Okafor'],
  },
  {
    label: 'an organisation before a hyphenated title stays an organisation: "… Director-General Ivo Pranjic"',
    body: 'The League of Coastal States Director-General Ivo Pranjic arrived by boat.',
    has: [{ text: 'League of Coastal States', type: 'ORG' }, { text: 'Ivo Pranjic', type: 'PERSON', role: 'League of Coastal States Director-General' }],
    exactly: ['League of Coastal States', 'Ivo Pranjic'],
  },
  // ── joins within the document ──
  {
    label: 'a surname alone joins the full name named before',
    body: 'Tomas Reiter inspected the pier. Reiter said repairs would take weeks.',
    has: [{ text: 'Reiter', type: 'PERSON' }],
    same: [['Tomas Reiter', 'Reiter']],
  },
  {
    label: 'a name with the particle al- and its capitalised surname form are one person',
    body: 'Karim al-Mansouri, the port director, inspected the quay. Al-Mansouri said boats were lost.',
    has: [{ text: 'Karim al-Mansouri', type: 'PERSON' }],
    same: [['Karim al-Mansouri', 'Al-Mansouri']],
  },
  {
    label: 'an acronym in parentheses joins its expansion; a later bare acronym too',
    body: 'The Coastal Rescue Federation (CRF) sent two boats. The CRF said more would follow.',
    has: [{ text: 'Coastal Rescue Federation', type: 'ORG' }, { text: 'CRF', type: 'ORG' }],
    same: [['Coastal Rescue Federation', 'CRF']],
    exactly: ['Coastal Rescue Federation', 'CRF', 'CRF'],
  },
  {
    label: 'a bracketed acronym whose letters the name before it does not hold is typed on its own: "a relief mission in Varnia (ORVM)", "the Velmar Board (VTX)"',
    body: 'Dana Reyes joined the relief mission in Varnia (ORVM) last year. The Velmar Board (VTX) met on Monday.',
    has: [{ text: 'Varnia', type: 'LOC' }, { text: 'ORVM', type: 'ORG' }, { text: 'VTX', type: 'ORG' }],
    different: [['Varnia', 'ORVM'], ['Velmar Board', 'VTX']],
  },
  {
    label: 'a bracketed acronym that skips function words or takes a letter from inside a word still joins its name',
    body: 'The Bank of Orla (BO) cut rates. Tarvel Extensible Networks (TXN) hired staff.',
    same: [['Bank of Orla', 'BO'], ['Tarvel Extensible Networks', 'TXN']],
  },
  {
    label: 'a bracketed acronym that spells only the last words of a place name takes its type: "the Velmar Northern Corvane Territory (NCT)"',
    body: 'Floods cut the roads of the Velmar Northern Corvane Territory (NCT) on Sunday.',
    has: [{ text: 'Velmar Northern Corvane Territory', type: 'LOC' }, { text: 'NCT', type: 'LOC' }],
    same: [['Velmar Northern Corvane Territory', 'NCT']],
  },
  {
    label: 'a team "of" a league with the league\'s acronym after it is two names: "the Tamrick Harriers of Velmar Netball League (VNL)"',
    body: 'Osk signed for the Tamrick Harriers of Velmar Netball League (VNL) in June.',
    has: [{ text: 'Tamrick Harriers' }, { text: 'Velmar Netball League', type: 'ORG' }, { text: 'VNL', type: 'ORG' }],
    same: [['Velmar Netball League', 'VNL']],
    different: [['Tamrick Harriers', 'VNL']],
  },
  {
    label: 'a short head before "of" keeps the name whole: "the Bank of Corvane Savings (CS)"',
    body: 'She kept her money at the Bank of Corvane Savings (CS) for years.',
    has: [{ text: 'Bank of Corvane Savings', type: 'ORG' }],
    same: [['Bank of Corvane Savings', 'CS']],
  },
  {
    label: 'a one-word name after "at" and a cue of study or teaching is an institution, not a town: "taught at Corvane"',
    body: 'Dana Reyes taught at Corvane for a decade. Their father worked at Tamsford.',
    has: [{ text: 'Corvane', type: 'ORG' }, { text: 'Tamsford', notType: 'ORG' }],
  },
  {
    label: 'the study cue of a name followed by a year: "began postdoctoral research at Brellin in 2012"',
    body: 'Her brother began postdoctoral research at Brellin in 2012.',
    has: [{ text: 'Brellin', type: 'ORG' }],
  },
  {
    label: 'a place of teaching at the end of a sentence: "she taught at Ostwick."',
    body: 'For nine years after the war, she taught at Ostwick.',
    has: [{ text: 'Ostwick', type: 'ORG' }],
  },
  {
    label: 'a one-word name before a noun for members of a school is the school: "a Dellmoor professor", "Dellmoor alumni"',
    body: 'A Dellmoor professor warned the council on Tuesday. Pira Osk, a Varrick graduate, runs the depot.',
    has: [{ text: 'Dellmoor', type: 'ORG' }, { text: 'Varrick', type: 'ORG' }, { text: 'Pira Osk', type: 'PERSON' }],
  },
  {
    label: 'plural members of a school at the start of a sentence: "Tamrick students marched", "Tamrick alumni paid"',
    body: 'Tamrick students marched to the town hall. Hesketh alumni paid for a new roof.',
    has: [{ text: 'Tamrick', type: 'ORG' }, { text: 'Hesketh', type: 'ORG' }],
  },
  {
    label: 'a known place before a member noun stays a place: "a Paris professor", "Texas researchers"',
    body: 'A Paris professor and two Texas researchers wrote the report.',
    has: [{ text: 'Paris', type: 'LOC' }, { text: 'Texas', type: 'LOC' }],
  },
  {
    label: '"graduates" as a verb and a title without its comma leave a person: "when Osk graduates", "Venn professor of law"',
    body: 'Pira Osk will move north when Osk graduates in May. Tomas Venn spoke first; Venn professor of law at the academy, agreed.',
    has: [{ text: 'Osk', notType: 'ORG' }, { text: 'Venn', notType: 'ORG' }],
  },
  {
    label: 'many graduates of a school: "hundreds of Dellmoor graduates"',
    body: 'Hundreds of Dellmoor graduates signed the letter to the minister.',
    has: [{ text: 'Dellmoor', type: 'ORG' }],
  },
  {
    label: 'a town named only before its people at a sentence start is still found: "Quelmar voters rejected …"',
    body: 'Quelmar voters rejected the levy on Tuesday.\n\nBrelmar officials blamed the weather.',
    has: [{ text: 'Quelmar', type: 'LOC' }, { text: 'Brelmar', type: 'LOC' }],
  },
  {
    label: 'a one-word name before a noun for a place\'s people is the town: "Brennock residents", "Ardelby police"',
    body: 'Brennock residents queued for water on Sunday. Later, Ardelby police closed the bridge.',
    has: [{ text: 'Brennock', type: 'LOC' }, { text: 'Ardelby', type: 'LOC' }],
  },
  {
    label: 'the town of its people in every one-word mention: "Quenby farmers … Quenby lost power"',
    body: 'Quenby farmers blamed the dry spring. By noon Quenby had lost power twice.',
    has: [{ text: 'Quenby', type: 'LOC' }],
  },
  {
    label: 'the surname of a person named in full stays a person before "voters": "Lina Harrowgate … Harrowgate voters"',
    body: 'Lina Harrowgate spoke at the rally. Harrowgate voters cheered her pledge on schools.',
    has: [{ text: 'Lina Harrowgate', type: 'PERSON' }, { text: 'Harrowgate', notType: 'LOC' }],
  },
  {
    label: 'an agency credited in brackets after a dateline is one organisation: "(Beacon Wire)", "(Osterby Press)"',
    body: 'PORTHAVEN, Norland (Beacon Wire) — The ferry sank on Monday.\n\nDUNMERE (Osterby Press) — Two piers shut.',
    has: [{ text: 'Beacon Wire', type: 'ORG' }, { text: 'Osterby Press', type: 'ORG' }],
  },
  {
    label: 'a newswire named before a verb is an organisation: "Pellmore Wire reported"',
    body: 'Three boats were lost in the storm, Pellmore Wire reported on Friday.',
    has: [{ text: 'Pellmore Wire', type: 'ORG' }],
  },
  {
    label: 'a one-word name before a market speaker after "a"/"an" is a firm: "a Dravmore economist", "an Ostley analyst"',
    body: 'A Dravmore economist expects rates to stay high. An Ostley analyst disagreed on Friday.',
    has: [{ text: 'Dravmore', type: 'ORG' }, { text: 'Ostley', type: 'ORG' }],
  },
  {
    label: 'an acronym with no parentheses joins the expansion by its initials',
    body: 'The National Weather Service issued a warning. NWS forecasters expect more rain.',
    same: [['National Weather Service', 'NWS']],
  },
  {
    label: 'two people sharing a surname stay different entities',
    body: 'Rui Teixeira ordered an evacuation. His cousin Manuel Teixeira refused to leave.',
    has: [{ text: 'Rui Teixeira', type: 'PERSON' }, { text: 'Manuel Teixeira', type: 'PERSON' }],
    different: [['Rui Teixeira', 'Manuel Teixeira']],
  },
  // ── types ──
  {
    label: 'ORG by head word: "… Federation", "Ministry of …"',
    body: 'The Ministry of Fisheries sent inspectors, and the Atlantic Sailing Federation cancelled a regatta.',
    has: [{ text: 'Ministry of Fisheries', type: 'ORG' }, { text: 'Atlantic Sailing Federation', type: 'ORG' }],
    exactly: ['Ministry of Fisheries', 'Atlantic Sailing Federation'],
  },
  {
    label: 'ORG with an inner "of" and a possessive ’s left outside the name',
    body: 'The Harbour Authority’s report blamed the Bank of Northern Isles for the delay.',
    has: [{ text: 'Harbour Authority', type: 'ORG' }, { text: 'Bank of Northern Isles', type: 'ORG' }],
    exactly: ['Harbour Authority', 'Bank of Northern Isles'],
  },
  {
    label: 'LOC from the lexicon: countries and capitals',
    body: 'Aid arrived from Portugal and Norway, and officials in Madrid and Oslo offered help.',
    has: [
      { text: 'Portugal', type: 'LOC' }, { text: 'Norway', type: 'LOC' },
      { text: 'Madrid', type: 'LOC' }, { text: 'Oslo', type: 'LOC' },
    ],
    exactly: ['Portugal', 'Norway', 'Madrid', 'Oslo'],
  },
  {
    label: 'LOC by head word: "Dravel River"',
    body: 'Boats capsized along the Dravel River.',
    has: [{ text: 'Dravel River', type: 'LOC' }],
  },
  {
    label: 'LOC by a leading head word: "Lake Orvanne"',
    body: 'Boats capsized on Lake Orvanne overnight.',
    has: [{ text: 'Lake Orvanne', type: 'LOC' }],
  },
  {
    label: 'LOC by a leading head word: "Mount Kelvar", "Cape Ardent"',
    body: 'Snow closed the road to Mount Kelvar, and the ferry to Cape Ardent was cancelled.',
    has: [{ text: 'Mount Kelvar', type: 'LOC' }, { text: 'Cape Ardent', type: 'LOC' }],
  },
  {
    label: 'company names typed ORG from their context: "Shares of Veltrana", "buy Korvex"',
    body: 'Shares of Veltrana fell after Veltrana announced it would buy Korvex for $2 billion.',
    has: [{ text: 'Veltrana', type: 'ORG' }, { text: 'Korvex', type: 'ORG' }],
  },
  {
    label: 'a company named with its head word, then alone, is one ORG: "Torvald Holdings" … "Torvald"',
    body: 'The contract went to Torvald Holdings, and Torvald said it would hire 300 workers.',
    has: [{ text: 'Torvald Holdings', type: 'ORG' }, { text: 'Torvald', type: 'ORG' }],
    same: [['Torvald Holdings', 'Torvald']],
  },
  {
    label: 'a place named before the organisation named after it is not its short name: "between Tarnel and Oskavo" … "Oskavo River and Forest League"',
    body: 'Protesters blocked the road between Tarnel and Oskavo on Friday. Vera Lind of the Oskavo River and Forest League said the march would go on.',
    has: [{ text: 'Oskavo River and Forest League', type: 'ORG' }],
    different: [['Oskavo', 'Oskavo River and Forest League']],
  },
  {
    label: 'a company that "said" and has "shares" is an ORG, not a person',
    body: 'Korvex said on Monday that it had cut 200 jobs. Korvex shares fell.',
    has: [{ text: 'Korvex', type: 'ORG' }],
  },
  {
    label: 'a ratings agency named with a given name is a firm: "Vesta Ratings affirmed the grade"',
    body: 'Vesta Ratings affirmed the grade on Monday, and the bank\'s bonds rose.',
    has: [{ text: 'Vesta Ratings', type: 'ORG' }],
  },
  {
    label: 'a firm named like a person, then by its last word alone, is one ORG: "Brandle Voss" … "Voss\'s shares"',
    body: 'Shares in Brandle Voss fell 6 percent after the retailer cut its forecast. Voss\'s shares have lost a third of their value this year.',
    has: [{ text: 'Brandle Voss', type: 'ORG' }, { text: 'Voss', type: 'ORG' }],
  },
  {
    label: 'a person whose full name ends with such a firm\'s last word keeps her surname: "Corvin Tate" … "Edda Tate" … "Tate was proud"',
    body: 'Analysts at Corvin Tate said the chain would shrink. Edda Tate, its founder, said Tate was proud of the shops.',
    has: [{ text: 'Corvin Tate', type: 'ORG' }, { text: 'Edda Tate', type: 'PERSON' }, { text: 'Tate', notType: 'ORG' }],
  },
  {
    label: 'a one-word name that recalls products or posts results is a company: "Hartwick recalled 40,000 cars", "Dovemere posted a loss"',
    body: 'Hartwick recalled 40,000 cars after a brake fault, and Hartwick said repairs were free. Dovemere posted a quarterly loss of $40 million.',
    has: [{ text: 'Hartwick', type: 'ORG' }, { text: 'Dovemere', type: 'ORG' }],
  },
  {
    label: 'a person who recalls a night, or a full name\'s surname recalling cars, stays a person',
    body: 'Ada Tolland took over the firm in May. Tolland recalled 9,000 cars at once. Brisk recalled the night the dam broke, Brisk said.',
    has: [{ text: 'Tolland', type: 'PERSON' }, { text: 'Brisk', notType: 'ORG' }],
  },
  {
    label: 'a one-word name that owns a workforce is a company in every mention',
    body: 'Dalmer reported a loss on Tuesday. Dalmer will close two plants, a fifth of Dalmer\'s North American workforce.',
    has: [{ text: 'Dalmer', type: 'ORG' }],
  },
  {
    label: 'a person\'s shares or a surname of a longer name stay a person',
    body: 'Ilse Varnok sold stock. Varnok\'s shares went to a trust, and Varnok\'s board seat stayed empty.',
    has: [{ text: 'Ilse Varnok', type: 'PERSON' }, { text: 'Varnok', type: 'PERSON' }],
  },
  {
    label: 'a lone "to X" place cue does not outvote what only a person does elsewhere: "successor to Orvannis" … "Orvannis died"',
    body: 'The abbot named a successor to Orvannis in the spring. Orvannis died two years later, and the brothers mourned him.',
    has: [{ text: 'Orvannis', type: 'PERSON' }],
  },
  {
    label: 'a name shaped like a company is a person in every mention when the document says it was born',
    body: 'The prize went to Marchetta last year. Marchetta was born in a fishing village and taught herself to paint.',
    has: [{ text: 'Marchetta', type: 'PERSON' }],
  },
  {
    label: 'a town that "grew up" around a mill is no person: only acts of a person retype a name',
    body: 'The new road runs to Kelbrook. Kelbrook grew up around the mill on the river.',
    has: [{ text: 'Kelbrook', notType: 'PERSON' }],
  },
  {
    label: 'an unknown single name after "in" is a place',
    body: 'Mayor Ines Marlow visited the shelter in Velmora on Monday.',
    has: [{ text: 'Velmora', type: 'LOC' }],
  },
  {
    label: 'NORP for nationality adjectives, pointing at their country',
    body: 'Portuguese and Norwegian volunteers helped clear the streets.',
    has: [{ text: 'Portuguese', type: 'NORP', country: 'portugal' }, { text: 'Norwegian', type: 'NORP', country: 'norway' }],
  },
  {
    label: 'NORP for nationality words the lexicon cannot link by spelling: Spanish, Swiss, Icelanders',
    body: 'Officials said Spanish and Swiss divers joined the search, and two Icelanders were rescued.',
    has: [
      { text: 'Spanish', type: 'NORP', country: 'spain' }, { text: 'Swiss', type: 'NORP', country: 'switzerland' },
      { text: 'Icelanders', type: 'NORP', country: 'iceland' },
    ],
  },
  // ── what is not an entity ──
  {
    label: 'sentence-initial common words ("The", "However") are not entities',
    body: 'The storm struck at night. However, nobody was hurt.',
    exactly: [],
  },
  {
    label: 'sentence-initial adverbs and weekdays are not entities',
    body: 'Meanwhile, Tuesday brought more rain. Yesterday the wind eased.',
    exactly: [],
  },
  {
    label: 'Title Case headline words are not entities ("Storm Surge Hits Coastal Town")',
    body: 'Heavy rain fell across the hills.',
    exactly: [],
  },
  {
    label: 'Title Case headline: an ordinal ("Second") is not an entity',
    full: true,
    body: 'Port Strike Enters Second Week\nThe dockers voted again on Friday.',
    exactly: [],
  },
  {
    label: 'Title Case headline: the first word ("Inquiry") is not an entity',
    full: true,
    body: 'Inquiry Opens Into Ferry Disaster\nThe ferry sank in calm weather.',
    exactly: [],
  },
  {
    label: 'a sentence-initial plural common noun ("Passengers") is not an entity',
    body: 'Passengers waited for hours. Officials said the road would reopen.',
    exactly: [],
  },
  // ── wire-service business copy (s18 wire21) ──
  {
    label: 'a firm\'s kind opening a headline is no part of its name, and the short name is the body\'s firm: "Lender Corvath to close branches"',
    full: true,
    body: 'Lender Corvath to close 40 branches\nCorvath Savings Bank said on Monday it would close 40 branches. Corvath\'s chief executive, Ilse Marrow, blamed rents.\n',
    has: [{ text: 'Corvath', type: 'ORG' }, { text: 'Corvath Savings Bank', type: 'ORG' }],
    lacks: ['Lender'],
    same: [['Corvath', 'Corvath Savings Bank']],
  },
  {
    label: 'a firm\'s kind opening a sentence makes the name after it a firm: "Carmaker Delvane said …", "Rival Ostrel declined …"',
    body: 'Carmaker Delvane said it would cut 900 jobs. Insurer Pellwick warned of higher claims. Rival Ostrel declined to comment.',
    has: [{ text: 'Delvane', type: 'ORG' }, { text: 'Pellwick', type: 'ORG' }, { text: 'Ostrel', type: 'ORG' }],
    lacks: ['Carmaker', 'Insurer', 'Rival'],
  },
  {
    label: 'a firm\'s kind alone where a headline or sentence opens is no name: "Drugmaker trial fails", "Carmaker shares fell"',
    full: true,
    body: 'Drugmaker trial fails\nCarmaker shares fell on Monday, Tomas Reld said.\n',
    exactly: ['Tomas Reld'],
  },
  {
    label: 'the agency a wire dateline credits in parentheses is an organisation: "KESTREL BAY, May 2 (Harbourline) -", "VELLMORE (Ostwire) —"',
    full: true,
    body: 'Dock workers strike at two ports\nKESTREL BAY, May 2 (Harbourline) - Dock workers walked out on Friday, the port authority said.\n\nVELLMORE (Ostwire) — Ferries were cancelled, Tomas Reld said.\n',
    has: [{ text: 'Harbourline', type: 'ORG' }, { text: 'Ostwire', type: 'ORG' }, { text: 'Tomas Reld', type: 'PERSON' }],
  },
  {
    label: 'a town in capitals before a wire credit in parentheses is a dateline\'s place, not a person: "PORT VESSEL (Ostwire) -", "DRAVENMOOR (Harbour Wire) —"',
    full: true,
    body: 'Ferry talks stall\nPORT VESSEL (Ostwire) - Ferry talks stalled on Monday, the port authority said.\n\nDRAVENMOOR (Harbour Wire) — Crews stayed home, Tomas Reld said.\n',
    has: [{ text: 'PORT VESSEL', type: 'LOC' }, { text: 'DRAVENMOOR', type: 'LOC' }, { text: 'Tomas Reld', type: 'PERSON' }],
  },
  {
    label: 'a Title Case headline\'s name the body writes longer takes the body\'s name: "Marlow Arena Crowd Cheers Tessel Cup Win" above "filled Marlow Arena", "the Tessel Cup"',
    full: true,
    body: 'Marlow Arena Crowd Cheers Tessel Cup Win\nA crowd of 9,000 filled Marlow Arena on Friday as the home side lifted the Tessel Cup, coach Ines Varro said.\n',
    exactly: ['Marlow Arena', 'Tessel Cup', 'Marlow Arena', 'Tessel Cup', 'Ines Varro'],
  },
  {
    label: 'a Title Case headline\'s word before one the body names with it is that longer name: "Fans Mob Dunhaven Trophy Parade" above "the Dunhaven Trophy"',
    full: true,
    body: 'Fans Mob Dunhaven Trophy Parade\nThousands lined the streets after Kelby Rovers won the Dunhaven Trophy, police in Dunhaven said.\n',
    exactly: ['Dunhaven Trophy', 'Kelby Rovers', 'Dunhaven Trophy', 'Dunhaven'],
    has: [{ text: 'Dunhaven Trophy', type: 'ORG' }],
  },
  {
    label: 'a Title Case headline\'s name stays short where the body\'s longer name is not what follows it: "Corlin Wins Vote" above "Corlin Freight"',
    full: true,
    body: 'Corlin Wins Vote on Depot\nCorlin Freight won a council vote on Tuesday, its chief Pia Lund said.\n',
    exactly: ['Corlin', 'Corlin Freight', 'Pia Lund'],
  },
  {
    label: 'a headline keeps "Index" on an index\'s name: "Stocks slide as Corvane Index sheds gains" is no person "Corvane"',
    full: true,
    body: 'Stocks slide as Corvane Index sheds gains\nShares fell in Velmar on Monday, traders said.\n',
    exactly: ['Corvane Index', 'Velmar'],
    has: [{ text: 'Corvane Index', type: 'ORG' }],
  },
  {
    label: 'an electoral district is a place: "the riding of Dunmore North", "the constituency of Kelvan Central", "Dunmore North MP Ada Vos"',
    body: 'Voters in the riding of Dunmore North went to the polls. Dunmore North MP Ada Vos held the seat, and the constituency of Kelvan Central changed hands.',
    has: [{ text: 'Dunmore North', type: 'LOC' }, { text: 'Ada Vos', type: 'PERSON' }, { text: 'Kelvan Central', type: 'LOC' }],
  },
  {
    label: 'the seat after a member\'s title and "for" is a place, the title no body: "The Member for Brisley Fen", "the MP for Quarrendon"',
    body: 'The Member for Brisley Fen, Oswin Tarrant, said the bill was flawed. The MP for Quarrendon voted against it.',
    has: [{ text: 'Brisley Fen', type: 'LOC' }, { text: 'Quarrendon', type: 'LOC' }, { text: 'Oswin Tarrant', type: 'PERSON' }],
    lacks: ['Member'],
  },
  {
    label: 'a one-word seat after "the Member for" is a place, not a person: "the Member for Ellerwick, voted with"',
    body: 'One independent, the Member for Ellerwick, voted with the opposition on Friday.',
    has: [{ text: 'Ellerwick', type: 'LOC' }],
    lacks: ['Member'],
  },
  {
    label: 'a product\'s code of letters, a hyphen and digits is no person: "QX-230 failed a trial", "Doctors said QX-230 was safe"',
    body: 'QX-230 failed a late-stage trial, Pellam Biotech said. Doctors said QX-230 was safe.',
    lacks: ['QX-230'],
    has: [{ text: 'Pellam Biotech', type: 'ORG' }],
  },
  {
    label: 'a body named by one word with an apposition saying what it is is an organisation: "Forward, Norland\'s largest union, said", "Brannock, the main opposition party,"',
    body: 'Forward, Norland\'s largest union, said the cuts were unfair. Brannock, the main opposition party, backed a strike, and Agrovel, a farmers\' group, joined it.',
    has: [{ text: 'Forward', type: 'ORG' }, { text: 'Brannock', type: 'ORG' }, { text: 'Agrovel', type: 'ORG' }],
  },
  {
    label: 'a person whose apposition names a role in a body stays a person: "Ilse Marrow, the union\'s president,", "Tomas Reld, a party veteran,"',
    body: 'Ilse Marrow, the union\'s president, spoke first. Tomas Reld, a party veteran, agreed. Ansel Brook, a member of the group, left.',
    has: [{ text: 'Ilse Marrow', type: 'PERSON' }, { text: 'Tomas Reld', type: 'PERSON' }, { text: 'Ansel Brook', type: 'PERSON' }],
  },
  // ── ordinary nouns at the start of a sentence (the common-word list must know them) ──
  {
    label: 'a sentence-initial plural noun ("Investors") is not a name',
    body: 'Investors sold their holdings in Dorvo Motors on Tuesday.',
    lacks: ['Investors'],
  },
  {
    label: 'a sentence-initial noun before another noun ("Stock prices") is not a name',
    body: 'Stock prices fell sharply after the announcement.',
    exactly: [],
  },
  {
    label: 'a sentence-initial season ("Autumn rains") is not a name',
    body: 'Autumn rains flooded the lower valley. Farmers moved their herds.',
    exactly: [],
  },
  {
    label: 'a sentence-initial fruit noun ("Apple growers") is not a name',
    body: 'Apple growers expect a smaller harvest this year, the cooperative said.',
    exactly: [],
  },
  {
    label: 'a compound of ordinary words ("Fuel-efficient engines") is not a name',
    body: 'Fuel-efficient engines cost more to build. Mortgage lenders raised their rates.',
    exactly: [],
  },
  {
    label: 'a company named like a common noun stays a name at a sentence start when the article names it mid-sentence ("Apple said …")',
    body: 'Shares of Apple rose on Monday. Apple said its new phone sold well.',
    has: [{ text: 'Apple', type: 'ORG' }],
    exactly: ['Apple', 'Apple'],
  },
  {
    label: 'the same noun without a mid-sentence name use is no name ("Apple growers", no other "Apple")',
    body: 'Apple growers met on Monday. The harvest was small.',
    exactly: [],
  },
  // ── a city that is also a given name ──
  {
    label: 'a well-known city that is also a given name is a place after "in" ("in Sydney")',
    body: 'Tomas Reiter opened a second office in Sydney last year.',
    has: [{ text: 'Sydney', type: 'LOC' }, { text: 'Tomas Reiter', type: 'PERSON' }],
  },
  {
    label: 'a city that compromise lists as a place is a place ("Perth")',
    body: 'The ferry company moved its headquarters to Perth in March.',
    has: [{ text: 'Perth', type: 'LOC' }],
  },
  {
    label: 'headline in capitals: ordinary words in capitals are not acronyms, the place is a LOC',
    full: true,
    body: 'FLOODS CUT OFF OSLO SUBURBS\nThe river rose overnight.\n',
    exactly: ['OSLO'],
    has: [{ text: 'OSLO', type: 'LOC' }],
  },
  {
    label: 'headline in capitals with a place and a head word: "STORM CLOSES LISBON PORT"',
    full: true,
    body: 'STORM CLOSES LISBON PORT\nThe river rose overnight.\n',
    lacks: ['STORM', 'CLOSES'],
  },
  {
    label: 'Title Case headline: a title modifier opening a headline clause is no organisation ("Police Clear …")',
    full: true,
    body: 'Two Hurt as Police Clear Camp Near Dornvale Mill\nOfficers moved in at dawn, the Dornvale Harbour Police said.\n',
    lacks: ['Police'],
  },
  {
    label: 'Title Case headline: a word alone between lower-case words is not a name seen mid-sentence ("Count the Toll in …")',
    full: true,
    body: 'Villagers Count the Toll in Karsby After Storm\nThe storm hit Karsby at night.\n',
    lacks: ['Toll'],
  },
  {
    label: 'Title Case headline: "Us" is the pronoun, not the country acronym',
    full: true,
    body: '\u2018They Left Us Alone\u2019: Flood Victims Speak\nThe river rose in Karsby overnight, and the US embassy sent aid.\n',
    lacks: ['Us'],
    has: [{ text: 'US', type: 'LOC' }],
  },
  {
    label: 'Title Case headline: a title before a name still opens the title ("Fire Chief …")',
    full: true,
    body: 'Fire Chief Mara Vostrin Warns of Dry Summer\nThe chief spoke on Monday.\n',
    has: [{ text: 'Mara Vostrin', type: 'PERSON' }],
    lacks: ['Fire'],
  },
  {
    label: 'a country the lexicon knows whole across "of" stays one place ("United States of America")',
    body: 'Aid from the United States of America reached Karsby on Friday.',
    has: [{ text: 'United States of America', type: 'LOC' }],
    exactly: ['United States of America', 'Karsby'],
  },
  {
    label: 'an ordinary noun capitalised before its number is a label, not a place ("Room 12", "Ward 7")',
    body: 'The families slept in Room 12 and the nurses in Ward 7 of the Karsby clinic.',
    lacks: ['Room', 'Ward'],
  },
  {
    label: 'a masthead of ordinary words after a dash, a colon or "The", or before "|", is the publication',
    full: true,
    body: 'Flood Hits Town\nBy Ana Berg\nPublished 7 March 2025 — The Southern Ledger\nThe Western Dispatch | 8 March 2025\nImage source: Harbour Wire\n\nThe river rose on Friday.\n',
    has: [{ text: 'Southern Ledger', type: 'ORG' }, { text: 'Western Dispatch', type: 'ORG' }, { text: 'Harbour Wire', type: 'ORG' }],
  },
  {
    label: 'a headline word the article writes in lower case is no entity, even if the lexicon lacks it',
    full: true,
    body: 'Seawall Breaks In Velmora\nThe seawall broke overnight, officials in Velmora said.\n',
    exactly: ['Velmora', 'Velmora'],
  },
  {
    label: 'a sentence-initial word the article also writes in lower case is no entity ("Rescuers" … "the rescuers")',
    body: 'Rescuers pulled two men from the water. Later the rescuers said more were missing.',
    exactly: [],
  },
  // ── furniture and datelines ──
  {
    label: 'dateline "LISBON (Wire) —": the place is a LOC mention',
    body: 'LISBON (Wire) — A storm surge flooded the riverside district on Tuesday, officials said.',
    has: [{ text: 'LISBON', type: 'LOC', furniture: false }],
  },
  {
    label: 'a dateline\'s town is a place though a paper or firm named after it is in the byline or text: "By Ada Brill, Keston Ledger" … "KESTON —"',
    full: true,
    body: 'Storm Surge Hits Coastal Town\n\nBy Ada Brill, Keston Ledger\n\nKESTON — Rescue crews searched the harbour on Tuesday, police said.\n\nMORVALE — Orvik Chemicals closed its plant. Orvik said the plant would reopen.\n',
    has: [{ text: 'KESTON', type: 'LOC' }, { text: 'Keston Ledger', type: 'ORG' }, { text: 'MORVALE', type: 'LOC' }, { text: 'Orvik', type: 'ORG' }],
    different: [['KESTON', 'Keston Ledger']],
  },
  {
    label: 'a given name that is a verb, alone in a Title Case headline, is the verb: "Tenants Sue Landlord", "Gangs Rob Depot"',
    full: true,
    body: 'Tenants Sue Landlord Over Repairs\n\nTenants of the Kelbrook towers filed a lawsuit on Monday against Ostrey Homes.\n\nGangs Rob Depot\n\nThieves took fuel from a depot in Varnley.\n',
    lacks: ['Sue', 'Rob'],
  },
  {
    label: 'a headline\'s given name that is a verb stays a person when the body names a person with it: "Coach Praises Sue" above "Sue Varnell"',
    full: true,
    body: 'Coach Praises Sue After Win\n\nSue Varnell scored twice on Saturday, her coach said.\n',
    has: [{ text: 'Sue', type: 'PERSON' }, { text: 'Sue Varnell', type: 'PERSON' }],
  },
  {
    label: 'dateline "OSLO —" without an agency: the place is a LOC mention',
    body: 'OSLO — Rescue crews searched the fjord on Tuesday, police said.',
    has: [{ text: 'OSLO', type: 'LOC', furniture: false }],
    exactly: ['OSLO'],
  },
  {
    label: 'byline name is flagged as furniture, the same name in the body is not',
    body: 'By Ana Lindqvist\nAna Lindqvist spent the night with the rescue crews in Velmora.',
    has: [{ text: 'Ana Lindqvist', type: 'PERSON', furniture: true }],
  },
  {
    label: '"Follow … on Twitter" line is furniture',
    body: 'Heavy rain fell across the hills.\nFollow Ana Lindqvist on Twitter.',
    has: [{ text: 'Ana Lindqvist', type: 'PERSON', furniture: true }],
  },
  {
    label: 'a wire story\'s closing credits in brackets are furniture: "(Reporting by …; Editing by …)"',
    body: 'Kettle sales fell in Tolvey, Brovik said.\n(Reporting by Dev Anand in Tolvey; Editing by Sara Lutz)',
    has: [{ text: 'Dev Anand', type: 'PERSON', furniture: true }, { text: 'Sara Lutz', type: 'PERSON', furniture: true }],
  },
  {
    label: 'closing credits with additional reporting are furniture: "(Additional reporting by …)"',
    body: 'Kettle sales fell in Tolvey, Brovik said.\n(Additional reporting by Mira Sand in Ostrel)',
    has: [{ text: 'Mira Sand', type: 'PERSON', furniture: true }],
  },
  {
    label: 'guard: a bracketed aside that names a checker stays text: "(The figures were checked by …)"',
    body: 'Kettle sales fell in Tolvey, Brovik said.\n(The figures were checked by Mira Sand, the auditor.)',
    has: [{ text: 'Mira Sand', type: 'PERSON', furniture: false }],
  },
  // ── offsets ──
  {
    label: 'names with diacritics and emoji around them keep correct UTF-16 offsets',
    body: '🌊 Søren Ødegård 🌊 met José Núñez-Pérez in Kraków 🚒 on Friday, and Zoë Ångström joined them.',
    has: [
      { text: 'Søren Ødegård', type: 'PERSON' }, { text: 'José Núñez-Pérez', type: 'PERSON' },
      { text: 'Kraków', type: 'LOC' }, { text: 'Zoë Ångström', type: 'PERSON' },
    ],
    exactly: ['Søren Ødegård', 'José Núñez-Pérez', 'Kraków', 'Zoë Ångström'],
  },
  {
    label: 'a BOM and CRLF line ends before the names do not shift offsets',
    full: true,
    body: '\uFEFFStorm Surge Hits Coastal Town\r\n\r\nIngrid Solberg 😀 met Tomas Reiter in Oslo.\r\n',
    exactly: ['Ingrid Solberg', 'Tomas Reiter', 'Oslo'],
  },
  // ── general patterns: streets and rivers, datelines, particles, org names with "’" or "the" ──
  {
    label: 'a middle initial does not make another person: "Marta J. Lindqvist" … "Marta Lindqvist"',
    body: 'The harbour engineer Marta J. Lindqvist met the crews. Later, Marta Lindqvist toured the dock.',
    same: [['Marta J. Lindqvist', 'Marta Lindqvist']],
  },
  {
    label: 'a street ("… Lane") and a river ("River …") are places',
    body: 'Water rose along Copperfield Lane and the River Tolvane burst its banks.',
    has: [{ text: 'Copperfield Lane', type: 'LOC' }, { text: 'River Tolvane', type: 'LOC' }],
  },
  {
    label: 'a dateline in capitals is a place, and so is the same town later in the article',
    body: 'DRUMVALE, Scotland — Flooding closed the school. Residents of Drumvale were told to stay indoors.',
    has: [{ text: 'DRUMVALE', type: 'LOC' }, { text: 'Drumvale', type: 'LOC' }],
  },
  {
    label: 'a plural possessive inside a union\'s name keeps the name whole, and "General" opening it is no title',
    body: 'The General Ferry Workers’ Union called a strike.',
    has: [{ text: 'General Ferry Workers’ Union', type: 'ORG' }],
  },
  {
    label: 'a surname led by a lower-case particle keeps it and joins the full name: "van Dorsten"',
    body: 'Pilot Maria van Dorsten steered the tug. Afterwards van Dorsten said the tide was strong.',
    has: [{ text: 'van Dorsten', type: 'PERSON' }],
    same: [['Maria van Dorsten', 'van Dorsten']],
  },
  {
    label: 'a charity named with "the" inside is one organisation: "Feed the Harbour"',
    body: 'Volunteers from Feed the Harbour handed out blankets.',
    has: [{ text: 'Feed the Harbour', type: 'ORG' }],
  },
  {
    label: 'a government seat used for the institution is an organisation: "the Kremlin said"',
    body: 'The Kremlin said the ferry talks would resume.',
    has: [{ text: 'Kremlin', type: 'ORG' }],
  },
  {
    label: 'a regulator named "… Executive" and its acronym are one organisation',
    body: 'The Coastal Hazards Executive opened an inquiry. The CHE said it would report in May.',
    has: [{ text: 'Coastal Hazards Executive', type: 'ORG' }],
    same: [['Coastal Hazards Executive', 'CHE']],
  },
  {
    label: 'a company\'s first word alone is the company: "Orvik" of "Orvik Marine Holdings"',
    body: 'Orvik Marine Holdings owns the yard. A spokesman said Orvik would rebuild it.',
    same: [['Orvik Marine Holdings', 'Orvik']],
  },
  {
    label: 'a town is not the short name of its council: "Dunmore" and "Dunmore Council"',
    body: 'Dunmore Council met on Friday. Roads in Dunmore stayed closed.',
    different: [['Dunmore Council', 'Dunmore']],
  },
  {
    label: 'a newspaper named for its head word is an organisation: "the Tolvane Courier"',
    body: 'The story was first reported by the Tolvane Courier on Monday.',
    has: [{ text: 'Tolvane Courier', type: 'ORG' }],
  },
  {
    label: 'a byline\'s "Staff Writer" is no name',
    body: 'By Tom Reed, Staff Writer\n\nThe pier was closed.',
    lacks: ['Staff'],
  },
  {
    label: 'an unknown name before an industry head ("… Chemicals") is a company, and its first word alone joins it',
    body: 'A fire broke out at the Brannoch Chemicals plant. Brannoch said no one was hurt.',
    has: [{ text: 'Brannoch Chemicals', type: 'ORG' }],
    same: [['Brannoch Chemicals', 'Brannoch']],
  },
  {
    label: 'a company named once with its legal form is a company in its shorter forms ("Pellam Inc." … "Pellam Software")',
    body: 'Shares of Pellam Software rose on Monday. Pellam said sales grew, and Pellam Inc. will open two stores.',
    has: [{ text: 'Pellam Software', type: 'ORG' }, { text: 'Pellam', type: 'ORG' }],
  },
  // ── multi-word titles, a place by its context, chunks joined by "and" ──
  {
    label: 'a title of two heads with plain words between is one role: "Chief Operating Officer"',
    body: 'Chief Operating Officer Ana Reis said the line would reopen.',
    has: [{ text: 'Ana Reis', type: 'PERSON', role: 'Chief Operating Officer' }],
    lacks: ['Operating'],
  },
  {
    label: 'the same inside a sentence: "the company\'s Chief Technology Officer Ben Olde"',
    body: 'The plan came from the company\'s Chief Technology Officer Ben Olde on Monday.',
    has: [{ text: 'Ben Olde', type: 'PERSON', role: 'Chief Technology Officer' }],
    lacks: ['Technology'],
  },
  {
    label: '"Manager" is a title head: "Plant Manager Jo Pike"',
    body: 'The letter was signed by Plant Manager Jo Pike last week.',
    has: [{ text: 'Jo Pike', type: 'PERSON' }],
    lacks: ['Manager'],
  },
  {
    label: 'a field word before a title belongs to the title: "to Infrastructure Minister Rui Lopes"',
    body: 'The report went to Infrastructure Minister Rui Lopes on Monday.',
    has: [{ text: 'Rui Lopes', type: 'PERSON', role: 'Infrastructure Minister' }],
    lacks: ['Infrastructure'],
  },
  {
    label: 'a name before a title is not taken into it: "said Dorvo President Mara Lind"',
    body: 'Sales will rise, said Dorvo President Mara Lind.',
    has: [{ text: 'Dorvo' }, { text: 'Mara Lind', type: 'PERSON' }],
  },
  // ── a place by its context, for the whole document ──
  {
    label: 'a name written after "near" is a place in all its mentions',
    body: 'Tavuma has been dry since May. Farmers near Tavuma lost their crops, and Tavuma asked for help.',
    has: [{ text: 'Tavuma', type: 'LOC' }],
  },
  {
    label: 'a name in apposition to "the capital" is a place',
    body: 'Marevo said the roads were closed. Officials in the capital, Marevo, sent buses.',
    has: [{ text: 'Marevo', type: 'LOC' }],
  },
  {
    label: 'a name before "-based", "-born" or "-headquartered" is a place in all its mentions, not the firm it describes',
    body: 'Quarry Steel cut 300 jobs. The Tolvern-based steelmaker blamed costs. The Ardwick-born striker scored twice. Ardwick fans cheered.',
    has: [{ text: 'Tolvern', type: 'LOC' }, { text: 'Ardwick', type: 'LOC' }],
  },
  {
    label: 'a name before "-based" and a product is what the product runs on, not a place',
    body: 'Vendors shipped more Zantor-based laptops this quarter. Zantor said demand was strong.',
    has: [{ text: 'Zantor', notType: 'LOC' }],
  },
  {
    label: 'a one-word name a product is built on is a brand or firm, not a person, when it later "said"',
    body: 'Retailers sold more Quillon-based tablets in spring. Quillon said orders had doubled since March.',
    has: [{ text: 'Quillon', notType: 'PERSON' }],
  },
  {
    label: 'a name before "-based" and a people noun stays what it was (a place), not a brand',
    body: 'A Marrowick-based analyst said sales fell. Marrowick councillors met on Monday.',
    has: [{ text: 'Marrowick', notType: 'ORG' }],
  },
  {
    label: 'a name after "the outskirts of" is a place',
    body: 'Ostrel Vance was shelled again. Shells fell on the outskirts of Ostrel Vance overnight.',
    has: [{ text: 'Ostrel Vance', type: 'LOC' }],
  },
  {
    label: 'a name after "the border of", "the coast of" or "the county of" is a place',
    body: 'The fort stood on the border of Varnia and Pellonia. Boats sailed along the coast of Tessaly. Sheep graze in the county of Drummel.',
    has: [{ text: 'Varnia', type: 'LOC' }, { text: 'Tessaly', type: 'LOC' }, { text: 'Drummel', type: 'LOC' }],
  },
  {
    label: 'a name after a word of travel and "through" is a place: "a journey through Thessen", "drove through Belmora"',
    body: 'The caravan made a slow journey through Thessen. Their convoy drove through Belmora on Monday.',
    has: [{ text: 'Thessen', type: 'LOC' }, { text: 'Belmora', type: 'LOC' }],
  },
  {
    label: 'guard: "through" after no word of travel leaves a firm a firm ("sold through Dorvo Holdings")',
    body: 'The tickets are sold through Dorvo Holdings.',
    has: [{ text: 'Dorvo Holdings', type: 'ORG' }],
  },
  {
    label: '"shares in" a name does not make it a place',
    body: 'Dorvex said profits rose. Investors bought shares in Dorvex on Monday.',
    has: [{ text: 'Dorvex', notType: 'LOC' }],
  },
  {
    label: 'a number word opens no person\'s name, so a plan named after a firm does not make the firm a person: "our One Dravik plan"',
    body: 'Dravik Motors Co. posted a profit. For the quarter, Dravik said sales rose, and "our One Dravik plan is working," the chairman said.',
    has: [{ text: 'Dravik', type: 'ORG' }],
    lacks: ['One'],
  },
  {
    label: 'a one-word name a firm\'s staff speak for or work at is a firm: "a spokeswoman for Quenlow", "analysts at Marrowby"',
    body: 'Output slowed, said Ilse Karsten, a spokeswoman for Quenlow. Analysts at Marrowby expect a weak quarter.',
    has: [{ text: 'Quenlow', type: 'ORG' }, { text: 'Marrowby', type: 'ORG' }],
  },
  {
    label: 'a one-word name whose fact-checkers rate a claim is an outlet: "Fact-checkers at Quillon"',
    body: 'Fact-checkers at Quillon rated the mayor\'s claim false on Monday, said Ilse Karsten.',
    has: [{ text: 'Quillon', type: 'ORG' }],
  },
  {
    label: 'a one-word name with a business\'s kind in apposition is a firm in all its mentions: "Tresk, the carmaker,"',
    body: 'Tresk, the carmaker, reported a smaller loss on Thursday. Tresk will close two plants next year.',
    has: [{ text: 'Tresk', type: 'ORG' }],
    exactly: ['Tresk', 'Tresk'],
  },
  {
    label: 'a place stays a place before firm-like contexts elsewhere: "flooding in Harnby" and "analysts at Harnby"',
    body: 'Flooding in Harnby closed the bridge. Analysts at Harnby counted the cost.',
    has: [{ text: 'Harnby', type: 'LOC' }],
  },
  {
    label: 'a person\'s job in apposition is no business kind: "Orvell, a retired banker,"',
    body: 'Orvell, a retired banker, said the branch would close. Orvell grew up nearby.',
    has: [{ text: 'Orvell', type: 'PERSON' }],
  },
  // ── chunks ──
  {
    label: 'a union named after its members keeps "and" inside after its head and "of": "Union of Road and Rail Workers"',
    body: 'Members of the Union of Quay and Ferry Workers voted to strike. The Federation of Bakers and Allied Workers backed them.',
    has: [{ text: 'Union of Quay and Ferry Workers', type: 'ORG' }, { text: 'Federation of Bakers and Allied Workers', type: 'ORG' }],
  },
  {
    label: 'a whole body\'s name with "and" inside, then "and" and a second body, are two names: "Quay and Harbour Workers Union and Orlby City Council"',
    body: 'Talks between the Quay and Harbour Workers Union and Orlby City Council broke down on Friday.',
    has: [{ text: 'Quay and Harbour Workers Union', type: 'ORG' }, { text: 'Orlby City Council', type: 'ORG' }],
  },
  {
    label: 'a guild is an organisation\'s head, after a plural possessive too: "National Farriers\' Guild", "Guild rep"',
    body: 'The National Farriers\' Guild backed the walkout. Guild rep Oren Tasker said members were angry.',
    has: [{ text: 'National Farriers\' Guild', type: 'ORG' }, { text: 'Oren Tasker', type: 'PERSON' }],
  },
  {
    label: 'a school named "Primary" is an organisation, and "and" between two schools splits them: "Greyfield Primary and Netherby Academy"',
    body: 'Pupils at Tollbrook Primary and Wenlow Academy will move. Jonas Reed, head of St Ardwin\'s Primary, said parents were worried.',
    has: [{ text: 'Tollbrook Primary', type: 'ORG' }, { text: 'Wenlow Academy', type: 'ORG' }, { text: 'St Ardwin\'s Primary', type: 'ORG' }],
  },
  {
    label: 'a name led by an organisation\'s acronym is no person: "told KTV Dunhallow", "NHS Tayvale"',
    body: 'Greta Hollis told KTV Dunhallow: "We will not close the ward." A spokesman for NHS Tayvale said beds were shut.',
    has: [{ text: 'KTV Dunhallow', type: 'ORG' }, { text: 'NHS Tayvale', type: 'ORG' }, { text: 'Greta Hollis', type: 'PERSON' }],
  },
  {
    label: 'guard: a given name or plain word in capitals before a surname is no acronym: "PETRA Vollan", "MEP Jana Holt"',
    body: 'PETRA Vollan spoke first. Petra Vollan later left. MEP Jana Holt agreed.',
    has: [{ text: 'Petra Vollan', type: 'PERSON' }, { text: 'Jana Holt', type: 'PERSON' }],
  },
  {
    label: 'an ordinary word, "and", and a capitalised organisation tail are one name: "Korvan Land and River Alliance"',
    body: 'Rosa Lima of the Korvan Land and River Alliance spoke on Monday.',
    has: [{ text: 'Korvan Land and River Alliance', type: 'ORG' }],
  },
  {
    label: 'a head word, "and", and an organisation tail are one name after a sentence\'s opening "The": "The Futures and Options Commission"',
    body: 'The Futures and Options Commission fined Dorvale Capital. The Banking and Insurance Commission agreed. The Quorin Kitchen and Harbour Relief teams met.',
    has: [{ text: 'Futures and Options Commission', type: 'ORG' }, { text: 'Banking and Insurance Commission', type: 'ORG' }, { text: 'Quorin Kitchen', type: 'ORG' }],
  },
  {
    label: 'a titled person\'s name, "of", and a place are two entities, the place no person in any mention: "Attorney General Orla Penhallow of Varrowdale"',
    body: '"We are ready," said Attorney General Orla Penhallow of Varrowdale, who led the talks. Senator Bram Tolliver of Quenmark voted no. Prices in Varrowdale rose.',
    has: [{ text: 'Orla Penhallow', type: 'PERSON' }, { text: 'Varrowdale', type: 'LOC' }, { text: 'Bram Tolliver', type: 'PERSON' }, { text: 'Quenmark', notType: 'PERSON' }],
    lacks: ['of'],
  },
  {
    label: 'a name after a person\'s full name and "of" is no person: "Orla Penhallow of Varrowdale spoke"',
    body: 'Orla Penhallow of Ardenne spoke on Monday. Idris Mallow of Brisley agreed. Ruth Amory of Calder left.',
    has: [{ text: 'Orla Penhallow', type: 'PERSON' }, { text: 'Ardenne', notType: 'PERSON' }, { text: 'Brisley', notType: 'PERSON' }, { text: 'Calder', notType: 'PERSON' }],
  },
  {
    label: 'a name ending in a place plural is a place, kept whole at a sentence start: "Birch Springs officials", "Dunley Oaks"',
    body: 'Birch Springs officials closed the pool. Crews came from Dunley Oaks and Quarry Heights. Hazel Meadows voters met.',
    has: [{ text: 'Birch Springs', type: 'LOC' }, { text: 'Dunley Oaks', type: 'LOC' }, { text: 'Quarry Heights', type: 'LOC' }, { text: 'Hazel Meadows', type: 'LOC' }],
  },
  {
    label: 'a place plural that is a family name leaves a person alone, and after "the" the name is a team: "Marta Wells", "the Dunley Oaks"',
    body: 'Marta Wells, a nurse, spoke. The Dunley Oaks lost to Pellam on Sunday, and the Dunley Oaks coach resigned.',
    has: [{ text: 'Marta Wells', type: 'PERSON' }, { text: 'Dunley Oaks', notType: 'LOC' }],
  },
  {
    label: '"Town, Region" between a determiner and a noun is a place pair mid-phrase: "the Corlin, Texas plant", "a Varnby, Oregon-based firm"',
    body: 'Workers at the Corlin, Texas plant walked out. A Varnby, Oregon-based firm bought its Brackley, Ohio mill.',
    has: [{ text: 'Corlin', type: 'LOC' }, { text: 'Varnby', type: 'LOC' }, { text: 'Brackley', type: 'LOC' }],
  },
  {
    label: 'a club named by an ordinary word and a club tail is kept whole at a sentence start: "Tarn Rovers signed", "Fen Athletic lost"',
    body: 'Tarn Rovers signed a striker on Friday. Fen Athletic lost again.',
    has: [{ text: 'Tarn Rovers', type: 'ORG' }, { text: 'Fen Athletic', type: 'ORG' }],
  },
  {
    label: 'a name before "index", "exchange" or "bourse" is a market\'s (ORG), a known place before it stays a place: "the Selvane exchange", "the Tokyo bourse"',
    body: 'Traders on the Selvane exchange were calm. The benchmark Veltra index ended flat. Later the Tokyo bourse fell.',
    has: [{ text: 'Selvane', type: 'ORG' }, { text: 'Veltra', type: 'ORG' }, { text: 'Tokyo', type: 'LOC' }],
  },
  {
    label: 'an index named by its shape in a market\'s move is ORG: a last word "Composite"/"Average", a count of stocks after it, a place\'s possessive before it',
    body: 'The broad Selvane Composite dropped 2 percent and the Veltra 225 lost 1.4 percent. Lisbon\'s Tarvo Shen both ended lower.',
    has: [{ text: 'Selvane Composite', type: 'ORG' }, { text: 'Veltra', type: 'ORG' }, { text: 'Tarvo Shen', type: 'ORG' }],
  },
  {
    label: 'a name whose capitalised last word is "Index", "Exchange" or "Fund" is ORG, moves in its sentence or not: "the Harlan Index", "the Olden Growth Fund"',
    body: 'The Harlan Index lost 300 points on Tuesday. Shares of the Olden Growth Fund were suspended by the Tarrow Exchange.',
    has: [{ text: 'Harlan Index', type: 'ORG' }, { text: 'Olden Growth Fund', type: 'ORG' }, { text: 'Tarrow Exchange', type: 'ORG' }],
  },
  {
    label: 'a place\'s possessive may open a market\'s name before "index", and an index may shed points: "Lisbon\'s Tarvo Shen index", "Lisbon\'s Orla Mey shed 90 points"',
    body: 'Lisbon\'s Tarvo Shen index fell 3 percent on Monday. Porto\'s Orla Mey shed 90 points.',
    has: [{ text: 'Tarvo Shen', type: 'ORG' }, { text: 'Orla Mey', type: 'ORG' }],
  },
  {
    label: 'an oil grade named after a field is no entity, a known place before "crude" keeps its type: "Varlen crude", "Texas crude"',
    body: 'Varlen crude fell to $80 a barrel, and Texas crude lost 2 percent.',
    has: [{ text: 'Texas', type: 'LOC' }],
    lacks: ['Varlen'],
  },
  {
    label: 'a person after a place\'s possessive stays a person, figures in the sentence or not: "Norland\'s Ilse Varga said exports rose 3 percent"',
    body: 'Lisbon\'s Ilse Varga said exports rose 3 percent. Lisbon\'s Dorvan fell ill on Monday, and his temperature rose 2 points.',
    has: [{ text: 'Ilse Varga', type: 'PERSON' }, { text: 'Dorvan', type: 'PERSON' }],
  },
  {
    label: 'a name before the lower-case noun "party" or "movement" is an organisation: "Kostin\'s National Renewal party"',
    body: 'Voters deserted Aurel Kostin\'s National Renewal party on Sunday. The Green Tide movement gained seats.',
    has: [{ text: 'National Renewal', type: 'ORG' }, { text: 'Green Tide', type: 'ORG' }, { text: 'Aurel Kostin', type: 'PERSON' }],
  },
  {
    label: 'a person\'s party after a given name stays the person: "the Mira Dascal party"',
    body: 'Guests at the Mira Dascal party danced until dawn.',
    has: [{ text: 'Mira Dascal', type: 'PERSON' }],
  },
  {
    label: 'a people\'s plural beside its country\'s name is a nationality, not an organisation: "Corvania" … "young Corvanians"',
    body: 'Prices rose in Corvania last year. Nearly one in five young Corvanians is out of work.',
    has: [{ text: 'Corvania', type: 'LOC' }, { text: 'Corvanians', type: 'NORP' }],
  },
  {
    label: 'a verb "exchange" after a subject is no market: "Dorvan and Pellam exchange prisoners"',
    body: 'Tomas Dorvan and Ilse Pellam exchange letters every week.',
    has: [{ text: 'Tomas Dorvan', type: 'PERSON' }, { text: 'Ilse Pellam', type: 'PERSON' }],
  },
  {
    label: 'a name after "the mayor of", "residents of" or "the governor of" is a place: a firm has no mayor or residents',
    body: 'The mayor of Dunharrow resigned on Tuesday. Residents of Ostvane were told to leave. The governor of Pellshire spoke.',
    has: [{ text: 'Dunharrow', type: 'LOC' }, { text: 'Ostvane', type: 'LOC' }, { text: 'Pellshire', type: 'LOC' }],
  },
  {
    label: 'a name ending in a landform or a square\'s head word is a place: "Brindle Cove", "Sorrel Inlet", "Quarrow Plaza"',
    body: 'Flooding cut off Brindle Cove on Monday. Boats left Sorrel Inlet. Crowds gathered in Quarrow Plaza.',
    has: [{ text: 'Brindle Cove', type: 'LOC' }, { text: 'Sorrel Inlet', type: 'LOC' }, { text: 'Quarrow Plaza', type: 'LOC' }],
  },
  {
    label: 'a name with a place noun in apposition is a place ("Grayholt, a fishing town of 4,000,"), not before a title or a possessive ("a town councillor", "the city\'s mayor")',
    body: 'Grayholt, a fishing town of 4,000, was hit hardest. Quarn, a small port, flooded. Pellow, a town councillor, spoke. Vessa, the city\'s mayor, left.',
    has: [{ text: 'Grayholt', type: 'LOC' }, { text: 'Quarn', type: 'LOC' }, { text: 'Pellow', notType: 'LOC' }, { text: 'Vessa', notType: 'LOC' }],
  },
  {
    label: 'a name after "the" and up to two lower-case words and a place noun and "of" is a place: "the besieged town of Pellan", "the rebel-held northern city of Dask"',
    body: 'Aid reached the besieged town of Pellan on Monday. Shells fell on the rebel-held northern city of Dask. Corridors to the besieged city of Arvel and to Marrow were agreed.',
    has: [{ text: 'Pellan', type: 'LOC' }, { text: 'Dask', type: 'LOC' }, { text: 'Arvel', type: 'LOC' }],
  },
  {
    label: 'an institution\'s head before "for"/"of" makes the name an organisation whatever place opens it: "the Lisbon Centre for Strategic Studies", "the Tarsk Institute for Conflict Research" after "Tarsk" the place',
    body: 'The figures came from the Lisbon Centre for Strategic Studies, which counted 40 raids. The envoy served in Tarsk. At least 300 people died, according to the Tarsk Institute for Conflict Research.',
    has: [{ text: 'Lisbon Centre for Strategic Studies', type: 'ORG' }, { text: 'Tarsk', type: 'LOC' }, { text: 'Tarsk Institute for Conflict Research', type: 'ORG' }],
  },
  {
    label: 'two places with head words joined by "and" are two names: "Fenwick River and Carrow Bay"',
    body: 'The flood cut off Fenwick River and Carrow Bay on Monday.',
    has: [{ text: 'Fenwick River', type: 'LOC' }, { text: 'Carrow Bay', type: 'LOC' }],
  },
  {
    label: 'a one-word name after "in PLACE and" that ends its clause is a second place: "centres in Dorrow and Vesk"',
    body: 'Most cuts fall in its centres in Dorrow and Vesk. Ralda Foods will shut plants in Texmoor and Bellhaven, the union said.',
    has: [{ text: 'Dorrow', type: 'LOC' }, { text: 'Vesk', type: 'LOC' }, { text: 'Texmoor', type: 'LOC' }, { text: 'Bellhaven', type: 'LOC' }],
  },
  {
    label: 'guard: a known given name after "in PLACE and" stays a person: "talks in Dorrow and Maria"',
    body: 'Talks were held in Dorrow and Maria Venn said they went well.',
    has: [{ text: 'Dorrow', type: 'LOC' }, { text: 'Maria Venn', type: 'PERSON' }],
  },
  {
    label: 'a firm ending in a trade\'s plural ("Foods", "Breweries") before "and" another firm is a name of its own: "Ravel Foods and Orrin Logistics"',
    body: 'Ravel Foods and Orrin Logistics cut staff this year. Tamsin Breweries and Vell Shipping merged.',
    has: [{ text: 'Ravel Foods', type: 'ORG' }, { text: 'Orrin Logistics', type: 'ORG' }, { text: 'Tamsin Breweries', type: 'ORG' }, { text: 'Vell Shipping', type: 'ORG' }],
  },
  {
    label: 'a firm ending in a line of business ("Medical", "Retail", "Healthcare") is a firm, not a person: "Ostrin Medical agreed to buy Pavel Healthcare"',
    body: 'Ostrin Medical agreed to buy Pavel Healthcare on Monday. Keldon Retail warned that its profit would fall.',
    has: [{ text: 'Ostrin Medical', type: 'ORG' }, { text: 'Pavel Healthcare', type: 'ORG' }, { text: 'Keldon Retail', type: 'ORG' }],
  },
  {
    label: 'a name of several words that a firm\'s staff work at, or whose shares are bought, is a company: "analysts at Pellow Sachs", "shares in Orrin Hale"',
    body: 'Stocks fell on Friday. Analysts at Pellow Sachs cut their forecasts, and Mara Eld, an economist at Carvel Stanton, expects more losses. Funds sold shares in Orrin Hale.',
    has: [{ text: 'Pellow Sachs', type: 'ORG' }, { text: 'Carvel Stanton', type: 'ORG' }, { text: 'Orrin Hale', type: 'ORG' }, { text: 'Mara Eld', type: 'PERSON' }],
  },
  {
    label: 'traders, dealers and bankers work at a firm, not a person: "Traders at Osric Lund said", "bankers at Tella Marsh"',
    body: 'Traders at Osric Lund said the selling was broad. Two bankers at Tella Marsh declined to comment.',
    has: [{ text: 'Osric Lund', type: 'ORG' }, { text: 'Tella Marsh', type: 'ORG' }],
  },
  {
    label: 'a name of several words with a job "at" a body in its apposition is a person, and so are its other mentions: "according to Ivo Tarrel, a portfolio manager at Lenwick Capital"',
    body: 'Margins shrank, according to Ivo Tarrel, a portfolio manager at Lenwick Capital. Costs will rise again, according to Ivo Tarrel.',
    has: [{ text: 'Ivo Tarrel', type: 'PERSON' }, { text: 'Lenwick Capital', type: 'ORG' }],
  },
  {
    label: 'a person a spokesman speaks for, and a known place after a firm\'s staff, keep their type: "a spokesman for Dana Ruiz", "executives at North America"',
    body: 'The plan was delayed, said Tom Vell, a spokesman for Dana Ruiz. The chief executive of North America for the group, Ana Pell, agreed.',
    has: [{ text: 'Dana Ruiz', type: 'PERSON' }, { text: 'North America', type: 'LOC' }],
  },
  {
    label: 'a name of several words with a firm\'s kind in apposition is a company: "Lorne Valley Water, the local utility,"',
    body: 'Lorne Valley Water, the local utility, said it would lose money.',
    has: [{ text: 'Lorne Valley Water', type: 'ORG' }],
  },
  {
    label: 'a firm\'s kind that does not end the apposition names a person\'s job: "Brannock, the company\'s founder,", "Marta Vell, a bank manager,"',
    body: 'Brannock, the company\'s founder, said so. Later Brannock left. Marta Vell, a bank manager, agreed.',
    has: [{ text: 'Brannock', type: 'PERSON' }, { text: 'Marta Vell', type: 'PERSON' }],
  },
  {
    label: 'a state\'s form before "of" and a name is a country: "the Republic of Ostrana"; a firm led by the word is not: "Republic Tiles"',
    body: 'Envoys of the Republic of Ostrana met on Sunday. Later the Kingdom of Velm objected. Republic Tiles Inc. closed a plant.',
    has: [{ text: 'Republic of Ostrana', type: 'LOC' }, { text: 'Kingdom of Velm', type: 'LOC' }, { text: 'Republic Tiles Inc', type: 'ORG' }],
  },
  {
    label: 'an ordinary word and a place head at a sentence start are one place: "Pine Ridge officials", "Cedar Creek residents"',
    body: 'Pine Ridge officials said the dam held. Cedar Creek residents were told to boil water.',
    has: [{ text: 'Pine Ridge', type: 'LOC' }, { text: 'Cedar Creek', type: 'LOC' }],
  },
  {
    label: 'a title\'s possessive before an organisation\'s head is an office, not a person: "the Tarrant County Sheriff\'s Office", "the Mayor\'s Office"',
    body: 'Officers from the Tarrant County Sheriff\'s Office took part. The Mayor\'s Office declined to comment.',
    has: [{ text: 'Tarrant County Sheriff\'s Office', type: 'ORG' }, { text: 'Mayor\'s Office', type: 'ORG' }],
  },
  {
    label: 'a hospital, university or college is an organisation even before "in" and its town: "St. Brannoc\'s Hospital in Wendover"',
    body: 'Doctors at St. Brannoc\'s Hospital in Wendover treated 40 patients.',
    has: [{ text: 'St. Brannoc\'s Hospital', type: 'ORG' }, { text: 'Wendover', type: 'LOC' }],
  },
  {
    label: 'a known town and a plural nickname without "the" is a team, as is a name ending in "United": "lost to Toronto Lanterns"',
    body: 'Marsh United lost to Toronto Lanterns on a wet night.',
    has: [{ text: 'Marsh United', type: 'ORG' }, { text: 'Toronto Lanterns', type: 'ORG' }],
  },
  {
    label: 'the last word of a club\'s name alone after the full name is that club: "Corvey City … City had led", "United manager Rhona Vell"',
    body: 'Pellam United came from behind to beat leaders Corvey City 2-1 on Saturday. City had led through an early penalty, and the defeat leaves City two points clear. United manager Rhona Vell said her players never stopped.',
    has: [{ text: 'City', type: 'ORG' }, { text: 'United', type: 'ORG' }, { text: 'Rhona Vell', type: 'PERSON' }],
    same: [['City', 'Corvey City'], ['United', 'Pellam United']],
  },
  {
    label: 'a club\'s last word alone opening a sentence before a title is the club: "Rovers boss Kit Abery"',
    body: 'Dunfell Rovers drew 0-0 at Marlow on Tuesday. Rovers boss Kit Abery was unhappy with the pitch.',
    has: [{ text: 'Rovers', type: 'ORG' }, { text: 'Kit Abery', type: 'PERSON' }, { text: 'Marlow', type: 'LOC' }],
    same: [['Rovers', 'Dunfell Rovers']],
  },
  {
    label: 'a broadcaster\'s station named after a town or a name is an organisation: "BBC Radio Dunmore", "Radio Kelby"; a presenter stays a person',
    body: 'Petra Holloway told BBC Radio Dunmore she was proud, and Jon Pellow spoke to BBC Radio Carter. Radio Kelby carried the match. The TV presenter Ola Brisk agreed.',
    has: [{ text: 'BBC Radio Dunmore', type: 'ORG' }, { text: 'BBC Radio Carter', type: 'ORG' }, { text: 'Radio Kelby', type: 'ORG' },
      { text: 'Petra Holloway', type: 'PERSON' }, { text: 'Ola Brisk', type: 'PERSON' }],
  },
  {
    label: 'a town\'s club that "won 3-1" is a team, and its last word alone is that club: "Brell Town won 3-1 … Town manager Iris Penhale"',
    full: true,
    body: 'Late goals settle the derby\nBrell Town won 3-1 against Tarnford Rovers on Tuesday. Town took the lead early, and Town manager Iris Penhale praised her side.\n',
    has: [{ text: 'Brell Town', type: 'ORG' }, { text: 'Town', type: 'ORG' }, { text: 'Iris Penhale', type: 'PERSON' }],
    same: [['Town', 'Brell Town']],
  },
  {
    label: 'a headline keeps a club\'s last word with its town: "Pellam United stun leaders with late winner"',
    full: true,
    body: 'Pellam United stun leaders with late winner\nPellam United beat Corvey City 2-1 on Saturday.\n',
    has: [{ text: 'Pellam United', type: 'ORG' }],
    lacks: ['stun'],
    exactly: ['Pellam United', 'Pellam United', 'Corvey City'],
  },
  {
    label: 'a club\'s last word alone in the headline is the club the body names in full: "Wexley Town end Rovers\' run"',
    full: true,
    body: 'Wexley Town end Rovers\' unbeaten run\nWexley Town won 3-1 against Tarnford Rovers on Tuesday, the first defeat for Rovers since March.\n',
    has: [{ text: 'Rovers', type: 'ORG' }, { text: 'Wexley Town', type: 'ORG' }],
    same: [['Rovers', 'Tarnford Rovers']],
  },
  {
    label: 'a club\'s last word ending a headline\'s run of capitalised words stays out of the club: "Storm Surge Hits Coastal Town"',
    body: 'Brell Town won 3-1 against Tarnford Rovers on Tuesday, and the fans of Town sang.',
    has: [{ text: 'Brell Town', type: 'ORG' }],
    different: [['Town', 'Brell Town']],
  },
  {
    label: 'a one-word name beaten by a club, or beating one, with a score is the other side: "Albion beat Dunholt 1-0"; two players stay persons',
    body: 'Castlemoor beat Brinsford Albion 2-0 at home, and Albion beat Dunholt 1-0 later. In the final Tomas Reld beat Holm 6-3.',
    has: [{ text: 'Castlemoor', type: 'ORG' }, { text: 'Dunholt', type: 'ORG' }, { text: 'Albion', type: 'ORG' }, { text: 'Holm', type: 'PERSON' }],
    same: [['Albion', 'Brinsford Albion']],
  },
  {
    label: 'a club\'s last word that also opens another organisation\'s name is not taken for the club: "Pellam United … United Airlines … United said"',
    body: 'Fans of Pellam United were stranded when United Airlines cancelled flights. United said it regretted the delay.',
    has: [{ text: 'Pellam United', type: 'ORG' }, { text: 'United Airlines', type: 'ORG' }],
    different: [['United', 'Pellam United']],
  },
  {
    label: 'a last word that ends two clubs\' names names neither: "Corvey City beat Ashmere City … City were"',
    body: 'Corvey City beat Ashmere City 3-0 at home. City were the better side and the City fans sang.',
    has: [{ text: 'Corvey City', type: 'ORG' }, { text: 'Ashmere City', type: 'ORG' }],
    different: [['City', 'Corvey City'], ['City', 'Ashmere City']],
  },
  {
    label: 'a team named by a plural nickname after "the" is an organisation: "the Harbour Owls", "the Owls"',
    body: 'Tomas Reld scored twice as the Harbour Owls beat Pinecrest. Reld has played for the Owls since 2019, and the Owls now lead.',
    has: [{ text: 'Harbour Owls', type: 'ORG' }, { text: 'Owls', type: 'ORG' }, { text: 'Tomas Reld', type: 'PERSON' }],
  },
  {
    label: 'a town\'s name and a plural nickname in a sentence about a game is a team, without "the" and after it: "Harlow Comets beat Dunmore Pilots 4-2", "pitched for the Dunmore Pilots in the league"',
    body: 'Harlow Comets beat Dunmore Pilots 4-2 in a rain-soaked final. Ana Reis pitched for the Dunmore Pilots in the spring league.',
    exactly: ['Harlow Comets', 'Dunmore Pilots', 'Ana Reis', 'Dunmore Pilots'],
    has: [{ text: 'Harlow Comets', type: 'ORG' }, { text: 'Dunmore Pilots', type: 'ORG' }, { text: 'Ana Reis', type: 'PERSON' }],
  },
  {
    label: 'a team by a town and a plural nickname before a comma and a clause, where the model abstains, is kept as an organisation: "played for the Harlow Comets, and later coached"',
    body: 'Piet Daru played for the Harlow Comets, and later coached a youth side in Tarvel.',
    has: [{ text: 'Harlow Comets', type: 'ORG' }, { text: 'Piet Daru', type: 'PERSON' }],
  },
  {
    label: 'a team whose nickname is no plural noun, after a team cue and "the", is an organisation: "played for the Vantoria Red Hawks", "signed with the Esk Wild"',
    body: 'Lena Morrow played for the Vantoria Red Hawks for six seasons. In May she signed with the Esk Wild.',
    has: [{ text: 'Vantoria Red Hawks', type: 'ORG' }, { text: 'Esk Wild', type: 'ORG' }],
  },
  {
    label: 'guard: a country after a team cue stays a place ("played for the Netherlands")',
    body: 'Lena Morrow played for the Netherlands in the spring.',
    has: [{ text: 'Netherlands', type: 'LOC' }],
  },
  {
    label: 'guard: in a sentence about a game, a given name and a plural-looking surname stay a person, a place the lexicons know a place ("Tom Reeds scored twice", "in the United States")',
    body: 'Tom Reeds scored twice in the windy game on Sunday. Ana Reis coached a summer league in the United States.',
    has: [{ text: 'Tom Reeds', type: 'PERSON' }, { text: 'United States', type: 'LOC' }],
  },
  {
    label: 'a family named in the plural, or a given name and a plural-looking surname, stay persons: "the Varleys", "the Marta Bells story"',
    body: 'Anna Varley and Piet Varley run the farm. The neighbours know the Varleys well. Marta Bells sang, and the Marta Bells interview aired.',
    has: [{ text: 'Anna Varley', type: 'PERSON' }, { text: 'Marta Bells', type: 'PERSON' }],
  },
  {
    label: 'two named bodies joined by "and" stay apart: "Quorin Kitchen and Harbour Relief and Velta Research"',
    body: 'Quorin Kitchen and Harbour Relief and Velta Research signed a deal with the Tarvel Research and Development Institute.',
    has: [{ text: 'Quorin Kitchen', type: 'ORG' }, { text: 'Harbour Relief', type: 'ORG' }, { text: 'Velta Research', type: 'ORG' },
      { text: 'Tarvel Research and Development Institute', type: 'ORG' }],
  },
  {
    label: 'a nationality before a known name is split off: "a Portuguese YouTube personality" names YouTube, not a person',
    body: 'Lena Varga is a Portuguese YouTube personality. Her YouTube channel grew, and American Express paid her.',
    has: [{ text: 'YouTube', type: 'ORG' }, { text: 'Lena Varga', type: 'PERSON' }, { text: 'American Express', type: 'ORG' }],
  },
  // ── things capitalised that are not names ──
  {
    label: 'a title after a noun for a kind of work is no entity, in all its mentions: "the film Silent Harbor", "his book Long Winter Roads", "the song Wild Morning"',
    body: 'Critics praised the film Silent Harbor, which opened in Dunmore. Silent Harbor earned little. She read his book Long Winter Roads on the train. The band played the song Wild Morning twice. Her novel Quiet Hours sold well.',
    exactly: ['Dunmore'],
  },
  {
    label: 'a title in quotation marks after a work noun or a verb of making a work is no entity, in all its mentions: "the film “Night Harbour”", "who directed “Grey Tides,”"',
    body: 'Mara Quell starred in the film "Night Harbour" last year. Tomas Reld, who directed "Grey Tides," lives in Dunmore. "Grey Tides" opens in May.',
    exactly: ['Mara Quell', 'Tomas Reld', 'Dunmore'],
  },
  {
    label: 'a name alone in quotation marks before a verb of showing a work is a title, no entity: "“Night Harbour” opens at …", "“Silent Vale” premieres …"',
    body: '"Night Harbour" opens at the Elm Theatre on Friday. Critics liked it. “Silent Vale” premieres on Sunday, and Silent Vale tickets sold out.',
    has: [{ text: 'Elm Theatre' }],
    lacks: ['Night Harbour', 'Silent Vale'],
  },
  {
    label: 'guard: a quoted firm that opens something, or a firm with no quotation marks before such a verb, stays an entity ("“Dorvo Holdings” opens a plant", "Kestrel Media aired …")',
    body: '"Dorvo Holdings" opens a new plant in Tavik. Kestrel Media aired the final on Sunday.',
    has: [{ text: 'Dorvo Holdings', type: 'ORG' }, { text: 'Kestrel Media' }, { text: 'Tavik', type: 'LOC' }],
  },
  {
    label: 'guard: a name after a verb of making a work with no quotation mark stays an entity ("directed Ana Reis in two plays")',
    body: 'Tomas Reld directed Ana Reis in two plays in Dunmore.',
    has: [{ text: 'Ana Reis', type: 'PERSON' }, { text: 'Tomas Reld', type: 'PERSON' }],
  },
  {
    label: 'guard: a name a given name opens after such a noun, or a work noun that is no cue, leaves the name ("the film Tom Reeds directed", "a film festival in Harlow")',
    body: 'The film Tom Reeds directed opened on Friday. Ana Reis ran a film festival in Harlow.',
    has: [{ text: 'Tom Reeds', type: 'PERSON' }, { text: 'Ana Reis', type: 'PERSON' }, { text: 'Harlow' }],
  },
  {
    label: 'a region\'s nationality adjective is a nationality, no name: "Dalmer\'s North American workforce", "West European"',
    body: 'Dalmer Motors will cut a fifth of Dalmer\'s North American workforce. Buyers of the West European market held back, said Ines Morr.',
    has: [{ text: 'Dalmer Motors', type: 'ORG' }, { text: 'Ines Morr', type: 'PERSON' }, { text: 'North American', type: 'NORP' }, { text: 'West European', type: 'NORP' }],
  },
  {
    label: 'a caption label before its colon is no name: "Image: Lena Varga", "Photo: …"',
    body: 'Some fans came as Captain Vortex Image: Lena Varga. A parade followed. Photo: Tomas Reld. The hall closed late. Video: Lena Varga.',
    has: [{ text: 'Lena Varga', type: 'PERSON' }, { text: 'Tomas Reld', type: 'PERSON' }],
    lacks: ['Image:', 'Photo:', 'Video:'],
  },
  {
    label: 'a lone capital letter is no name: "speaker B", the "D." of "Ph.D."',
    body: 'After speaker B repeated it, Hanna Ostrik, who earned a Ph.D. in Velmar, answered.',
    has: [{ text: 'Hanna Ostrik', type: 'PERSON' }],
    lacks: [' B ', 'D. in'],
  },
  {
    label: 'the first part of a dotted degree is no name: "Ph" of "Ph.D.", "Ed" of "Ed.D."',
    body: 'Tomas Brell holds a Ph.D. from Korvik University, and his sister Ida Brell an Ed.D. from there.',
    has: [{ text: 'Korvik University', type: 'ORG' }, { text: 'Ida Brell', type: 'PERSON' }],
    lacks: ['Ph.D', 'Ed.D'],
  },
  {
    label: 'a scale after "degrees" is no name: "1.4 degrees Celsius", "a degree Fahrenheit"',
    body: 'Summer nights at Kelmora rose by 1.4 degrees Celsius, and the lake warmed a degree Fahrenheit, Ilse Varro said.',
    has: [{ text: 'Kelmora' }, { text: 'Ilse Varro', type: 'PERSON' }],
    lacks: ['Celsius', 'Fahrenheit'],
  },
  {
    label: 'interjections opening a turn are no names: "Mhm", "Hmm", "Uh-huh"',
    body: 'Mhm. Hmm, I think Dara Kulle knows. Uh-huh, she does.',
    has: [{ text: 'Dara Kulle', type: 'PERSON' }],
    lacks: ['Mhm', 'Hmm', 'Uh-huh'],
  },
  {
    label: 'an ordinary word capitalised after "my"/"oh" or after an interjection and a comma is no organisation',
    body: 'We saw the murals in Dovrick, and my God, there were so many. I stood there, oh Lord I stared at them, Pella Strand said. Um, Month and a half? Mhm, Truly? Yes.',
    has: [{ text: 'Dovrick' }, { text: 'Pella Strand', type: 'PERSON' }],
    lacks: ['God', 'Lord', 'Month', 'Truly'],
  },
  {
    label: 'a term spelled out in common words and abbreviated is no organisation: "Thermal Storage Module (TSM)"',
    body: 'The Thermal Storage Module (TSM) failed at Orvik. Engineers said the TSM overheated, and two TSMs were replaced.',
    has: [{ text: 'Orvik' }],
    lacks: ['Thermal', 'TSM)', 'TSM overheated', 'TSMs'],
  },
  {
    label: 'a term of common words ending in a plural generic head is no organisation: "Digital Mapping Systems (DMS)"',
    body: 'Tools for Digital Mapping Systems (DMS) were tested at Orvik. Most DMS tools failed, and Digital Mapping Systems remain costly.',
    has: [{ text: 'Orvik' }],
    lacks: ['Digital', 'DMS)', 'DMS tools', 'Mapping Systems remain'],
  },
  {
    label: 'a firm\'s name ending in "Systems" keeps its organisation: "Korvath Systems (KS)"',
    body: 'Engineers at Korvath Systems (KS) built the buoy, and KS sold it to Orvik.',
    has: [{ text: 'Korvath Systems', type: 'ORG' }],
  },
  {
    label: 'a lower-case term abbreviated in parentheses: "ground water index (GWI)"',
    body: 'Readings of the ground water index (GWI) fell in Marlo, and the GWI is now at a low.',
    lacks: ['GWI)', 'GWI is'],
  },
  {
    label: 'an abbreviated name with an organisation head stays one: "Vostrand Water Association (VWA)"',
    body: 'Hala Benami of the Vostrand Water Association (VWA) spoke. The VWA met on Monday.',
    has: [{ text: 'Vostrand Water Association', type: 'ORG' }, { text: 'VWA', type: 'ORG' }],
  },
  {
    label: 'a minister\'s portfolio after "of" names nothing: "Minister of Fisheries"',
    body: 'Tomas Rell, Minister of Fisheries, visited Port Anvik on Monday.',
    has: [{ text: 'Tomas Rell', type: 'PERSON' }],
    lacks: ['Fisheries'],
  },
  {
    label: 'a title of an organisation keeps the organisation: "Chair of the Velde Shipping Company"',
    body: 'Ines Morr, Chair of the Velde Shipping Company, resigned on Monday.',
    has: [{ text: 'Ines Morr', type: 'PERSON' }, { text: 'Velde Shipping Company', type: 'ORG' }],
  },
  {
    label: 'a capitalised "Today" ends a programme\'s name mid-sentence: "Coastline Today"',
    body: 'Mira Stenholt told Coastline Today that the ferry would resume.',
    has: [{ text: 'Coastline Today' }],
  },
  {
    label: 'a road named by its number takes the number: "Highway 48"',
    body: 'Trucks were stuck on Highway 48 near Dunmere for hours.',
    has: [{ text: 'Highway 48', type: 'LOC' }],
  },
  {
    label: 'authors cited academically are persons: "(Varga et al., 2005; Osei, Lindqvar, & Dunmore, 2009)"',
    body: 'Memory improved with training (Varga et al., 2005; Osei, Lindqvar, & Dunmore, 2009), and Tarrow et al. found more.',
    has: [{ text: 'Varga', type: 'PERSON' }, { text: 'Osei', type: 'PERSON' }, { text: 'Lindqvar', type: 'PERSON' }, { text: 'Dunmore', type: 'PERSON' }, { text: 'Tarrow', type: 'PERSON' }],
  },
  {
    label: 'a body cited with a year keeps its type: "(Vostrand Health Organization, 2020)"',
    body: 'Cases fell by a third (Vostrand Health Organization, 2020). Prices held (Velmar Central Bank, 2021).',
    has: [{ text: 'Vostrand Health Organization', type: 'ORG' }, { text: 'Velmar Central Bank', type: 'ORG' }],
  },
  {
    label: 'two cited surnames joined by "&" are two people, and each alone elsewhere is a person: "(Tarrow & Quillen, 2010)"',
    body: 'Reading scores climbed after the extra lessons (Tarrow & Quillen, 2010). Later, Tarrow and Quillen ran the trial again with older pupils.',
    exactly: ['Tarrow', 'Quillen', 'Tarrow', 'Quillen'],
    has: [{ text: 'Tarrow', type: 'PERSON' }, { text: 'Quillen', type: 'PERSON' }],
  },
  {
    label: 'a named storm is no person, nor its name alone later: "Hurricane Milvan", "Typhoon Aret", "Tropical Storm Bexa"',
    body: 'Hurricane Milvan made landfall near Corvane on Wednesday, and Typhoon Aret hit Velmar. Tropical Storm Bexa flooded Dunmara.\n\nMilvan weakened as it moved inland, officials said.',
    exactly: ['Corvane', 'Velmar', 'Dunmara'],
  },
  {
    label: 'a longer name after a storm word stays a name: "the Hurricane Relief Fund", and a person named elsewhere keeps the type',
    body: 'The Hurricane Relief Fund paid out on Monday, said Lina Oskar, its director.',
    has: [{ text: 'Hurricane Relief Fund', type: 'ORG' }, { text: 'Lina Oskar', type: 'PERSON' }],
  },
  {
    label: 'two surnames joined by "&" outside a citation are one firm: "Harlow & Penn said", "shares of Dunmore & Vesk"',
    body: 'A lawyer at Harlow & Penn said the filing was late. Shares of Dunmore & Vesk fell on Tuesday.',
    exactly: ['Harlow & Penn', 'Dunmore & Vesk'],
    has: [{ text: 'Harlow & Penn', type: 'ORG' }, { text: 'Dunmore & Vesk', type: 'ORG' }],
  },
  {
    label: 'two names joined by "and" or "&" before a year are cited authors: "Harnett and Vossberg (2004)", "Pell and Garrit 1997", "(Oskam & Brede 2014)"',
    body: 'As Harnett and Vossberg (2004) argued, early drills help. The method from Pell and Garrit 1997 spread widely (Oskam & Brede 2014).',
    has: [{ text: 'Harnett', type: 'PERSON' }, { text: 'Vossberg', type: 'PERSON' }, { text: 'Pell', type: 'PERSON' }, { text: 'Garrit', type: 'PERSON' },
      { text: 'Oskam', type: 'PERSON' }, { text: 'Brede', type: 'PERSON' }],
  },
  {
    label: 'known places before a year are no cited authors: "between France and Spain (1808)"',
    body: 'Trade between France and Spain (1808) collapsed, and the port of Velmar closed.',
    has: [{ text: 'France', type: 'LOC' }, { text: 'Spain', type: 'LOC' }],
  },
  {
    label: 'a place and a year in parentheses is no citation: "(in Porto, 2011)"',
    body: 'The fair moved twice (in Porto, 2011) before it settled in Velmar.',
    has: [{ text: 'Porto', type: 'LOC' }],
  },
  {
    label: 'Kitchen, Relief and Research end organisations\' names, not places',
    body: 'Meals came from the Harbour Lane Kitchen. Volunteers of Coastal Flood Relief helped, and Tarvin Research said costs rose.',
    has: [{ text: 'Harbour Lane Kitchen', type: 'ORG' }, { text: 'Coastal Flood Relief', type: 'ORG' }, { text: 'Tarvin Research', type: 'ORG' }],
  },
  {
    label: 'a given name before a place head no surname shares is a place: "Harlan Square", "Nadia Street"',
    body: 'Crowds filled Harlan Square on Monday night. Police shut the roads near Nadia Street before dawn.',
    has: [{ text: 'Harlan Square', type: 'LOC' }, { text: 'Nadia Street', type: 'LOC' }],
  },
  {
    label: 'a given name before a place head that is a surname too is a place only after "in", "near", "outside": "in Tessa Park", but "Owen Lane said"',
    body: 'Hundreds of families picnicked in Tessa Park on Sunday. Owen Lane, a bus driver, said the buses ran late.',
    has: [{ text: 'Tessa Park', type: 'LOC' }, { text: 'Owen Lane', type: 'PERSON' }],
  },
  {
    label: 'a national society of the Red Crescent or Red Cross is an organisation, though "crescent" ends streets: "the Ostrani Red Crescent", but "Larch Crescent"',
    body: 'The Ostrani Red Crescent flew in tents and blankets. Volunteers gathered on Larch Crescent at noon.',
    has: [{ text: 'Ostrani Red Crescent', type: 'ORG' }, { text: 'Larch Crescent', type: 'LOC' }],
  },
  {
    label: 'a one-word name referred back to by "it" or "which" doing a firm\'s work is a company: "Quillard said it would cut 120 jobs", "Vantrel, which makes kettles,"; not "Tolley said it was a mistake"',
    body: 'Quillard said it would cut 120 jobs at the depot. Vantrel, which makes kettles, blamed costs. Tolley said it was a mistake to wait. Ostby said it would cut emissions by half.',
    has: [{ text: 'Quillard', type: 'ORG' }, { text: 'Vantrel', type: 'ORG' }, { text: 'Tolley', type: 'PERSON' }, { text: 'Ostby', notType: 'ORG' }],
  },
  {
    label: 'a two-word name the article shows doing a firm\'s work is a company in all its mentions: "Tamsek Hollow said it would cut 80 jobs"; a full name with a given name speaks for a firm: "Dana Quell said it would close the plant"',
    body: 'Tamsek Hollow said it would cut 80 jobs at its mill. Tamsek Hollow opened the mill in 1990. Dana Quell said it would close the plant in Orvik. Quell joined in 2004.',
    has: [{ text: 'Tamsek Hollow', type: 'ORG' }, { text: 'Dana Quell', type: 'PERSON' }],
  },
  {
    label: '"shares of" or "stock of" before a name of several words marks a company: "Shares of Marrow Quay fell"',
    body: 'Shares of Marrow Quay fell 4 percent on Tuesday. Marrow Quay is based in Orvik. Traders sold stock of Tamsek Hollow.',
    has: [{ text: 'Marrow Quay', type: 'ORG' }, { text: 'Tamsek Hollow', type: 'ORG' }],
  },
  {
    label: 'a town\'s council or voters before "of" name a place, which stays one when it "wants" or "says": "the town council of Drisk … Drisk wanted"',
    body: 'The town council of Drisk met on Monday. Drisk wanted a new bridge. Voters of Orlamby were split, and Orlamby said no.',
    has: [{ text: 'Drisk', type: 'LOC' }, { text: 'Orlamby', type: 'LOC' }],
  },
  {
    label: 'a word for a faith\'s followers is a group of people (NORP), not an organisation: "the Jews", "a Christian", "Hindu law"; the faith\'s body keeps its name',
    body: 'Marriage differs under Hindu law. What about the Jews of Orvik? Tomas Vell became a Christian at nine. The Catholic Church of Orvik declined to comment.',
    has: [{ text: 'Hindu', type: 'NORP' }, { text: 'Jews', type: 'NORP' }, { text: 'Christian', type: 'NORP' }, { text: 'Catholic Church of Orvik', type: 'ORG' }],
  },
  {
    label: 'a town\'s citizens, people or natives before "of" name a place: "the citizens of Orvik", "the people of Tamsby", "a native of Quellam"',
    body: 'The citizens of Orvik were angry. The people of Tamsby voted on Sunday. Rena Vask, a native of Quellam, led the march.',
    has: [{ text: 'Orvik', type: 'LOC' }, { text: 'Tamsby', type: 'LOC' }, { text: 'Quellam', type: 'LOC' }, { text: 'Rena Vask', type: 'PERSON' }],
  },
  {
    label: 'a one-word name spoken to is a person: after a greeting ("Thanks, Bredo.") or closing a quoted address ("Come here, Kessa," he said); a place after a capitalised name stays one ("Tamsby, Orvik,")',
    body: 'Thanks, Bredo. "Come here, Kessa," Tomas Vell said. "We moved to Tamsby, Orvik," she said.',
    has: [{ text: 'Bredo', type: 'PERSON' }, { text: 'Kessa', type: 'PERSON' }, { text: 'Orvik', type: 'LOC' }],
  },
  {
    label: 'a field of study after a degree or a course is no name: "a PhD in Linguistics", "a Master of Science in Geology", "teaches Sociology"; the university keeps its name',
    body: 'Rena Vask earned a PhD in Linguistics at Fellmoor University. Tomas Vell took a Master of Science in Geology. Ada Quell teaches Sociology.',
    lacks: ['Linguistics', 'Master', 'Science', 'Geology', 'Sociology'],
    has: [{ text: 'Fellmoor University', type: 'ORG' }, { text: 'Rena Vask', type: 'PERSON' }],
  },
  {
    label: 'a faith\'s followers before "of" name a place: "the Jews of Pellam", "the Christians of Dressel"',
    body: 'The Jews of Pellam fled in 1939. The Christians of Dressel rebuilt the chapel.',
    has: [{ text: 'Pellam', type: 'LOC' }, { text: 'Dressel', type: 'LOC' }, { text: 'Jews', type: 'NORP' }],
  },
  {
    label: 'a town that also stands where only places do stays a place when it "weeps" or "prays": "homes in Brenmoor … Brenmoor wept"; a name seen nowhere as a place still dies as a person',
    body: 'Floods destroyed homes in Brenmoor on Monday. Brenmoor wept for its dead. Valomius died in 1820.',
    has: [{ text: 'Brenmoor', type: 'LOC' }, { text: 'Valomius', type: 'PERSON' }],
  },
  {
    label: 'a country\'s adjective in "-ic" beside its name in one article is a nationality, the name a place: "Ostland" … "the Ostlandic navy"',
    body: 'Fishing boats from Ostland were turned back at dawn. The Ostlandic navy denied any clash.',
    has: [{ text: 'Ostland', type: 'LOC' }, { text: 'Ostlandic', type: 'NORP' }],
  },
  {
    label: 'a legal form ends a firm\'s name inside one capitalised run: "Norvane Motors LLC Karl Dremmer" is the firm, then a person',
    body: 'The offer came from the vice president of Norvane Motors LLC Karl Dremmer on Monday. Pelham Foods Inc Chief Executive Rosa Quint agreed.',
    has: [{ text: 'Norvane Motors LLC', type: 'ORG' }, { text: 'Karl Dremmer', type: 'PERSON' }, { text: 'Pelham Foods Inc', type: 'ORG' }, { text: 'Rosa Quint', type: 'PERSON' }],
  },
  {
    label: 'after a legal form, a given name and a surname that is also a head word is a person: "Dunmere Freight LLC Walt Press"',
    body: 'The letter was signed by the president and chairman of Dunmere Freight LLC Walt Press on Thursday. Ambrel Foods Inc. Nora Group declined to comment.',
    has: [{ text: 'Dunmere Freight LLC', type: 'ORG' }, { text: 'Walt Press', type: 'PERSON' }, { text: 'Nora Group', type: 'PERSON' }],
  },
  {
    label: 'a title\'s body, then its holder led by a given name that is also a word or by no known word: "Director of Naval Communications Bill Hargrove"',
    body: '"Nothing has changed," said Director of Naval Communications Bill Hargrove. The Deputy Secretary for Logistics Darleen Whitcomb did not reply.',
    has: [{ text: 'Bill Hargrove', type: 'PERSON' }, { text: 'Darleen Whitcomb', type: 'PERSON' }],
    // ("for Logistics" after a secretary is a portfolio, no body: portfolioAfter, as "Minister of Industry" before a name)
    exactly: ['Naval Communications', 'Bill Hargrove', 'Darleen Whitcomb'],
  },
  {
    label: 'a sentence opened by a given name that is also a word, before a surname that is no word: "Rich Ostrander said …" keeps the given name',
    body: 'The ferry sailed late. Rich Ostrander said the crew was tired. Holly Dremmel told the inquiry nothing new.',
    has: [{ text: 'Rich Ostrander', type: 'PERSON' }, { text: 'Holly Dremmel', type: 'PERSON' }],
    exactly: ['Rich Ostrander', 'Holly Dremmel'],
  },
  {
    label: 'given names that are also a plant, a stone or a people\'s name open a sentence with their surname: "Maya Lind played for …", "Poppy Farrell scored …"',
    body: 'Maya Lind played for the Harlow Comets. Poppy Farrell scored twice. Hazel Dravensk joined the board.',
    has: [{ text: 'Maya Lind', type: 'PERSON' }, { text: 'Poppy Farrell', type: 'PERSON' }, { text: 'Hazel Dravensk', type: 'PERSON' }],
  },
  {
    label: 'guard: such a word before a place\'s or a shop\'s noun stays no given name ("Lily Pond Road", "Jade Garden")',
    body: 'Lily Pond Road was closed. Jade Garden serves dumplings.',
    lacks: ['Lily', 'Jade'],
  },
  {
    label: 'guard: a sentence start of such a word before an ordinary word or a question\'s "Will" stays no given name',
    body: 'Rose Garden tours were cancelled. Will Tarnby reopen the pier this year?',
    lacks: ['Rose', 'Will'],
  },
  {
    label: 'a sentence opened by a word-shaped given name before a known surname that is no word and no place: "Joy Chen said …"',
    body: 'The ferry sailed late. Joy Chen said the crew was tired. Ray Lopez told the inquiry nothing new.',
    exactly: ['Joy Chen', 'Ray Lopez'],
  },
  {
    label: 'a lower-case title, "of", then a body of no head word and its holder: "the chairman of Velmont Marine Frank Ostby" is a body and a person',
    body: 'The chairman of Velmont Marine Frank Ostby declined to comment. The minister of Coastal Works Ola Brandt arrived late.',
    has: [{ text: 'Velmont Marine', type: 'ORG' }, { text: 'Frank Ostby', type: 'PERSON' }, { text: 'Ola Brandt', type: 'PERSON' }],
  },
  {
    label: 'guard: after a lower-case title and "of", a place of ordinary words stays whole ("the governor of New South Wales")',
    body: 'The governor of New South Wales spoke first, and the head of Grey Falls Council left early.',
    exactly: ['New South Wales', 'Grey Falls Council'],
  },
  {
    label: 'a name ending in a firm\'s tail that is no head word is a firm, at a sentence start too: "Tamsel Mobile said", "Brackwater Trucking"',
    body: 'Fern Robotics said it would hire staff. Analysts expect Tamsel Mobile to gain customers, and Brackwater Trucking said it had no drivers.',
    has: [{ text: 'Fern Robotics', type: 'ORG' }, { text: 'Tamsel Mobile', type: 'ORG' }, { text: 'Brackwater Trucking', type: 'ORG' }],
  },
  {
    label: 'guard: a firm\'s tail opening a name or standing alone is no firm ("Mobile Bay", the town of Mobile)',
    body: 'Flood water reached Mobile Bay on Friday, and roads in Mobile were shut.',
    has: [{ text: 'Mobile Bay', type: 'LOC' }],
  },
  {
    label: 'guard: a body of ordinary words after a title keeps its last words ("President of Blue Ridge Holdings", "Head of Cedar Lane Trust")',
    body: 'The President of Blue Ridge Holdings met the Head of Cedar Lane Trust in Marlow.',
    has: [{ text: 'Blue Ridge Holdings', type: 'ORG' }, { text: 'Cedar Lane Trust', type: 'ORG' }],
  },
  {
    label: 'a firm named by one ordinary word at a sentence start is kept by its own act: "Lantern said it would hire 200 workers"',
    body: 'Lantern said it would hire 200 workers in Dunmore next year.\n\nQuarry shares fell 6% on Friday after the results.',
    has: [{ text: 'Lantern', type: 'ORG' }, { text: 'Quarry', type: 'ORG' }],
  },
  {
    label: 'a firm\'s act may follow "said on Monday that it": "Lantern said on Monday that it would close three stores"',
    body: 'Lantern said on Monday that it would close three stores in Dunmore.\n\nMost of its staff will move to Harwell.',
    has: [{ text: 'Lantern', type: 'ORG' }],
  },
  {
    label: 'guard: a plural or a head word opening a sentence with a firm\'s act stays no name ("Officials said it would …", "Police said it …")',
    body: 'Officials said it would cut 300 jobs at the plant. Police said it would hire 40 officers in Dunmore.',
    exactly: ['Dunmore'],
  },
  {
    label: 'a firm\'s ordinary first word stands for it at a sentence start: "Kettle Brands Ltd … Kettle expects sales to fall"',
    body: 'Kettle Brands Ltd said on Monday it would close two plants in Dunmore.\n\nKettle expects sales to fall this year.',
    has: [{ text: 'Kettle Brands Ltd', type: 'ORG' }, { text: 'Kettle', type: 'ORG' }],
  },
  {
    label: 'guard: the first word of a firm\'s name that the article also writes in lower case stays an ordinary word at a sentence start',
    body: 'Kettle Brands Ltd makes a kettle for camping.\n\nKettle prices rose this year.',
    exactly: ['Kettle Brands Ltd'],
  },
  {
    label: 'guard: a legal form before another head of the same body splits nothing ("Corvel Ltd Group")',
    body: 'Shares of Corvel Ltd Group fell. The shop on Corporation Street in Wendover closed.',
    has: [{ text: 'Corvel Ltd Group', type: 'ORG' }],
  },
  // ── a source named with the body they speak for, trades, streets, bylines' desks, lone ranks ──
  {
    label: 'a person\'s name, "of", then a body is two entities: "Marla Quenby of Dunholt Securities", "Tobias Fernhill of Arkwell Radio"',
    body: '“The shares are cheap,” said Marla Quenby of Dunholt Securities. Tobias Fernhill of Arkwell Radio disagreed, and Dunholt Securities said nothing.',
    has: [{ text: 'Marla Quenby', type: 'PERSON' }, { text: 'Dunholt Securities', type: 'ORG' }, { text: 'Tobias Fernhill', type: 'PERSON' }, { text: 'Arkwell Radio', type: 'ORG' }],
  },
  {
    label: 'a firm named for its trade is an organisation, even after a given name: "Pellow Biologics", "Darcy Therapeutics", "Talvex Semiconductor"',
    body: 'Pellow Biologics gained after a rival trial failed. Darcy Therapeutics fell, and Talvex Semiconductor rose.',
    has: [{ text: 'Pellow Biologics', type: 'ORG' }, { text: 'Darcy Therapeutics', type: 'ORG' }, { text: 'Talvex Semiconductor', type: 'ORG' }],
  },
  {
    label: 'a place joined to "-listed", "-quoted" or "-traded" is the place alone: "Paris-listed lenders"',
    body: 'Several Paris-listed lenders slipped on Monday, and Lisbon-quoted banks followed.',
    has: [{ text: 'Paris', type: 'LOC' }, { text: 'Lisbon', type: 'LOC' }],
    lacks: ['listed', 'quoted'],
  },
  {
    label: 'a street ending in an everyday word is a place after "on"/"at" or a house number: "on Heron Way", "14 Sable Drive"',
    body: 'Workers at the plant on Heron Way heard the news first. A shop at 14 Sable Drive closed, and the depot at Marsh Walk stayed open.',
    has: [{ text: 'Heron Way', type: 'LOC' }, { text: 'Sable Drive', type: 'LOC' }, { text: 'Marsh Walk', type: 'LOC' }],
  },
  {
    label: 'a name ending in such a word elsewhere stays a person: "Dana Way said"',
    body: 'Dana Way said the plant would close.',
    has: [{ text: 'Dana Way', type: 'PERSON' }],
  },
  {
    label: 'a trade word alone before a job title is the desk, no firm: "By Dara Pell, Shipping Correspondent", "Chemicals Editor"',
    full: true,
    body: 'Mill closes\nBy Dara Pell, Shipping Correspondent\nThe Daily Lantern | Thursday 5 March 2026\n\nWorkers left. Kai Dunn, Chemicals Editor, wrote the note.',
    has: [{ text: 'Dara Pell', type: 'PERSON', furniture: true }, { text: 'Kai Dunn', type: 'PERSON' }],
    lacks: ['Shipping', 'Chemicals'],
  },
  {
    label: 'a rank noun alone before a name is the role: "Assistant Rhys Calloway said", "Deputy Mara Holt agreed"',
    body: 'Assistant Rhys Calloway said the side was tired. Deputy Mara Holt agreed.',
    has: [{ text: 'Rhys Calloway', type: 'PERSON', role: 'Assistant' }, { text: 'Mara Holt', type: 'PERSON', role: 'Deputy' }],
    lacks: ['Assistant', 'Deputy'],
  },
  {
    label: 'a newspaper goes by its title word after its full title: "the Courier" is the "Brenmouth Valley Courier"',
    full: true,
    body: 'Mill closes\nBy Dara Pell\nBrenmouth Valley Courier, Thursday 5 March 2026\n\nWorkers told the Courier they were angry. A letter seen by the Courier said so.',
    same: [['Brenmouth Valley Courier', 'Courier']],
  },
  {
    label: 'a league named by its one word is an organisation, not a place: "relegated from the Championship"',
    body: 'Brell Rovers were relegated from the Championship last season. The Premiership side Corran Athletic won in Selby.',
    has: [{ text: 'Championship', type: 'ORG' }, { text: 'Premiership', type: 'ORG' }, { text: 'Selby', type: 'LOC' }],
  },
  {
    label: 'a name ending in a line of business is a firm whatever its first word sounds like: "Saltwick Asset Management, which owns …"',
    body: 'Gina Moss, a fund manager at Saltwick Asset Management, which owns stock, said so. Coldharbour Asset Management, which holds shares, agreed.',
    has: [{ text: 'Saltwick Asset Management', type: 'ORG' }, { text: 'Coldharbour Asset Management', type: 'ORG' }],
  },
  {
    label: 'a known town\'s name that is the surname of a person named in full is that person as a subject ("Lisbon was born", "Lisbon\'s father"), still a town after "to"',
    body: 'Valda Lisbon, a former nurse, has claimed the firm owed her wages. Lisbon was born in Harwell. Lisbon\'s father said she left in 2015. She later flew to Lisbon.',
    same: [['Valda Lisbon', 'Lisbon']],
    has: [{ text: 'Valda Lisbon', type: 'PERSON' }, { text: 'Lisbon', type: 'PERSON' }, { text: 'Harwell', type: 'LOC' }],
    exactly: ['Valda Lisbon', 'Lisbon', 'Harwell', 'Lisbon', 'Lisbon'],
  },
  {
    label: 'guard: a country stays a place beside a namesake\'s surname ("Egypt\'s operators" after "Rana Egypt")',
    body: 'Rana Egypt said the line was down. Egypt\'s three phone operators were offline in Cairo.',
    has: [{ text: 'Cairo', type: 'LOC' }],
    different: [['Rana Egypt', 'Egypt']],
  },
  {
    label: 'the name before a title that heads another person\'s name is its body or place, no person: "Velmont CEO Ana Reis", "Marlow County Sheriff Tom Reyes"',
    body: 'Velmont CEO Ana Reis said sales rose. Marlow County Sheriff Tom Reyes said the road was shut.',
    has: [{ text: 'Velmont', type: 'ORG' }, { text: 'Ana Reis', type: 'PERSON' }, { text: 'Marlow', type: 'LOC' }, { text: 'Tom Reyes', type: 'PERSON' }],
  },
  {
    label: '"Air" before a name that is no ordinary word opens an airline\'s name: "Air Dunmore", "Air Velmara"',
    body: 'Tickets on Air Dunmore were cheap, and Air Velmara added flights to Harwell.',
    has: [{ text: 'Air Dunmore', type: 'ORG' }, { text: 'Air Velmara', type: 'ORG' }],
  },
  {
    label: 'a compound title ("Harbour Master", "Lock Keeper") and a job title ("County Coroner", "Town Clerk") stay out of the name, at a sentence start too',
    body: 'Deputy Harbour Master Tom Reyes said the channel was closed. Lock Keeper Ada Venn opened the gates.\n\nHarbour Master Tom Reyes later spoke again, and Town Clerk Nora Vance said turnout in Dunmore was high.',
    has: [{ text: 'Tom Reyes', type: 'PERSON', role: 'Deputy Harbour Master' }, { text: 'Ada Venn', type: 'PERSON', role: 'Lock Keeper' }, { text: 'Nora Vance', type: 'PERSON', role: 'Town Clerk' }],
    lacks: ['Master', 'Keeper', 'Clerk'],
  },
  {
    label: 'guard: a compound title\'s head opening a name is no title ("the Master Plan", "Keeper Street")',
    body: 'The council in Dunmore approved the Master Plan on Monday, and traffic on Keeper Street was slow.',
    has: [{ text: 'Master Plan' }, { text: 'Keeper Street', type: 'LOC' }],
  },
  {
    label: 'a title word after a given name is a surname when nothing follows it: "Carla Bishop", "Ned Marshal", "Lisa King … King said"',
    body: 'Carla Bishop said the fight was over. Ned Marshal spoke to the crowd in Dunmore.\n\nLisa King said the pier would open. King later left.',
    has: [{ text: 'Carla Bishop', type: 'PERSON' }, { text: 'Ned Marshal', type: 'PERSON' }, { text: 'Lisa King', type: 'PERSON' }],
    same: [['Lisa King', 'King']],
  },
  {
    label: 'a given name that is an ordinary word opens a person\'s name before a reporting verb, even when the surname is a word too: "Dawn Mercer told", "Hope Baker said"',
    body: 'Dawn Mercer told reporters the pier was safe.\n\nOn Monday, Rich Fowler said the ferry would run. Hope Baker spoke in Dunmore.',
    has: [{ text: 'Dawn Mercer', type: 'PERSON' }, { text: 'Rich Fowler', type: 'PERSON' }, { text: 'Hope Baker', type: 'PERSON' }, { text: 'Dunmore', type: 'LOC' }],
  },
  {
    label: 'guard: a plural noun or a firm\'s act after such a pair makes no person ("Rich Countries said they", "Max Power says it will")',
    body: 'Rich Countries said they would pay more. Max Power says it will hire 40 people in Dunmore.',
    exactly: ['Dunmore'],
  },
  {
    label: 'a name right before a kind of product names the product, no firm or person: "the Orion 7 phone", "a Vexa Pad tablet"',
    body: 'Tarn Mobile launched the Orion 7 phone on Tuesday. Buyers in Dunmore lined up for a Vexa Pad tablet. The Orion 7 phones sold out.',
    lacks: ['Orion', 'Vexa'],
    has: [{ text: 'Tarn Mobile', type: 'ORG' }, { text: 'Dunmore', type: 'LOC' }],
  },
  {
    label: 'guard: the maker before a model\'s code stays an organisation ("the Korvane K-340 jet"), as does a firm named before its product\'s number',
    body: 'The Korvane K-340 jet landed in Dunmore. The Velmont 5 sedan was recalled, Velmont said on Friday.',
    has: [{ text: 'Korvane', type: 'ORG' }, { text: 'Velmont', type: 'ORG' }],
  },
  {
    label: 'guard: a name the document also uses for a firm is the maker\'s before a product noun too ("Kestrel said …", "the new Kestrel tablet")',
    body: 'Kestrel said sales rose in Dunmore. The new Kestrel tablet sold well.',
    exactly: ['Kestrel', 'Dunmore', 'Kestrel'],
  },
  {
    label: 'guard: a product noun before a firm\'s word keeps the name ("the Orion phone maker")',
    body: 'Shares of the Orion phone maker fell 4% in Dunmore.',
    has: [{ text: 'Orion' }],
  },
  {
    label: 'a masthead of ordinary words before "|" and a date is the publication: "The Morning Harbour | 5 March 2026"',
    full: true,
    body: 'Mill closes\nBy Dara Pell\nThe Morning Harbour | 5 March 2026\n\nWorkers left.\n\n---\n\nFerry halted\nBy Ivo Lund, Energy Correspondent\nThe Daily Lantern | Thursday 5 March 2026\n\nCrews waited.',
    has: [{ text: 'Morning Harbour', type: 'ORG' }, { text: 'Daily Lantern', type: 'ORG' }],
  },
  {
    label: '"Will" before a surname is a given name mid-sentence and at a start that asks nothing: "said Will Dorsey", "Will Dorsey told"',
    body: 'The pier is safe, said Will Dorsey. Will Tamsin told reporters the ferry would run. Later, Will Ostrander left Dunmore after an injury to Will Breck.',
    has: [{ text: 'Will Dorsey', type: 'PERSON' }, { text: 'Will Tamsin', type: 'PERSON' }, { text: 'Will Ostrander', type: 'PERSON' }, { text: 'Will Breck', type: 'PERSON' }],
  },
  {
    label: 'guard: "Will" opening a question is the modal ("Will Velnor survive the winter?")',
    body: 'Will Velnor survive the winter? Nobody in Dunmore knows.',
    lacks: ['Will'],
  },
  {
    label: 'a month that is a given name, after a title or before a surname outside a time phrase, opens the name: "Energy Minister Jan Holt"',
    body: 'Energy Minister Jan Holt spoke in Dunmore. Defence Secretary June Parr said no, and the letter from Chairwoman April Dunmoor was read.',
    has: [{ text: 'Jan Holt', type: 'PERSON', role: 'Energy Minister' }, { text: 'June Parr', type: 'PERSON' }, { text: 'April Dunmoor', type: 'PERSON' }],
  },
  {
    label: 'guard: a month after a time word or before a day\'s number stays a date: "In June Parr resigned", "by May Tessel"',
    body: 'In June Parr resigned. The ferry was sold by May Tessel said. On 5 June Breck left Dunmore.',
    lacks: ['June', 'May', '5 June'],
    has: [{ text: 'Parr', type: 'PERSON' }, { text: 'Breck' }],
  },
  {
    label: 'a trade\'s plural after a given name ends a firm\'s name, even as a subject with a plain verb: "Harlan Motors gave", "Marta Airlines cut"',
    body: 'Harlan Motors gave workers in Dunmore a raise. Marta Airlines cut two routes. Orla Holdings bought both.',
    has: [{ text: 'Harlan Motors', type: 'ORG' }, { text: 'Marta Airlines', type: 'ORG' }, { text: 'Orla Holdings', type: 'ORG' }],
  },
  {
    label: 'a public alert named by a word before "Alert" or "Warning" is no entity: "an Amber Alert was issued", "a Silver Alert"',
    body: 'Police in Dunmore issued an Amber Alert for the boy. A Silver Alert went out later, and the Amber Alert was lifted.',
    exactly: ['Dunmore'],
  },
  {
    label: 'a reporter\'s beat in a byline ("Crime Correspondent", "Local Government Reporter") is a job title, no body',
    body: 'Tarvo council shuts two libraries\n\nBy Mira Quell, Local Government Reporter, and Ivo Brant, Crime Correspondent\n\nTarvo council voted on Monday to close two libraries.',
    exactly: ['Tarvo', 'Mira Quell', 'Ivo Brant', 'Tarvo'],
  },
  {
    label: 'guard: a body whose name holds the notice word before its head stays one ("the Tsunami Warning Centre")',
    body: 'The Tsunami Warning Centre in Dunmore said the wave was small.',
    has: [{ text: 'Tsunami Warning Centre', type: 'ORG' }, { text: 'Dunmore', type: 'LOC' }],
  },
  {
    label: 'a given name that is also a word before a surname that is a word too is a person, not a firm: "the actress Rose Fallow", "married Rose Fallow"',
    body: 'The actress Rose Fallow starred in the film. Tom Vell married Rose Fallow in Dunmore last spring.',
    has: [{ text: 'Rose Fallow', type: 'PERSON' }, { text: 'Dunmore', type: 'LOC' }],
    same: [['Rose Fallow', 'Rose Fallow']],
  },
  {
    label: 'a firm\'s noun in lower case right before a name makes it the firm, in all its mentions: "the publishing giant Corvell", "the carmaker Tresk"',
    body: 'The deal was struck by the publishing giant Corvell in March. Shares of the carmaker Tresk fell, and Tresk said more cuts would come. He sued the mining company Pelgrave. The chipmaker Dorran sold its plant in Dunmore.',
    has: [{ text: 'Corvell', type: 'ORG' }, { text: 'Tresk', type: 'ORG' }, { text: 'Pelgrave', type: 'ORG' }, { text: 'Dorran', type: 'ORG' }, { text: 'Dunmore', type: 'LOC' }],
    same: [['Tresk', 'Tresk']],
  },
  {
    label: 'guard: a name that starts a relative clause after the noun, a rival, or "the giant" as a size stays no firm: "the company Holt founded", "his rival Penn", "the giant Bolton field"',
    body: 'Ana Reis joined the company Holt founded in 1990. His rival Penn won. Drillers found the giant Bolton field near Dunmore.',
    has: [{ text: 'Holt', notType: 'ORG' }, { text: 'Penn', notType: 'ORG' }, { text: 'Bolton', notType: 'ORG' }],
  },
  {
    label: 'a field word that opens a body\'s name before a title stays in the body, a rank before it in the title: "the Health Department Spokesperson", "Former Transport Ministry Adviser"',
    body: 'Ana Reis, the Health Department Spokesperson, said no. Tom Hale, the Former Transport Ministry Adviser, left Dunmore.',
    exactly: ['Ana Reis', 'Health Department', 'Tom Hale', 'Transport Ministry', 'Dunmore'],
    has: [{ text: 'Health Department', type: 'ORG' }, { text: 'Transport Ministry', type: 'ORG' }],
  },
  {
    label: 'a cited author list whose last name the model already took for a person still makes all its names persons: "(Varga, Tolle, Meeks, Thune, & Dorn, 2016)"',
    body: 'Children differ in testing behavior (Varga, Tolle, Meeks, Thune, & Dorn, 2016). In the study by Varga and colleagues, scores rose.',
    has: [{ text: 'Varga', type: 'PERSON' }, { text: 'Tolle', type: 'PERSON' }, { text: 'Meeks', type: 'PERSON' }, { text: 'Thune', type: 'PERSON' }, { text: 'Dorn', type: 'PERSON' }],
    same: [['Varga', 'Varga']],
  },
  {
    label: 'two cited names before a year are authors though one is a head word alone: "as Marsh and Bank (2004) show"',
    body: 'As Marsh and Bank (2004) show, the tide rose in Dunmore.',
    has: [{ text: 'Marsh', type: 'PERSON' }, { text: 'Bank', type: 'PERSON' }, { text: 'Dunmore', type: 'LOC' }],
  },
  {
    label: 'a one-word name after "of" and a noun only a person has is a person: "a portrait of Harrowby", "the death of Tolland", "a friend of Dravik"',
    body: 'He was asked to paint a portrait of Harrowby. The death of Tolland shocked people in Dunmore. He was a friend of Dravik.',
    has: [{ text: 'Harrowby', type: 'PERSON' }, { text: 'Tolland', type: 'PERSON' }, { text: 'Dravik', type: 'PERSON' }, { text: 'Dunmore', type: 'LOC' }],
  },
  {
    label: 'guard: a known place after such a noun stays a place ("a son of Norway")',
    body: 'He was a son of Norway and a friend of Dravik.',
    has: [{ text: 'Norway', type: 'LOC' }],
  },
  {
    label: 'a name right before a lower-case noun for a kind of place is that place: "Korran county", "the Meldo river", "the Bohari sea"',
    body: 'Floods hit Korran county and the Meldo river. They sailed the Bohari sea. A quake struck Velnaria\'s Tarsu province, and roads in Tarsu were cut.',
    has: [{ text: 'Korran', type: 'LOC' }, { text: 'Meldo', type: 'LOC' }, { text: 'Bohari', type: 'LOC' }, { text: 'Tarsu', type: 'LOC' }],
    same: [['Tarsu', 'Tarsu']],
  },
  {
    label: 'such a place keeps its type in its mentions without the noun: "the Veno Marrah district" … "from Veno Marrah to Dunmore"',
    body: 'The quake hit the mountainous Veno Marrah district. People fled from Veno Marrah to Dunmore.',
    exactly: ['Veno Marrah', 'Veno Marrah', 'Dunmore'],
    has: [{ text: 'Veno Marrah', type: 'LOC' }],
    same: [['Veno Marrah', 'Veno Marrah']],
  },
  {
    label: 'a name between an article and a lower-case noun for a scheme, survey or show is no person: "the annual Merrow survey", "the Brannock programme"',
    body: 'Results of the annual Merrow survey came out in Dunmore. The minister praised the Brannock programme. Crowds visited the Tarvish exhibition.',
    exactly: ['Dunmore'],
  },
  {
    label: 'an article and one lower-case word before such a name, quoted or not, lead it too: "an elaborate Vesk scheme", "a “brazen Tolvane scheme”"',
    body: 'He ran an elaborate Vesk scheme in Dunmore. Prosecutors called it a “brazen Tolvane scheme” on Friday.',
    exactly: ['Dunmore'],
  },
  {
    label: 'guard: such a name stays a person when the document names that person, or when a given name leads it ("Olga Brannock … the Brannock festival", "the Ana Reis prize")',
    body: 'Olga Brannock said the plan would work. She opened the Brannock festival in Dunmore. Ana Reis won the Ana Reis prize.',
    has: [{ text: 'Brannock', type: 'PERSON' }, { text: 'Olga Brannock', type: 'PERSON' }],
    exactly: ['Olga Brannock', 'Brannock', 'Dunmore', 'Ana Reis', 'Ana Reis'],
  },  {
    label: 'a name ending in a trade\'s plural word is a firm, not a person: "Dorrel Sports", "Pellow Films", "Vask Records"',
    body: 'She wrote for Dorrel Sports, where she edited a column. He left Dorrel Sports in 2011. She joined Pellow Films, where she met Ana Reis. The band signed with Vask Records.',
    has: [{ text: 'Dorrel Sports', type: 'ORG' }, { text: 'Pellow Films', type: 'ORG' }, { text: 'Vask Records', type: 'ORG' }, { text: 'Ana Reis', type: 'PERSON' }],
    same: [['Dorrel Sports', 'Dorrel Sports']],
  },  {
    label: 'a name opening with an ordinary word that the article writes mid-sentence keeps that word at a sentence start and in the headline: "at Silver Lantern … Silver Lantern said", not "Lantern" alone',
    body: 'Guests at Silver Lantern praised the food. Silver Lantern said it would open a second hall in Dunmore.',
    exactly: ['Silver Lantern', 'Silver Lantern', 'Dunmore'],
    same: [['Silver Lantern', 'Silver Lantern']],
  },
  {
    label: 'such a pair is kept in a title-case headline too ("Strike Hits Northern Mill Depot")',
    full: true,
    body: 'Strike Hits Northern Mill Depot\nWorkers at Northern Mill walked out on Monday. Northern Mill said talks would resume.\n',
    exactly: ['Northern Mill', 'Northern Mill', 'Northern Mill'],
  },
  {
    label: 'guard: an ordinary word opening a sentence is still dropped when the article never writes the pair mid-sentence ("Northern Tarvish residents fled")',
    body: 'Ana Reis left Dunmore. Northern Tarvish residents fled.',
    has: [{ text: 'Tarvish', type: 'LOC' }],
    lacks: ['Northern'],
  },
  {
    label: 'a title-case headline keeps "Air" or "Radio" opening an airline\'s or station\'s name before a word that is no ordinary word ("Air Vantoria Cuts Routes", "Radio Kelby Wins Award")',
    full: true,
    body: 'Air Vantoria Cuts Routes\nThe airline will drop four routes.\n\nRadio Kelby Wins Award\nThe station won.\n',
    exactly: ['Air Vantoria', 'Radio Kelby'],
    has: [{ text: 'Air Vantoria', type: 'ORG' }, { text: 'Radio Kelby', type: 'ORG' }],
  },
  {
    label: 'guard: "Air" before an ordinary or title word in a title-case headline is no airline ("Air Strikes Hit Dunmore", "Air Marshal Quits")',
    full: true,
    body: 'Air Strikes Hit Dunmore\nJets struck.\n\nAir Marshal Quits\nHe left.\n',
    lacks: ['Air', 'Strikes', 'Marshal'],
  },
  {
    label: 'such a pair of two plain words, neither a given name, is a body, not a person: "when Wild Pack played … Wild Pack said"',
    body: 'Fans packed the hall when Wild Pack played on Friday. Wild Pack said the tour would go on.',
    exactly: ['Wild Pack', 'Wild Pack'],
    has: [{ text: 'Wild Pack', type: 'ORG' }],
    same: [['Wild Pack', 'Wild Pack']],
  },
  {
    label: 'so in a title-case headline and at a sentence start ("Wild Pack Cancels Tour" … "Wild Pack said it …")',
    full: true,
    body: 'Wild Pack Cancels Tour\nFans of Wild Pack were angry on Friday. Wild Pack said it would resume the tour in May.\n',
    exactly: ['Wild Pack', 'Wild Pack', 'Wild Pack'],
    has: [{ text: 'Wild Pack', type: 'ORG' }],
    same: [['Wild Pack', 'Wild Pack']],
  },
  {
    label: 'guard: such a pair stays a person with a person\'s pronoun after it or a given name first ("Rapid Fox said he …", "Rose Tallow said she …")',
    body: 'The lawyer for Rapid Fox spoke. Rapid Fox said he would appeal. Voters backed Rose Tallow in Dunmore. Rose Tallow said she would serve.',
    has: [{ text: 'Rapid Fox', type: 'PERSON' }, { text: 'Rose Tallow', type: 'PERSON' }],
  },
  {
    label: 'a sports ground is a place whatever word leads it, in the body and in a Title Case headline: "filled Whitlock Arena", "at Brantley Stadium"',
    full: true,
    body: 'Whitlock Arena Crowd Cheers Late Winner\nA crowd of 9,000 filled Whitlock Arena on Saturday. Last year the final was played at Brantley Stadium.\n',
    has: [{ text: 'Whitlock Arena', type: 'LOC' }, { text: 'Brantley Stadium', type: 'LOC' }],
    same: [['Whitlock Arena', 'Whitlock Arena']],
  },
  {
    label: 'a competition is the body that runs it, no place and no person: "the Tessel Cup", "the Corran Trophy", "the Ovell Championships"',
    body: 'Harlow reached the final of the Tessel Cup. The Corran Trophy final will be played in May. Dana Kell won at the Ovell Championships.',
    has: [{ text: 'Tessel Cup', type: 'ORG' }, { text: 'Corran Trophy', type: 'ORG' }, { text: 'Ovell Championships', type: 'ORG' }, { text: 'Dana Kell', type: 'PERSON' }],
  },
  {
    label: 'a headline\'s name ending in a competition\'s head keeps the body\'s type: "Rovers Lift Tessel Cup" above "the Tessel Cup"',
    full: true,
    body: 'Rovers Lift Tessel Cup\nKelby Rovers won the Tessel Cup on Sunday, beating a side from the north.\n',
    has: [{ text: 'Tessel Cup', type: 'ORG' }, { text: 'Kelby Rovers', type: 'ORG' }],
  },
  {
    label: 'a name with a street\'s or a surname\'s head doing a firm\'s work is a company in all its mentions: "Ashvale Lane said on Tuesday it would close two plants"',
    full: true,
    body: 'Ashvale Lane To Close Two Plants\nAshvale Lane said on Tuesday it would close two plants in the north. Tarvel Mills reported higher sales for the quarter.\n',
    has: [{ text: 'Ashvale Lane', type: 'ORG' }, { text: 'Tarvel Mills', type: 'ORG' }],
    same: [['Ashvale Lane', 'Ashvale Lane']],
  },
  {
    label: 'a firm whose last word is a surname too acts as a firm: "Westline Power said it would raise prices"; a person of that surname stays one ("Max Power says he …")',
    body: 'Westline Power said it would raise prices next year. Max Power says he will stand for the council.',
    has: [{ text: 'Westline Power', type: 'ORG' }, { text: 'Max Power', type: 'PERSON' }],
  },
  {
    label: 'guard: a person named in full who says "it would" speaks for the firm and stays a person: "Ada Tolland said it would cut 300 jobs"',
    body: 'Ada Tolland said it would cut 300 jobs. Ada Tolland runs the mill.',
    has: [{ text: 'Ada Tolland', type: 'PERSON' }],
  },
  {
    label: 'a firm of ordinary words ending in "Systems" defined with its acronym keeps its name when it acts as a firm: "Advanced Data Systems (ADS) said"; a field\'s term does not ("Geographic Information Systems (GIS)")',
    body: 'Advanced Data Systems (ADS) said it would hire 200 engineers. Students of Geographic Information Systems (GIS) learn mapping. Later ADS said the plant would open in June.',
    has: [{ text: 'Advanced Data Systems', type: 'ORG' }, { text: 'ADS', type: 'ORG' }],
    lacks: ['Geographic', 'GIS'],
  },
  {
    label: 'a firm of ordinary words and its acronym named before it acts later keeps its name: "the deal with Bright Cargo Services (BCS) … BCS hired"',
    body: 'The deal with Bright Cargo Services (BCS) closed in May. BCS hired 40 drivers in the autumn.',
    has: [{ text: 'Bright Cargo Services', type: 'ORG' }, { text: 'BCS', type: 'ORG' }],
  },
  {
    label: 'two one-word names no list knows as a person\'s across a result verb and a score are towns\' sides, in all their mentions: "Harlow beat Denby 2-1", "fans in Harlow"',
    body: 'Harlow beat Denby 2-1 in the Tessel Cup on Saturday. Fans in Harlow cheered until late.',
    has: [{ text: 'Harlow', type: 'ORG' }, { text: 'Denby', type: 'ORG' }],
    same: [['Harlow', 'Harlow']],
  },
  {
    label: 'guard: players the document names in full stay persons across a result verb and a score: "Dana Orsk … Orsk beat Kelby 6-3"',
    body: 'Dana Orsk and Ela Kelby met in the semi-final. On Friday Orsk beat Kelby 6-3 in the second set.',
    has: [{ text: 'Orsk', type: 'PERSON' }, { text: 'Kelby', type: 'PERSON' }],
  },
  {
    label: 'a one-word name opening its clause with a plural verb is a side, not a person: "Harlow have won three in a row", "but Denby are top"',
    body: 'On Saturday, Harlow have won three in a row, but Denby are top of the table. Harlow play again in May.',
    has: [{ text: 'Harlow', type: 'ORG' }, { text: 'Denby', type: 'ORG' }],
  },
  {
    label: 'guard: the subject of a plural verb is not always the name before it: "people in Ostwick have lost their homes", "Ames and Tarn were married"',
    body: 'People in Ostwick have lost their homes. Lina Ames and Tarn were married in May.',
    has: [{ text: 'Ostwick', type: 'LOC' }],
  },
  {
    label: 'a person of two words no dictionary holds, "of" and a body are two names, the given name unknown: "Jorvan Keddle of Silver Lantern Magazine"',
    body: 'The profile was written by Jorvan Keddle of Silver Lantern Magazine last year.',
    has: [{ text: 'Jorvan Keddle', type: 'PERSON' }, { text: 'Silver Lantern Magazine', type: 'ORG' }],
  },
  {
    label: 'a polytechnic, an infirmary, a hospice or a laboratory is an organisation, not a person or a place',
    body: 'Researchers from Tarvick Polytechnic said springs were warmer. She was treated at Morland Royal Infirmary. He died at Elmsby Hospice. Scientists at Varrow National Laboratory agreed.',
    has: [{ text: 'Tarvick Polytechnic', type: 'ORG' }, { text: 'Morland Royal Infirmary', type: 'ORG' }, { text: 'Elmsby Hospice', type: 'ORG' }, { text: 'Varrow National Laboratory', type: 'ORG' }],
  },
  {
    label: 'a plural noun in "-men" or a hyphenated word opening its clause before "were"/"have" is no side: "Stonemen have lived", "but Kestrel-men were"',
    body: 'Stonemen have lived in the valley for years, but Kestrel-men were seen on the ridge.',
    has: [{ text: 'Stonemen', notType: 'ORG' }, { text: 'Kestrel-men', notType: 'ORG' }],
  },
  {
    label: 'a two-word firm after a business kind and a comma is a firm: "the operator, Avira Sealines, said"',
    body: 'The operator, Avira Sealines, said the ship was safe. The owner, Dana Ruiz, said nothing.',
    has: [{ text: 'Avira Sealines', type: 'ORG' }, { text: 'Dana Ruiz', type: 'PERSON' }],
  },
  {
    label: 'a two-word name followed by ", which runs" is a firm: "Avira Sealines, which runs the route,"; "who runs" is a person',
    body: 'Avira Sealines, which runs the route, cancelled trips. Merrin Tolby, who runs the cafe, stayed open.',
    has: [{ text: 'Avira Sealines', type: 'ORG' }, { text: 'Merrin Tolby', type: 'PERSON' }],
  },
  {
    label: 'a byline credits a person though the given name is unfamiliar and the name is not used again: "By Sanne Altmark"',
    full: true,
    body: 'Storm Surge Hits Coastal Town\nBy Sanne Altmark\nThe storm hit the coast on Monday, flooding homes.\n',
    has: [{ text: 'Sanne Altmark', type: 'PERSON' }],
  },
  {
    label: 'a disaster noun opening a Title Case headline is no name: "Blaze At Kerrow Paint Plant …"',
    full: true,
    body: 'Blaze At Kerrow Paint Plant Forces Evacuation\nFirefighters fought the blaze at the Kerrow plant on Tuesday, said Ansel Trew.\n',
    lacks: ['Blaze'],
    has: [{ text: 'Ansel Trew', type: 'PERSON' }],
  },
  {
    label: 'guard: a disaster noun inside a headline, after its first word, is left to the other rules: "Harlow Counts Cost Of Blaze"',
    full: true,
    body: 'Harlow Counts Cost Of Blaze\nThe fire in Harlow destroyed two shops, said Ansel Trew.\n',
    has: [{ text: 'Harlow', type: 'LOC' }],
  },
  {
    label: 'a one-word name before a sports title and a person is the team, not a person: "Orvik coach Ben Ostrow"',
    body: 'Orvik coach Ben Ostrow said his side would win. Tarrant striker Lise Holm scored twice.',
    has: [{ text: 'Orvik', type: 'ORG' }, { text: 'Tarrant', type: 'ORG' }, { text: 'Ben Ostrow', type: 'PERSON' }, { text: 'Lise Holm', type: 'PERSON' }],
  },
];
function mention(a: DocumentAnalysis, text: string): Mention {
  const m = a.mentions.find((x) => x.text === text);
  assert.ok(m, `a mention "${text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text))})`);
  return m!;
}

for (const row of ROWS) {
  test(`entities: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const text = row.full ? row.body : `${HEADLINE}\n${row.body}\n`;
    const a = analyzeText(text);
    // Invariant for every row: each mention's offsets slice to its text, and it points at an entity.
    for (const m of a.mentions) {
      assert.equal(text.slice(m.start, m.end), m.text, `offsets of "${m.text}"`);
      assert.ok(a.entities[m.local], `entity of "${m.text}"`);
      assert.equal(a.entities[m.local].type, m.type, `type of "${m.text}" agrees with its entity`);
    }
    if (row.exactly) assert.deepEqual(a.mentions.map((m) => m.text), row.exactly, 'mention texts');
    for (const h of row.has ?? []) {
      const m = mention(a, h.text);
      if (h.type !== undefined) assert.equal(m.type, h.type, `type of "${h.text}"`);
      if (h.notType !== undefined) assert.notEqual(m.type, h.notType, `type of "${h.text}"`);
      if (h.furniture !== undefined) assert.equal(m.furniture, h.furniture, `furniture of "${h.text}"`);
      const e = a.entities[m.local];
      if (h.role !== undefined) assert.ok(e.roles.some((r) => r.text === h.role), `role "${h.role}" of "${h.text}" (roles: ${JSON.stringify(e.roles.map((r) => r.text))})`);
      for (const r of e.roles) assert.equal(text.slice(r.start, r.end), r.text, 'role offsets');
      if (h.country !== undefined) assert.equal(e.country, h.country, `country of "${h.text}"`);
    }
    for (const word of row.lacks ?? []) {
      const at = text.indexOf(word);
      assert.ok(at >= 0, `"${word}" occurs in the text`);
      const covering = a.mentions.find((m) => m.start < at + word.length && at < m.end);
      assert.equal(covering, undefined, `no mention covers "${word}"`);
    }
    for (const [x, y] of row.same ?? []) assert.equal(mention(a, x).local, mention(a, y).local, `"${x}" and "${y}" are one entity`);
    for (const [x, y] of row.different ?? []) assert.notEqual(mention(a, x).local, mention(a, y).local, `"${x}" and "${y}" are different entities`);
  });
}
