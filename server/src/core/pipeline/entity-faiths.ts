/**
 * Words for a faith's followers or its adjective ("Jews", "a Muslim", "Hindu law", "the Baptists") name a group
 * of people, not an organisation or a person: typed NORP like a nationality (pure, token indices). The faith's
 * bodies keep their longer names ("the Catholic Church"). A word that is also a given name ("Christian") is the
 * group's only after "a"/"an" or before a lower-case noun ("a Christian", "Christian values"): "Christian said"
 * is a person.
 */
import type { Token } from '../types';
import { lexicon } from '../model/lexicon';
import { tokenAt } from './token-at';

const FAITH_WORDS: ReadonlySet<string> = new Set(`christian christians jew jews jewish muslim muslims moslem moslems
  hindu hindus buddhist buddhists sikh sikhs catholic catholics protestant protestants baptist baptists methodist
  methodists lutheran lutherans anglican anglicans mormon mormons presbyterian presbyterians quaker quakers shiite
  shiites sunni sunnis atheist atheists agnostic agnostics evangelicals pentecostal pentecostals`.split(/\s+/));

/** FAITH_WORDS that are given names as well, whether or not the lexicon lists them. */
const GIVEN_TOO: ReadonlySet<string> = new Set(['christian']);

/** The one-word chunk at token `i`, folded to `lower`, names a faith's followers here. */
export function faithWord(tokens: readonly Token[], i: number, lower: string): boolean {
  if (!FAITH_WORDS.has(lower)) return false;
  if (!GIVEN_TOO.has(lower) && !lexicon.firstNames.has(lower)) return true;
  return faithByNeighbours(tokens, i);
}

/** `lower` names a faith's followers whatever its neighbours ("Jews", "Muslim"): not a given name too. */
export function faithWordAlone(lower: string): boolean {
  return FAITH_WORDS.has(lower) && !GIVEN_TOO.has(lower) && !lexicon.firstNames.has(lower);
}

/** `lower` is a faith's word that is a given name too ("Christian"): its neighbours decide, per mention. */
export function faithWordOrName(lower: string): boolean {
  return FAITH_WORDS.has(lower) && (GIVEN_TOO.has(lower) || lexicon.firstNames.has(lower));
}

/** The faith's word at token `i` that is a given name too is the group's here: "a Christian", "Christian values". */
export function faithByNeighbours(tokens: readonly Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1), n = tokenAt(tokens, i + 1);
  if (p && p.sentence === tokens[i].sentence && (p.text === 'a' || p.text === 'an')) return true;
  return !!n && n.sentence === tokens[i].sentence && n.kind === 'word' && /^\p{Ll}+$/u.test(n.text) && !SPEECH_AND_ACTS.test(n.text);
}

/** Verbs after a given name: "Christian said", "Christian was" — the person, not the faith. */
const SPEECH_AND_ACTS = /^(?:said|says|told|tells|asked|added|was|is|had|has|will|would|did|does|and|or|who|wrote|went|came|got|made)$/;

/** `lower` is a plural for a faith's followers ("jews", "christians"): before "of" and a name, that is a place
 *  ("the Jews of Pellam", "the Christians of Orvik"). */
export function faithFollowers(lower: string): boolean {
  return lower.endsWith('s') && FAITH_WORDS.has(lower) && FAITH_WORDS.has(lower.slice(0, -1));
}
