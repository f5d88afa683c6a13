/**
 * "Find corroborating source" in a folder of several events: a passage that names another kind of event
 * (a storm, not the earthquake; a wildfire, not the floods) does not back a claim however alike the
 * figures, and ranks below passages of the claim's own event. Rounded and open figures still back an
 * exact one. Fictional articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { eventFamilies, eventsClash } from '../../server/src/core/corpus/event-kind';

interface Row { label: string; target: string; others: Record<string, string>; expected: [string, string, string][] }

const ROWS: Row[] = [
  {
    label: 'the same toll of a storm elsewhere is related only, below the quake\'s own passage',
    target: 'Quake\nThe earthquake in Velmora killed 45 people on Monday.\n',
    others: { storm: 'Storm\nA storm in Kestrel Bay killed 45 people on Monday.\n', quake: 'Quake Toll\nAt least 45 people died in the Velmora earthquake on Monday.\n' },
    expected: [['quake', 'At least 45 people died', 'supports'], ['storm', 'killed 45 people', 'related']],
  },
  {
    label: 'a wildfire that drove as many from their homes ranks below the floods\' own passage',
    target: 'Floods\nFloods in Marrow Valley forced 5,000 people from their homes.\n',
    others: { fire: 'Fire\nA wildfire near Kestrel Bay forced 5,000 people from their homes.\n', floods: 'Valley\nAbout 5,000 people fled their homes in Marrow Valley as floods rose.\n' },
    expected: [['floods', 'About 5,000 people fled their homes', 'related'], ['fire', 'forced 5,000 people', 'related']],
  },
  {
    label: 'one event under two words of a family (the storm and its floods) still backs',
    target: 'Storm\nThe storm killed 12 people in Dunmore on Sunday.\n',
    others: { floods: 'Floods\nFlooding killed 12 people in Dunmore on Sunday.\n' },
    expected: [['floods', 'killed 12 people', 'supports']],
  },
  {
    label: 'a passage naming no event is not held to one',
    target: 'Quake\nThe earthquake in Velmora killed 45 people on Monday.\n',
    others: { plain: 'Toll\nOfficials in Velmora said 45 people were killed on Monday.\n' },
    expected: [['plain', '45 people were killed', 'supports']],
  },
  {
    label: 'a rounded share ("about 54%") backs the exact one ("54.2%")',
    target: 'Vote\nThe Greenward party won 54.2% of the vote in Tallis on Sunday.\n',
    others: { approx: 'Tallis Vote\nThe Greenward party won about 54% of the vote in Tallis on Sunday.\n' },
    expected: [['approx', 'won about 54% of the vote', 'supports']],
  },
  {
    label: '"more than 300" backs 312 of the same floods',
    target: 'Flood Toll\nMore than 300 people were killed by floods in Marrow Valley last week.\n',
    others: { exact: 'Valley Floods\nFloods in Marrow Valley killed 312 people last week, officials said.\n' },
    expected: [['exact', 'killed 312 people', 'supports']],
  },
];

for (const row of ROWS) {
  test(`other events: ${row.label}`, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    for (const [id, text] of Object.entries(row.others)) c.set(id, text, 1);
    assert.equal(c.get('target')!.analysis.claims.length, 1, 'the target article\'s claims');
    assert.deepEqual(c.corroborations('target', 0).map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
  });
}

const CLASHES: [string, string, boolean][] = [
  ['earthquake', 'storm', true], ['quake', 'earthquake', false], ['storm', 'floods', false], ['blast', 'fire', false],
  ['blast', 'attack', false], ['wildfire', 'floods', true], ['crash', 'outbreak', true], ['earthquake', 'council', false],
];
for (const [a, b, clash] of CLASHES) {
  test(`other events: "${a}" and "${b}" ${clash ? 'are' : 'are not'} two kinds of event`, () => assert.equal(eventsClash(eventFamilies([a]), eventFamilies([b])), clash));
}
