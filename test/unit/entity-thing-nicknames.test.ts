// Labelled sentences for a name after "known as"/"dubbed": after a noun for a thing no person and no entity, after a
// noun for a band of people an organisation, after a noun for a person still a person. Run with
// `node --import tsx --test test/unit/entity-thing-nicknames.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: '"the malware, known as X" names no one', body: 'The malware, known as NightLatch, spread through shared drives.', has: [], lacks: ['NightLatch'] },
  { label: '"a gang known as X" is an organisation', body: 'The attack was carried out by a gang known as NightLatch.', has: [{ text: 'NightLatch', type: 'ORG' }] },
  { label: '"The group, known as X," is an organisation', body: 'The group, known as Brasslock, claimed the attack.', has: [{ text: 'Brasslock', type: 'ORG' }] },
  { label: '"a hacker known as X" stays a person', body: 'A hacker known as Quillfox claimed the attack.', has: [{ text: 'Quillfox', type: 'PERSON' }] },
  { label: '"The singer, known as X," stays a person', body: 'The singer, known as Zarrow, played in Velbrook.', has: [{ text: 'Zarrow', type: 'PERSON' }] },
  { label: 'a known given name after another noun stays a person', body: 'The victim, known as Maria, was 19.', has: [{ text: 'Maria', type: 'PERSON' }] },
  { label: '"X was known as Y" is left to the other rules: Y names the subject', body: 'Tomas Vell was known as Quillfox on the forums.', has: [{ text: 'Quillfox', type: 'PERSON' }] },
];

entityRowTests('thing nicknames', 'Council Notes', ROWS);
