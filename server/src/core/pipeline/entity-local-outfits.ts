/**
 * A one-word name before a noun for an artist, a cook or a small outfit says where they are from (pure, token
 * indices): "the Orrel band Midnight Ferry", "the Tarnby band's", "the Velby singer Ada Rusk", "a Velby chef", and a name
 * joined to "-based" before who is based there ("a Tarnby-based chef", "the Orrel-based firm") is a place. A studio, a label or a firm is
 * owned by firms too ("the Velmont studio"): the name before it is a place only when the outfit's own name
 * follows ("the Kestwick studio Pale Harbor Games"), and a firm or a company never (business news names a
 * parent that way). Only names the model typed PERSON or ORG, no known
 * given name ("the Mira singer" is left alone); retypeAsPlaces keeps a surname of a person named in full.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';
import { isKnownGivenName } from '../model/gender';

/** Artists and cooks a place's name stands before ("the Orrel band", "a Velby chef"). */
const LOCAL_ARTISTS: ReadonlySet<string> = new Set(`band bands singer singers rapper rappers songwriter duo trio quartet
  chef chefs baker brewer winemaker`.split(/\s+/));
/**
 * Outfits a firm owns as well: a place before them only when the outfit's name follows. Not "company", "firm" or
 * "developer": business news names a parent that way ("the Velmont company Tarvo").
 */
const NAMED_OUTFITS: ReadonlySet<string> = new Set(['studio', 'studios', 'label', 'brewery', 'bakery', 'restaurant']);
/** Words that lead the noun phrase, so the name modifies the noun ("the Orrel band"). */
const LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'The', 'A', 'An']);

/**
 * Who or what is based in a place ("a Tarnby-based chef", "the Orrel-based firm"); a machine or a product is
 * "based" on a firm's parts ("Velmont-based computers"), so only these nouns follow.
 */
const BASED_NOUNS: ReadonlySet<string> = new Set([...LOCAL_ARTISTS, ...`company companies firm firms group groups charity
  charities startup start-up business businesses retailer lender bank insurer developer developers studio label
  publisher maker manufacturer operator airline carrier brewery restaurant team club artist artists designer
  writer author architect photographer organisation organization nonprofit`.split(/\s+/)]);

/** Whether the one-word name at k stands before "-based" and a noun for who is based there ("Tarnby-based chef"). */
function basedAfter(tokens: readonly Token[], k: number): boolean {
  const h = tokenAt(tokens, k + 1), b = tokenAt(tokens, k + 2), n = tokenAt(tokens, k + 3);
  return h?.text === '-' && b?.text === 'based' && h.start === tokens[k].end && b.start === h.end
    && n !== undefined && n.sentence === b.sentence && BASED_NOUNS.has(n.text);
}

/** Whether the one-word name at k, after "the"/"a", stands before an artist's noun, or an outfit's noun and a capitalised name. */
function outfitAfter(tokens: readonly Token[], k: number): boolean {
  const p = tokenAt(tokens, k - 1), n = tokenAt(tokens, k + 1);
  const s = tokens[k].sentence;
  if (!p || !n || !LEADS.has(p.text) || p.sentence !== s || n.sentence !== s || n.start !== tokens[k].end + 1) return false;
  if (LOCAL_ARTISTS.has(n.text)) return true;
  const m = tokenAt(tokens, k + 2);
  return NAMED_OUTFITS.has(n.text) && m !== undefined && m.sentence === s && m.kind === 'word' && /^\p{Lu}/u.test(m.text);
}

/**
 * Retypes LOC the one-word PERSON or ORG names before "-based" or an artist's or an outfit's noun, by the rule above.
 * (The words after the name first: the given-name lists are asked only where one follows, ~0.2k times per 1,000
 * docs where every one-word name was asked, ~15.8k.)
 */
export function placesBeforeOutfits(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsPlaces(tokens, cands, (c) => !tokens[c.first].text.includes('-') && (basedAfter(tokens, c.first) || outfitAfter(tokens, c.first)) && !isKnownGivenName(tokens[c.first].text));
}
