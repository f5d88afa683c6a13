/**
 * A full name after what a player does on the pitch and "from" ("two goals from Ilse Marrow", "a corner from
 * Dario Fenn", "a header from …") is that player: a side scores goals too, but a side is not written with a
 * given name and a surname. So only a name of two or more words not ending as a side does ("City", "Rovers"), typed ORG or LOC by the model (a club's or a
 * town's name read off its second word), becomes a PERSON; a one-word name stays what it was. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { CLUB_TAILS } from './entity-teams';

/** A side's last word besides the club tails ("goals from Dunmore City"). */
const SIDE_TAILS: ReadonlySet<string> = new Set(['city', 'town', 'county', 'vale', 'fc', 'afc']);

/** What a player gives or scores, before "from" and the player's name. */
export const PLAY_NOUNS: ReadonlySet<string> = new Set(['goal', 'goals', 'corner', 'corners', 'header', 'headers', 'cross', 'crosses',
  'penalty', 'penalties', 'strike', 'strikes', 'assist', 'assists', 'volley', 'equaliser', 'equalizer', 'winner', 'brace', 'hat-trick', 'free-kick']);

export function playersAfterPlay(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.first === c.last || (c.type !== 'ORG' && c.type !== 'LOC')) continue;
    const from = tokenAt(tokens, c.first - 1);
    if (from === undefined || from.text !== 'from') continue;
    let k = c.first - 2;
    const kick = tokenAt(tokens, k); // "a free kick from"
    if (kick !== undefined && kick.text === 'kick') k--;
    const play = tokenAt(tokens, k);
    if (play === undefined || play.sentence !== from.sentence || !(PLAY_NOUNS.has(play.text) || (kick !== undefined && kick.text === 'kick' && play.text === 'free'))) continue;
    const tail = tokens[c.last].text.toLowerCase();
    if (CLUB_TAILS.has(tail) || SIDE_TAILS.has(tail) || !allWordsNamed(tokens, c)) continue;
    c.type = 'PERSON';
    c.info = undefined;
  }
}

/** Every token of the name is a capitalised word (no "of", "&", digits: "Bank of Kell" is no player). */
function allWordsNamed(tokens: readonly Token[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k].text;
    const ch = t.charCodeAt(0);
    if (!(ch >= 65 && ch <= 90) || t.length < 2 || t.toUpperCase() === t) return false;
  }
  return true;
}
