// Fans, players and audiences as unnamed speakers (model/speaker-words.ts SPEAKER_NOUNS): "“…,” one player wrote", "one fan
// said", as "one resident said" already was ("a gamer wrote" and a phrase before the cue spoke already). Fictional sentences.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const ROWS: SpeakerRow[] = [
  { label: '"one player wrote" after the quote', body: 'The forum filled with complaints. “This is a betrayal,” one player wrote.', speaker: 'one player', cue: 'wrote' },
  { label: '"one fan said" after the quote', body: '“We were robbed in the second half,” one fan said outside Tarnby Arena.', speaker: 'one fan', cue: 'said' },
  { label: '"one listener posted" after the quote', body: '“I cried at the last song,” one listener posted.', speaker: 'one listener', cue: 'posted' },
  { label: 'guard: a supporter before the cue spoke already', body: 'One supporter told the Herald: “We will be back next year.”', speaker: 'One supporter', cue: 'told' },
  { label: 'guard: a named player still speaks by name', body: '“We just had to stay calm,” Ilse Moravec said.', speaker: 'Ilse Moravec', cue: 'said' },
];

speakerRowTests('fans and players', 'Derby Day Reaction', ROWS, 'only');
