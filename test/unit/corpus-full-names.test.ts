// Labelled rows for cross-article resolution of a person's full names (corpus/join-keys.ts `fullNameKeys`):
// a name with middle names, a suffix ("Jr."/"Sr.") or a second surname is the shorter name another article
// of the folder uses, when exactly one full name of the folder offers it; and a suffix is no surname.
// Guards: two people whose longer names share the shorter one stay apart from it, and "Jr." and "Sr." are
// two people. Also a given name's spellings (text/normalize.ts `givenKeyOf`): a hard "c" is a "k" and a "z"
// an "s" (Marc/Mark, Elizabeth/Elisabeth); a soft "c" stays (Lucy is no Luke). Run with `node --import tsx --test test/unit/corpus-full-names.test.ts`.
// All articles are written for this file; people, places and organisations are fictional.
import { resolveRowTests, type ResolveRow } from './resolve-rows';

const ROWS: ResolveRow[] = [
  // ── middle names ──
  {
    label: 'a full name with a middle name is the name without it in another article ("Tomas Ekland Varro" / "Tomas Varro")',
    docs: {
      a: 'Harbour Deal Signed\nThe lawyer Tomas Ekland Varro signed the lease on Monday.\n',
      b: 'Lease Questioned\nTomas Varro, who drew up the lease, declined to comment.\n',
      c: 'Harbour Lease Goes Ahead\nVarro said the harbour would open in May.\n',
    },
    same: [[['a', 'Tomas Ekland Varro'], ['b', 'Tomas Varro'], ['c', 'Varro']]],
  },
  {
    label: 'a person who goes by a middle name is the full name of another article ("Ilse Marta Quillon" / "Marta Quillon")',
    docs: {
      a: 'Council Vote\nCouncillor Ilse Marta Quillon voted against the plan.\n',
      b: 'Plan Passes\nThe plan passed although Marta Quillon spoke against it.\n',
    },
    same: [[['a', 'Ilse Marta Quillon'], ['b', 'Marta Quillon']]],
  },
  {
    label: 'a second surname alone is the full name ("Renata Lusk Oberlin" / "Lusk Oberlin")',
    docs: {
      a: 'Film Board Meets\nThe board is chaired by Renata Lusk Oberlin, a producer.\n',
      b: 'Board Names Hosts\nLusk Oberlin announced the hosts on Tuesday.\n',
    },
    same: [[['a', 'Renata Lusk Oberlin'], ['b', 'Lusk Oberlin']]],
  },
  {
    label: 'guard: the shorter name stays apart when two full names of the folder offer it ("Tomas Varro" / "Tomas Ekland Varro", "Tomas Brun Varro")',
    docs: {
      a: 'Harbour Deal Signed\nThe lawyer Tomas Ekland Varro signed the lease on Monday.\n',
      b: 'Mill Sold\nThe miller Tomas Brun Varro sold the mill to a cooperative.\n',
      c: 'Lease Questioned\nTomas Varro declined to comment.\n',
    },
    different: [[['c', 'Tomas Varro'], ['a', 'Tomas Ekland Varro']], [['c', 'Tomas Varro'], ['b', 'Tomas Brun Varro']], [['a', 'Tomas Ekland Varro'], ['b', 'Tomas Brun Varro']]],
  },
  {
    label: 'guard: another given name with the same surname is another person ("Edda Varro" / "Tomas Ekland Varro")',
    docs: {
      a: 'Harbour Deal Signed\nThe lawyer Tomas Ekland Varro signed the lease on Monday.\n',
      b: 'Lease Questioned\nEdda Varro, a fisherman, said the lease was unfair.\n',
    },
    different: [[['a', 'Tomas Ekland Varro'], ['b', 'Edda Varro']]],
  },
  {
    label: 'guard: a surname a vowel apart is another family, with a middle name too ("Anna Maria Borg" / "Anna Berg")',
    docs: {
      a: 'Talks Resume\nThe minutes were taken by Anna Maria Borg of the harbour board.\n',
      b: 'Talks Stall\nThe proposal was opposed by Anna Berg of the fishermen.\n',
    },
    different: [[['a', 'Anna Maria Borg'], ['b', 'Anna Berg']]],
  },
  // ── suffixes ──
  {
    label: 'a suffix is no surname: the surname alone finds the name with "Jr." ("Calder Vossler Jr." / "Vossler")',
    docs: {
      a: 'Inmate Appeals\nCalder Vossler Jr. filed an appeal on Monday.\n',
      b: 'Appeal Denied\nThe court denied the appeal, and Vossler will stay in prison.\n',
    },
    same: [[['a', 'Calder Vossler Jr.'], ['b', 'Vossler']]],
  },
  {
    label: 'a name with "Jr." is the name without it, and the name with a middle name too ("Anton Calder Vossler Jr." / "Calder Vossler Jr." / "Anton Calder Vossler" / "Calder Vossler")',
    docs: {
      a: 'Inmate Appeals\nAnton Calder Vossler Jr. filed an appeal on Monday.\n',
      b: 'Appeal Denied\nThe court denied the appeal of Calder Vossler Jr. on Friday.\n',
      c: 'Inmate Moved\nAnton Calder Vossler was moved to another prison.\n',
      d: 'Prison Closes\nThe prison where Calder Vossler was held will close.\n',
    },
    same: [[['a', 'Anton Calder Vossler Jr.'], ['b', 'Calder Vossler Jr.'], ['c', 'Anton Calder Vossler'], ['d', 'Calder Vossler']]],
  },
  {
    label: 'guard: "Jr." and "Sr." are two people, and the name without a suffix stays apart from both',
    docs: {
      a: 'Farm Sold\nBrannock Hale Jr. sold the farm in Tarnby.\n',
      b: 'Farm Bought\nBrannock Hale Sr. bought it back a year later.\n',
      c: 'Farm Fair\nBrannock Hale judged the cattle at the fair.\n',
    },
    different: [[['a', 'Brannock Hale Jr.'], ['b', 'Brannock Hale Sr.']], [['c', 'Brannock Hale'], ['a', 'Brannock Hale Jr.']], [['c', 'Brannock Hale'], ['b', 'Brannock Hale Sr.']]],
  },
  {
    label: 'a generation\'s numeral is no surname: the surname alone finds the name with "III" ("Anton Brannock III" / "Brannock")',
    docs: {
      a: 'Ranch Sold\nAnton Brannock III sold the ranch near Tarnby on Monday.\n',
      b: 'Ranch Buyer Named\nThe buyer paid Brannock in cash, the county said.\n',
    },
    same: [[['a', 'Anton Brannock III'], ['b', 'Brannock']]],
  },
  {
    label: 'guard: a name that holds two people ("Ilse Varro & Tomas Brun") offers neither of them',
    docs: {
      a: 'Bakery Opens\nThe bakery is run by Ilse Varro & Tomas Brun, who met in Orrel.\n',
      b: 'Bakery Prize\nTomas Brun won the county prize for rye bread.\n',
    },
    different: [[['a', 'Ilse Varro & Tomas Brun'], ['b', 'Tomas Brun']]],
  },
  // ── given names spelled two ways ──
  {
    label: 'a given name with a hard "c" for a "k" is one person across articles ("Marc Tolvern" / "Mark Tolvern", "Viktor Amsel" / "Victor Amsel")',
    docs: {
      a: 'Quarry Closes\nMarc Tolvern, the quarry manager, said 40 jobs would go. Viktor Amsel, a union official, objected.\n',
      b: 'Quarry Jobs\nMark Tolvern said the decision was final. Victor Amsel called a meeting.\n',
    },
    same: [[['a', 'Marc Tolvern'], ['b', 'Mark Tolvern']], [['a', 'Viktor Amsel'], ['b', 'Victor Amsel']]],
  },
  {
    label: 'a given name with a "z" for an "s" is one person across articles ("Elisabeth Korrin" / "Elizabeth Korrin")',
    docs: {
      a: 'School Reopens\nThe head teacher, Elisabeth Korrin, welcomed the pupils back.\n',
      b: 'School Roof Mended\nElizabeth Korrin thanked the builders.\n',
    },
    same: [[['a', 'Elisabeth Korrin'], ['b', 'Elizabeth Korrin']]],
  },
  {
    label: 'guard: a soft "c" is no "k": "Lucy Tarvell" and "Luke Tarvell" are two people',
    docs: {
      a: 'Sailing Race\nLucy Tarvell won the junior race at Orrel on Saturday.\n',
      b: 'Sailing Race Results\nLuke Tarvell came second in the senior race.\n',
    },
    different: [[['a', 'Lucy Tarvell'], ['b', 'Luke Tarvell']]],
  },
];

resolveRowTests('full names', ROWS);
