// Labelled sentences for a pollster before its poll ("a new Pollwick poll": ORG), a language after a verb of writing
// code ("written in Kestro": no place), where a farmer or a nurse comes from ("a farmer from Ostby said": a place),
// and firms named for a utility or a trade ("Fenmarsh Water said": ORG). Run with
// `node --import tsx --test test/unit/entity-polls-languages-origins.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a one-word name before "poll" is the pollster', body: 'A new Pollwick poll found that most voters back the plan.', has: [{ text: 'Pollwick', type: 'ORG' }] },
  { label: 'a one-word name before "survey" is the pollster', body: 'Dana Holt said a Pellow survey showed support falling. Pellow later revised it.', has: [{ text: 'Pellow', type: 'ORG' }] },
  { label: 'a place before "poll" stays a place', body: 'A new Ostland poll found that most voters back the plan.', has: [{ text: 'Ostland', type: 'LOC' }] },
  { label: 'a person before the verb "polls" stays a person', body: 'Dana Holt polls well in the north, and Holt polled 40 percent.', has: [{ text: 'Holt', type: 'PERSON' }] },
  { label: 'a language after "written in" is no place', body: 'The app is written in Kestro and runs on phones.', has: [], lacks: ['Kestro'] },
  { label: 'a language after "coded in" is no place', body: 'The scanner was coded in Varlo by two students.', has: [], lacks: ['Varlo'] },
  { label: 'a known place after "written in" stays a place', body: 'The letter was written in Brussels in 1921.', has: [{ text: 'Brussels', type: 'LOC' }] },
  { label: 'a place after "built in" stays a place', body: 'The plant was built in Dorrinvale in 1990.', has: [{ text: 'Dorrinvale', notType: 'PERSON' }] },
  { label: '"a farmer from X said": X is a place', body: 'A farmer from Ostby said the river had flooded.', has: [{ text: 'Ostby', type: 'LOC' }] },
  { label: '"nurses from X said": X is a place', body: 'Two nurses from Velbrook said the ward was full.', has: [{ text: 'Velbrook', type: 'LOC' }] },
  { label: '"an analyst from X said": X may be a firm, not made a place', body: 'An analyst from Kessler said the shares were cheap.', has: [{ text: 'Kessler', notType: 'LOC' }] },
  { label: 'a name ending in "Water" before "said" is a utility', body: 'Fenmarsh Water said the pipes would be replaced by June.', has: [{ text: 'Fenmarsh Water', type: 'ORG' }] },
  { label: 'a name ending in "Power" is a firm', body: 'Officials at Oakley Power said bills would rise.', has: [{ text: 'Oakley Power', type: 'ORG' }] },
  { label: 'a name ending in "Homes" is a builder', body: 'Dunlow Homes said it would build 300 houses.', has: [{ text: 'Dunlow Homes', type: 'ORG' }] },
  { label: 'a known given name before "Power" stays a person', body: 'Samantha Power said the talks would resume.', has: [{ text: 'Samantha Power', type: 'PERSON' }] },
];

entityRowTests('polls, languages, origins', 'Council Notes', ROWS);
