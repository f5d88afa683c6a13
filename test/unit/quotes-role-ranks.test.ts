// A bare role ("the governor said") names the person an earlier role of the same rank describes: an
// apposition ("Lina Marsh, chief executive of …,") or a copula gives that role, and a modifier that makes
// another post ("deputy", "former", "acting") must stand on both sides or on neither. A text sent "to"
// somebody speaks itself, and a plural possessive keeps its whole body ("the tenants' association").
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const ROWS: readonly SpeakerRow[] = [
  // ── an appositive role resolves a later bare role ──
  { label: 'Name, the chief executive of Firm, … the chief executive said', body: 'Lina Marsh, the chief executive of Orvell Freight, spoke on Monday. “We will not cut routes,” the chief executive said.', speaker: 'the chief executive', cue: 'said', entity: 'Lina Marsh' },
  { label: 'Name, chief executive of Firm (no article), … the chief executive said', body: 'Lina Marsh, chief executive of Orvell Freight, spoke on Monday. “We will not cut routes,” the chief executive said.', speaker: 'the chief executive', cue: 'said', entity: 'Lina Marsh' },
  { label: 'Name, the chief executive …; The chief executive said: “…” (cue before the quote)', body: 'Lina Marsh, the chief executive of Orvell Freight, spoke on Monday. The chief executive said: “We will not cut routes.”', speaker: 'The chief executive', cue: 'said', entity: 'Lina Marsh' },
  { label: 'Name, the chief executive …; “…,” said the chief executive', body: 'Lina Marsh, the chief executive of Orvell Freight, spoke on Monday. “We will not cut routes,” said the chief executive.', speaker: 'the chief executive', cue: 'said', entity: 'Lina Marsh' },
  { label: 'Name, the finance minister, … the finance minister said', body: 'Pia Orn, the finance minister, spoke first. “Rates will stay,” the finance minister said.', speaker: 'the finance minister', cue: 'said', entity: 'Pia Orn' },
  { label: 'guard: "Name, and the mayor said" is no apposition', body: 'Police questioned Edda Lusk, and the mayor said: “We will review every objection.”', speaker: 'the mayor', cue: 'said', entity: null },
  // ── a possessive owner in the bare role must be the body the earlier role names ──
  { label: 'guard: Name, president of Firm; the bakery’s president said: not the firm’s president', body: 'Ines Vollan, president of Brenn Analytics, studied the case. But the bakery’s president said: “We found no record of complaints.”', speaker: 'the bakery’s president', cue: 'said', entity: null },
  { label: 'Name, president of the bakery; the bakery’s president said: the same body, the person', body: 'Ines Vollan, president of the bakery, studied the case. But the bakery’s president said: “We found no record of complaints.”', speaker: 'the bakery’s president', cue: 'said', entity: 'Ines Vollan' },
  // ── a role must not match a longer role with a rank modifier, nor the other way round ──
  { label: 'guard: Name, a deputy governor of …; the governor said: not the deputy', body: 'Tomas Brill, a deputy governor of the central bank, spoke first. “Rates will stay where they are,” the governor said.', speaker: 'the governor', cue: 'said', entity: null },
  { label: 'guard: Name is the deputy governor; the governor said: not the deputy', body: 'Tomas Brill is the deputy governor of Veltan. “Rates will stay where they are,” the governor said.', speaker: 'the governor', cue: 'said', entity: null },
  { label: 'guard: Deputy Governor Name; the governor said: not the deputy', body: 'Deputy Governor Tomas Brill spoke first. “Rates will stay where they are,” the governor said.', speaker: 'the governor', cue: 'said', entity: null },
  { label: 'guard: Name is the governor; the deputy governor said: not the governor', body: 'Tomas Brill is the governor of Veltan. “Rates will stay where they are,” the deputy governor said.', speaker: 'the deputy governor', cue: 'said', entity: null },
  { label: 'guard: Name, the former mayor; the mayor said: not the former one', body: 'Tomas Brill, the former mayor, spoke first. “Rates will stay where they are,” the mayor said.', speaker: 'the mayor', cue: 'said', entity: null },
  { label: 'guard: Name, a former witness; "the witness" said: not the former one', body: 'Irma Stolt, a former witness, spoke first. “I saw the van,” the witness said.', speaker: 'the witness', cue: 'said', entity: null },
  { label: 'the same rank on both sides resolves: the deputy finance minister', body: 'Pia Orn, the deputy finance minister, spoke first. “Rates will stay,” the deputy finance minister said.', speaker: 'the deputy finance minister', cue: 'said', entity: 'Pia Orn' },
  { label: 'the same rank, written by a copula: is the acting mayor … the acting mayor said', body: 'Edda Lusk is the acting mayor of Brennholt. “We will review every objection,” the acting mayor said.', speaker: 'the acting mayor', cue: 'said', entity: 'Edda Lusk' },
  { label: 'guard: Name, the deputy finance minister; the finance minister said: not the deputy', body: 'Pia Orn, the deputy finance minister, spoke first. “Rates will stay,” the finance minister said.', speaker: 'the finance minister', cue: 'said', entity: null },
  // ── a text sent to somebody: the addressees do not speak ──
  { label: 'A message to the tenants said: “…”: the message, not the tenants', body: 'A message to the tenants said: “The lifts will be repaired by Friday.”', speaker: 'A message', cue: 'said' },
  { label: '“…,” a letter to the residents said: the letter', body: '“The lifts will be repaired by Friday,” a letter to the residents said.', speaker: 'a letter', cue: 'said' },
  // ── a plural possessive keeps the body it owns ──
  { label: 'A petition from the tenants\' association said: the whole association', body: 'A petition from the tenants\' association said: “We have waited two winters.”', speaker: 'the tenants\' association', cue: 'said' },
  { label: '“…,” a petition from the tenants’ association said (curly mark)', body: '“We have waited two winters,” a petition from the tenants’ association said.', speaker: 'the tenants’ association', cue: 'said' },
  { label: 'The growers\' union said: “…”', body: 'The growers\' union said: “Prices at the gate are too low.”', speaker: 'The growers\' union', cue: 'said' },
];

speakerRowTests('role ranks and text addressees', 'Harbour Notes', ROWS, 'last');
