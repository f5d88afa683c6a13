// A name right after a lower-case "service", "platform", "app", "website", "helpline" or "pollster", or after a
// poll's or survey's "by" (entity-kind-words.ts), is an organisation's; a name a known given name opens stays a
// person's. Run with `node --import tsx --test test/unit/entity-services-polls.test.ts`. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a name after "the admissions service"', body: 'Applicants to the admissions service Unipath fell by a tenth.', has: [{ text: 'Unipath', type: 'ORG' }] },
  { label: 'a name after "the streaming service"', body: 'Subscribers to the streaming service Tunly rose, said Ina Kral.', has: [{ text: 'Tunly', type: 'ORG' }] },
  { label: 'a name after "a poll by"', body: 'A poll by Parentway found most parents agree.', has: [{ text: 'Parentway', type: 'ORG' }] },
  { label: 'a name after "the survey by"', body: 'The survey by Datavane was published on Monday.', has: [{ text: 'Datavane', type: 'ORG' }] },
  { label: 'guard: a survey by a person opened by a given name', body: 'A survey by Maria Tolvane found the same.', has: [{ text: 'Maria Tolvane', type: 'PERSON' }] },
];

entityRowTests('services and polls', 'Admissions Review', ROWS);
