// Labelled sentences for a language after a verb of writing code ("written in Kestro": no place), where a farmer or a nurse comes from ("a farmer from Ostby said": a place),
// and firms named for a utility, a trade, a metal or a fuel ("Fenmarsh Water said", "Brask Gold said": ORG). Run with
// `node --import tsx --test test/unit/entity-languages-origins.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a language after "written in" is no place', body: 'The app is written in Kestro and runs on phones.', has: [], lacks: ['Kestro'] },
  { label: 'a language after "coded in" is no place', body: 'The scanner was coded in Varlo by two students.', has: [], lacks: ['Varlo'] },
  { label: 'a known place after "written in" stays a place', body: 'The letter was written in Brussels in 1921.', has: [{ text: 'Brussels', type: 'LOC' }] },
  { label: 'a place after "built in" stays a place', body: 'The plant was built in Dorrinvale in 1990.', has: [{ text: 'Dorrinvale', notType: 'PERSON' }] },
  { label: '"a farmer from X said": X is a place', body: 'A farmer from Ostby said the river had flooded.', has: [{ text: 'Ostby', type: 'LOC' }] },
  { label: '"nurses from X said": X is a place', body: 'Two nurses from Velbrook said the ward was full.', has: [{ text: 'Velbrook', type: 'LOC' }] },
  { label: '"an analyst from X said": X may be a firm, not made a place', body: 'An analyst from Kessler said the shares were cheap.', has: [{ text: 'Kessler', notType: 'LOC' }] },
  { label: 'a name ending in "Water" before "said" is a utility', body: 'Fenmarsh Water said the pipes would be replaced by June.', has: [{ text: 'Fenmarsh Water', type: 'ORG' }] },
  { label: 'a name ending in "Electric" after "at" is a firm', body: 'Officials at Oakley Electric said bills would rise.', has: [{ text: 'Oakley Electric', type: 'ORG' }] },
  { label: 'a name ending in "Homes" is a builder', body: 'Dunlow Homes said it would build 300 houses.', has: [{ text: 'Dunlow Homes', type: 'ORG' }] },
  { label: 'a name ending in a metal is a miner', body: 'Brask Gold said on Tuesday that its new shaft was ready.', has: [{ text: 'Brask Gold', type: 'ORG' }] },
  { label: 'a name ending in a fuel is a driller', body: 'Merrow Oil said the rig would restart next month.', has: [{ text: 'Merrow Oil', type: 'ORG' }] },
  { label: 'guard: a known given name before a metal stays a person', body: 'Harry Gold said the shaft was ready.', has: [{ text: 'Harry Gold', type: 'PERSON' }] },
  { label: 'guard: a known given name inside a longer name before a metal stays a person', body: 'Raiders WR Dion Copper said the team was ready.', has: [{ text: 'WR Dion Copper', type: 'PERSON' }] },
  { label: 'a known given name before "Power" stays a person', body: 'Samantha Power said the talks would resume.', has: [{ text: 'Samantha Power', type: 'PERSON' }] },
];

entityRowTests('languages, origins', 'Council Notes', ROWS);
