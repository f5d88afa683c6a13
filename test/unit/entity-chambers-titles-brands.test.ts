// Session 35 entity left-overs: a chamber's "House of …" is one name; "Majority Leader", "Cabinet Secretary" are
// titles; a civil honorific after a title keeps the initials; "the mayor of The …" is a place; a result line ending
// in a full stop keeps its clubs; "the Kelmar housing minister" is a province's; fields joined by "and" after a
// degree are no names; a name before goods ("Lumo drinks") is a brand, no person; a pollster that also acts is an ORG. Run with
// `node --import tsx --test test/unit/entity-chambers-titles-brands.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a chamber named "House of" a plural', body: 'The bill passed the House of Delegates on Tuesday.', has: [{ text: 'House of Delegates', type: 'ORG' }] },
  { label: 'two chambers named "House of"', body: 'He spoke to the House of Elders and the House of Wardens.', has: [{ text: 'House of Elders', type: 'ORG' }, { text: 'House of Wardens', type: 'ORG' }] },
  { label: 'a place before its "House of"', body: 'A member of the Kelmar House of Assembly voted no.', has: [{ text: 'Kelmar House of Assembly', type: 'ORG' }] },
  { label: 'a lower-case house stays out', body: 'The house of Ada Venn was sold in May.', has: [{ text: 'Ada Venn', type: 'PERSON' }], lacks: ['house'] },
  { label: '"Majority Leader" is a title, the chamber an ORG', body: 'The vote was close, said Senate Majority Leader Tomas Varga on Monday.', has: [{ text: 'Senate', type: 'ORG' }, { text: 'Tomas Varga', type: 'PERSON' }], lacks: ['Majority'] },
  { label: '"Minority Leader" is a title', body: 'On Monday, Senate Minority Leader Ruth Oyelaran objected.', has: [{ text: 'Senate', type: 'ORG' }, { text: 'Ruth Oyelaran', type: 'PERSON' }], lacks: ['Minority'] },
  { label: '"Majority Whip" is a title', body: 'The vote was called by House Majority Whip Dan Pell on Monday.', has: [{ text: 'Dan Pell', type: 'PERSON' }], lacks: ['Whip'] },
  { label: '"Cabinet Secretary" is a title: no ORG "Treasury Cabinet"', body: 'The budget was read by Treasury Cabinet Secretary Ann Mbeki on Monday.', has: [{ text: 'Ann Mbeki', type: 'PERSON' }], lacks: ['Cabinet'] },
  { label: 'a title, "Dr." and two initials', body: 'Minister Dr. K. R. Ostrow opened the clinic on Friday.', has: [{ text: 'K. R. Ostrow', type: 'PERSON' }] },
  { label: 'a rank, a branch abbreviation, a name', body: 'The convoy was met by Regional Commander Col. Inf. Dario Pell on Monday.', has: [{ text: 'Dario Pell', type: 'PERSON' }], lacks: ['Inf'] },
  { label: '"the mayor of The …" is a place', body: 'The mayor of The Kessel said the road would open in May.', has: [{ text: 'Kessel', type: 'LOC' }] },
  { label: 'a result line ending in a full stop', body: 'Brunley won the derby. Dunmore 2 Castlemoor 1.', has: [{ text: 'Dunmore', type: 'ORG' }, { text: 'Castlemoor', type: 'ORG' }] },
  { label: 'a province before "housing minister"', body: 'The Kelmar housing minister said rents would fall. The Kelmar government agreed.', has: [{ text: 'Kelmar', type: 'LOC' }] },
  { label: 'a province before "health ministry"', body: 'Rents will fall, the Ostrava health ministry said.', has: [{ text: 'Ostrava', type: 'LOC' }] },
  { label: 'a party before "housing minister" stays no place', body: 'The Labour housing minister said rents would fall.', has: [{ text: 'Labour', notType: 'LOC' }] },
  { label: 'two fields after "a degree in"', body: 'She holds a degree in Geology and Marine Ecology from the college.', lacks: ['Geology', 'Marine Ecology'], has: [] },
  { label: 'a firm after "and" with no field cue', body: 'She met Linden and Marine Ecology Partners in May.', has: [{ text: 'Marine Ecology Partners', type: 'ORG' }] },
  { label: 'a brand before "drinks"', body: 'Sales of Lumo drinks rose in May, the grocer said.', has: [{ text: 'Lumo', notType: 'PERSON' }] },
  { label: 'a brand before "biscuits" that never acts as a firm is no entity', body: 'Shoppers bought Crenna biscuits at the fair.', has: [], lacks: ['Crenna'] },
  { label: 'a brand before "biscuits" that speaks is the firm', body: 'Shoppers bought Crenna biscuits at the fair. Crenna said it would open a bakery.', has: [{ text: 'Crenna', type: 'ORG' }] },
  { label: 'a product line after a firm\'s possessive is no entity', body: 'Tessel said its Orvane chips would ship in May. The Orvane chips are faster.', has: [{ text: 'Tessel' }], lacks: ['Orvane'] },
  { label: 'a mission\'s name before "chips" is no entity', body: 'The Aurora mission returned in May. Aurora chips were sent to the lab.', has: [], lacks: ['Aurora'] },
  { label: 'a person before "supporters" stays a person', body: 'Ada Venn spoke on Friday. Venn supporters cheered.', has: [{ text: 'Ada Venn', type: 'PERSON' }, { text: 'Venn', type: 'PERSON' }] },
  { label: 'a pollster before "poll" that also says', body: 'A new Pollwise poll found that 54 per cent of voters back the plan. Pollwise said the sample was 1,200 adults.', has: [{ text: 'Pollwise', type: 'ORG' }] },
  { label: 'a pollster before "survey" that is also "by" it', body: 'A new Quorra survey found most voters back the plan. The survey was run by Quorra for the council.', has: [{ text: 'Quorra', type: 'ORG' }] },
  { label: 'a place\'s poll stays a place', body: 'A Dunmore poll found 60% backed the mayor. Voters in Dunmore said they were tired.', has: [{ text: 'Dunmore', type: 'LOC' }] },
  { label: 'a surname\'s poll stays a person', body: 'A Kestin poll found 60% backed her. Anna Kestin said she was pleased.', has: [{ text: 'Anna Kestin', type: 'PERSON' }, { text: 'Kestin', type: 'PERSON' }] },
  { label: 'a federation of its members opening a sentence', body: 'Federated Farmers said the drought had hurt growers.', has: [{ text: 'Federated Farmers', type: 'ORG' }] },
  { label: 'an amalgamation of its members opening a sentence', body: 'Amalgamated Growers warned of losses on Monday.', has: [{ text: 'Amalgamated Growers', type: 'ORG' }] },
  { label: 'a participle before a lower-case plural is no name', body: 'Allied troops entered the town on Monday.', lacks: ['Allied'], has: [] },
];

entityRowTests('chambers, titles, brands', 'Council Notes', ROWS);
