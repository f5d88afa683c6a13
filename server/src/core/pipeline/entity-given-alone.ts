/**
 * A given name written alone for a person the article named in full (pure): news about a child, a
 * victim or a missing person calls them by their first name after naming them ("Mira Tolland, 15,
 * was last seen on Friday. … Mira has never gone missing before"). The lone word found no surname,
 * acronym or short name to join, so it stood as an entity of its own, and a given name that is also
 * an ordinary word ("Lily", "Rose") was typed as an organisation.
 *
 * It joins the one person of the document whose full name opens with the word, named before it;
 * never when two people share the given name, nor when the word is a place's name. A "person" whose
 * first word is an ordinary word or a known firm, or whose last word is a place or (after no known given
 * name) an ordinary word, may be a mistyped phrase or firm ("Harbour Curve", "Telvo Ostland"): its first
 * word joins it only where the lone word was read as a person already.
 */
import type { EntityType } from '../types';
import { fold } from '../text/normalize';
import { isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** Folded given name → the one person entity whose full name opens with it (-1 when several do). */
export function givenNameOwners(entities: readonly { name: string; type: EntityType }[]): Map<string, number> {
  const owners = new Map<string, number>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type !== 'PERSON') continue;
    const sp = e.name.indexOf(' ');
    if (sp < 2) continue; // one word, or an initial ("J Tolland")
    const given = e.name.slice(0, sp);
    if (given.endsWith('.') || !lowerAfterFirst(given)) continue; // "J.", "DJ"
    const f = foldWord(given);
    owners.set(f, owners.has(f) ? -1 : k);
  }
  return owners;
}

/**
 * Is every character of `w` after the first its own lower case (`w === w[0] + w.slice(1).toLowerCase()`)? Read
 * character by character for ASCII, the common case: no lower-cased copy (s38 counts per 1,000 docs of the bench
 * corpus: ~2,900 of givenNameOwners' ~5,800 toLowerCase calls were this test).
 */
function lowerAfterFirst(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return w === w[0] + w.slice(1).toLowerCase();
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

/** A word's fold; a plain ASCII word by its lower case, kept out of `fold`'s memo (a novel name seldom recurs). */
const foldWord = (w: string): string => (/^[A-Za-z]+$/.test(w) ? w.toLowerCase() : fold(w));

/** Is a full name of given word `given` and last word `last` (folded) surely a person's? */
function surePerson(given: string, last: string): boolean {
  const known = isKnownGivenName(given);
  if (!known && (isCommonWord(given) || lexicon.organizations.has(given))) return false;
  return !isPlaceName(last) && (known || !isCommonWord(last));
}

/** The person a lone one-word name `f` (folded) of `type` at offset `at` calls by their given name, if one. */
export function givenNameOwner(owners: ReadonlyMap<string, number>, entities: readonly { name: string }[], f: string, type: EntityType | null,
  at: number, firstStart: readonly number[]): number | undefined {
  const k = owners.get(f);
  if (k === undefined || k < 0 || at < firstStart[k] || isPlaceName(f)) return undefined;
  const name = entities[k].name;
  return type === 'PERSON' || surePerson(f, foldWord(name.slice(name.lastIndexOf(' ') + 1))) ? k : undefined;
}
