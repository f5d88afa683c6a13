/**
 * A team named by one ordinary word at a sentence start (pure, token indices): "Kestrel have lost three
 * matches", "Harrier beat Ostmoor 2-0", "Osprey manager Ben Tull said". An ordinary word opening a sentence is
 * dropped as no name unless the article also writes it mid-sentence; a team's article often names the side only
 * there. British usage gives a team a plural verb ("have", "are", "were") though the word is singular; a result
 * verb before another capitalised name, or a team's staff noun after it, are its acts too. Only in an article
 * about sport (a score such as "2-1", or "league", "match", "season" …), and never for nouns that take a plural
 * verb of their own ("People have", "Staff were", "Police are") or name a group in general ("Team", "Club").
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { scoreAt } from './score-at';
import { lowerToken } from './token-fold';

/** Plural verbs after a singular word: the side as a collective ("Kestrel have", "Kestrel are"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);
/** Result verbs that take the other side as object: "Harrier beat Ostmoor". */
const RESULT_VERBS: ReadonlySet<string> = new Set(['beat', 'defeated', 'thrashed', 'edged', 'routed', 'drew']);
/** A result's plural verb in a headline's present tense, the side as a collective: "Kestrel slip to third",
 *  "Harrier climb into the top four". A singular common noun takes "slips", so the bare form marks a side. Not
 *  verbs that are also nouns a headline compounds ("Relegation battle", "Home win", "Cup draw"). */
const HEADLINE_PLURAL_VERBS: ReadonlySet<string> = new Set(`slip climb go sink cruise lose seal stun survive snatch grab
  thrash`.split(/\s+/));
/** Verbs of a result a score follows: "Kestrel lost 2-1", "Harrier won 3-0 at home". */
const SCORED_VERBS: ReadonlySet<string> = new Set(['lost', 'won', 'drew', 'beat', 'trail', 'trailed', 'led', 'lead']);
/** A side's staff after its name: "Osprey manager Ben Tull". */
const TEAM_STAFF: ReadonlySet<string> = new Set(['manager', 'coach', 'boss', 'captain', 'striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'skipper']);
/** Words with a plural verb of their own, or a group in general. */
const NOT_TEAMS: ReadonlySet<string> = new Set(`people children men women staff police crew team squad side club management
  government media public youth family board council cattle sheep fish data personnel clergy audience crowd majority
  rest committee parliament congress opposition leadership`.split(/\s+/));
/** Words of an article about sport. */
const SPORT_WORDS: ReadonlySet<string> = new Set(['league', 'match', 'matches', 'season', 'fixture', 'fixtures', 'goal', 'goals', 'cup', 'derby', 'relegation', 'promotion', 'striker', 'midfielder', 'goalkeeper']);

const sporty = new WeakMap<readonly Token[], boolean>();

/** Whether the document of `tokens` is about sport: a score or a word of sport (worked out once per document). */
function aboutSport(tokens: readonly Token[]): boolean {
  let v = sporty.get(tokens);
  if (v === undefined) {
    v = false;
    for (let k = 0; k < tokens.length && !v; k++) {
      const t = tokens[k];
      if (t.kind === 'number') v = scoreAt(tokens, k, t.sentence) > 0;
      else if (t.kind === 'word' && t.text.length >= 3) v = SPORT_WORDS.has(t.text);
    }
    sporty.set(tokens, v);
  }
  return v;
}

/** `k` is an ordinary singular word (lower-case `l`) opening its sentence: does it name a team here? */
export function teamAtSentenceStart(tokens: readonly Token[], k: number, l: string): boolean {
  if (l.charCodeAt(l.length - 1) === 115 /* s */ || NOT_TEAMS.has(l)) return false;
  const n = tokenAt(tokens, k + 1);
  if (n === undefined || n.sentence !== tokens[k].sentence || n.kind !== 'word') return false;
  const v = lowerToken(n); // a title-case headline capitalises the verb ("Kestrel Slip To Third")
  let act = PLURAL_VERBS.has(v) || TEAM_STAFF.has(v) || HEADLINE_PLURAL_VERBS.has(v);
  if (!act && SCORED_VERBS.has(v)) act = scoreAt(tokens, k + 2, n.sentence) > 0;
  if (!act && RESULT_VERBS.has(v)) {
    const o = tokenAt(tokens, k + 2);
    act = o !== undefined && o.sentence === n.sentence && o.kind === 'word' && /^\p{Lu}/u.test(o.text);
  }
  return act && aboutSport(tokens);
}
