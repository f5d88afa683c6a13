/**
 * A business named by its owner's possessive with no noun after it ("lunch at Tarrin's on Friday", "bought it
 * from Oswell's.") is that business, an organisation, with its "'s": the name alone was taken for the place
 * "at" or "from" points to, and the shop's "'s" was cut. Only after "at"/"from", only when what follows the
 * "'s" is punctuation or a word that cannot be the possessed noun (a preposition, a time word), and never for
 * a name already typed as a person ("at Ada Moss's" is her home as often as a shop). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPossessiveS, tokenAt } from './token-at';

/** Lower-case words after the "'s" that show no noun is possessed ("at Tarrin's every week", "from Oswell's on Main Street"). */
const AFTER_SHOP = new Set(['on', 'in', 'at', 'for', 'every', 'each', 'last', 'this', 'next', 'and', 'or', 'with', 'where', 'since',
  'until', 'before', 'after', 'during', 'when', 'near', 'yesterday', 'today', 'tonight', 'instead', 'again', 'twice', 'once']);

/** The kinds of shop or venue a possessive name may own ("at Tarrin's new bakery": the bakery is the business). */
const SHOP_NOUNS = new Set(['cafe', 'café', 'bakery', 'restaurant', 'diner', 'bistro', 'deli', 'bar', 'pub', 'shop', 'store', 'salon',
  'boutique', 'pizzeria', 'brasserie', 'tavern', 'eatery', 'teashop', 'butchers', 'grocery']);

/** A shop noun at `k`, or after one or two lower-case words there ("new", "old corner"), in the same sentence. */
function shopNounAfter(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  for (let j = k; j < k + 3; j++) {
    const t = tokenAt(tokens, j);
    if (t === undefined || t.sentence !== s || t.kind === 'punct') return false;
    if (SHOP_NOUNS.has(t.text)) return true;
    const ch = t.text.charCodeAt(0);
    if (!(ch >= 97 && ch <= 122)) return false;
  }
  return false;
}

/** A saint's title opening a name ("St Brigid", "Saint Anne"). */
const SAINT = new Set(['St', 'Saint', 'St.']);

/**
 * A church or a school named by its saint ("pupils at St Brigid's sang", "went to St Anne's"): after "at", "from"
 * or "to", or listed after another one (`listed`: "to St Jude's and St Anne's"), the "'s" belongs to the name whatever lower-case word follows (a capitalised one goes on to a longer
 * name or a feast: "St Brigid's Day"), and the model's person is the place of worship or learning.
 */
function saintsPlace(tokens: readonly Token[], c: Candidate, before: Token, after: Token | undefined, sentence: number, listed: boolean): boolean {
  if (c.last === c.first || !SAINT.has(tokens[c.first].text) || (before.text !== 'at' && before.text !== 'from' && before.text !== 'to' && !listed)) return false;
  return after === undefined || after.sentence !== sentence || after.kind === 'punct' || !/^\p{Lu}/u.test(after.text);
}

/** Words that list one saint's place after another ("to St Jude's and St Anne's", "at St Jude's, St Mark's or …"). */
const LIST_JOINS = new Set(['and', 'or', ',']);

export function possessiveShops(tokens: readonly Token[], cands: Candidate[]): void {
  let saintEnd = -1; // the "'s" ending the last saint's place taken
  for (const c of cands) {
    const s = tokenAt(tokens, c.last + 1);
    if (!isPossessiveS(s) || c.type === null || s!.start !== tokens[c.last].end) continue;
    const before = tokenAt(tokens, c.first - 1);
    if (before === undefined || before.sentence !== s!.sentence) continue;
    const after = tokenAt(tokens, c.last + 2);
    const listed = saintEnd >= 0 && saintEnd === c.first - 2 && LIST_JOINS.has(before.text);
    if (saintsPlace(tokens, c, before, after, s!.sentence, listed)) saintEnd = c.last + 1;
    else {
      if (c.type === 'PERSON' || (before.text !== 'at' && before.text !== 'from')) continue;
      if (after !== undefined && after.sentence === s!.sentence && after.kind !== 'punct' && !AFTER_SHOP.has(after.text) && !shopNounAfter(tokens, c.last + 2)) continue;
    }
    c.last++;
    c.type = 'ORG';
    c.info = undefined; // what was known of the name alone is not the shop's
  }
}
