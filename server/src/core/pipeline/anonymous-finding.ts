/**
 * A figure reported by a finding that nobody is named behind: "Estimates suggest 4,000 homes were
 * flooded", "a recent poll found 62% backed the plan", "data show that …". The figure has a source
 * of a kind, but not one a reader could check: it is 'vague', not unsourced. A finding with a named
 * or institutional owner ("a Harlow Institute poll", "police estimates", "a survey by the ministry")
 * or one the article has already named ("the study", "its survey") is not vague.
 * Pure: reads the document text of the claim's sentence.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { INSTITUTIONAL_SOURCES, MONTHS, WEEKDAYS } from '../model/words';
import { lastMatch } from '../text/last-match';

/**
 * When a document of figures came out, after its head: "to be published today", "released on Monday",
 * "issued last week". The day is no owner of the finding (see `unnamed`).
 */
const RELEASED = String.raw`(?:\s+(?:to\s+be\s+|being\s+)?(?:published|released|issued|compiled|unveiled|out)(?:\s+(?:today|yesterday|earlier|(?:this|last)\s+(?:week|month|year|morning)|(?:on|in)\s+\p{L}+))?)`;

/** Up to three modifiers (no conjunction: "although a recent poll" starts at "a"), the finding, when it came out, an optional "of/among/by …" phrase: "a recent survey of 800 farmers", "Estimates", "Data released on Monday". */
const PHRASE = String.raw`(?:(?!(?:and|but|or|while|although|though|as|yet|that|which|who|when|after|because|if)\s)[\p{L}-]+\s+){0,3}(?:estimates?|polls?|surveys?|study|studies|research|reports?|figures|data|projections|calculations|tallies|counts)${RELEASED}?(?:\s+(?:of|among|by|from|for)\s+[^,;:"“”]{1,40}?)?`;
const RELEASED_AT = new RegExp(RELEASED, 'u');

/**
 * The start of a clause, the finding's phrase (group 1), a verb of showing (group 2), an optional "that".
 */
const SHOWING_VERBS = 'suggest|suggests|suggested|show|shows|showed|shown|found|find|finds|indicate|indicates|indicated|put|puts|reveal|reveals|revealed';
const FINDING = new RegExp(String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|while|although|though|as|yet)\s+)(${PHRASE})\s+(${SHOWING_VERBS})\b(?:\s+that\b)?`, 'giu');
const SHOWING = new RegExp(`^(?:${SHOWING_VERBS})$`, 'i');
/** Is `cue` a verb of showing that the finding rules here read ("found", "shows"), not one of saying ("said")? */
export function showingVerb(cue: string): boolean {
  return SHOWING.test(cue);
}
export const WHOLE_PHRASE = new RegExp(`^${PHRASE}$`, 'iu');
/** The finding's phrase pattern (source text), shared by trailing-finding.ts. */
export const FINDING_PHRASE = PHRASE;
/**
 * What every FINDING match holds, in order: a finding's word, then (after white space) a verb of showing,
 * each as a prefix and with FINDING's flags (a superset). Most text before a claim has neither: these two
 * plain searches rule it out before FINDING tries its clause openers and phrases (abis ~0.98).
 */
const FINDING_HEAD = /estimate|poll|survey|stud|research|report|figures|data|projections|calculations|tallies|counts/iu;
const FINDING_VERB = /\s(?:suggest|show|found|find|indicate|put|reveal)/giu;
/** May FINDING match in `s`? False only when it cannot. */
function mayHoldFinding(s: string): boolean {
  const head = FINDING_HEAD.exec(s);
  if (head === null) return false;
  FINDING_VERB.lastIndex = head.index + head[0].length;
  return FINDING_VERB.test(s);
}

/** Words that may open an unnamed finding, capitalised or not: determiners and modifiers of time or kind. */
const OPENERS = new Set('a an one some two three several many most other another new recent latest early earlier preliminary initial unofficial independent separate'.split(' '));
/** Heads of findings that INSTITUTIONAL_SOURCES lists as sources of their own ("a survey said"): here they need an owner. */
const FINDING_HEADS = /^(?:surveys?|study|studies|statistics|estimates?|polls?|research|reports?|figures|data)$/i;

/** How far after the verb of showing the claim may start (its clause: "found that in May some …"). */
const MAX_GAP = 80;

/** Determiners that make a finding one the article has named ("the study", "its survey"). */
const DEFINITE = /^(?:the|this|that|these|those|its|their|his|her|our|such)$/i;

/** Does `phrase` name a finding with no owner a reader could check (no capital word but an opener, no institution, no "the")? */
export function unnamed(phrase: string): boolean {
  if (!WHOLE_PHRASE.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  return words.every((w, k) => {
    const low = w.toLowerCase();
    if (k === 0 && DEFINITE.test(low)) return false;
    if (/^\p{Lu}/u.test(w) && !(k === 0 && (OPENERS.has(low) || FINDING_HEADS.test(w))) && !WEEKDAYS.has(low) && !MONTHS.has(low)) return false;
    return !INSTITUTIONAL_SOURCES.has(low) || FINDING_HEADS.test(w);
  });
}

/**
 * A finding before the claim in its clause, when no attribution covers the claim: its phrase as the source
 * and its verb as the cue (`owned` false), or, when the phrase names an organisation ("A Harlow Institute
 * poll found"), that organisation (`owned` true). Null otherwise.
 */
export function anonymousFinding(text: string, sStart: number, c: Claim, mentions: readonly Mention[] = []): { source: SpeakerRef; cue: string; owned: boolean } | null {
  if (c.start - sStart > 400) return null;
  const before = text.slice(sStart, c.start);
  if (!mayHoldFinding(before)) return null;
  const hit = lastMatch(FINDING, before);
  if (!hit) return null;
  // The claim is what the finding reports: it follows the verb in the same clause.
  const gap = before.slice(hit.index + hit[0].length);
  if (gap.length > MAX_GAP || /[;:"“”]|,\s*(?:but|while|although|though)\b/u.test(gap)) return null;
  const phrase = hit[1];
  const start = sStart + hit.index + hit[0].indexOf(phrase), end = start + phrase.length;
  const cue = hit[2].toLowerCase();
  if (!unnamed(phrase)) {
    const owner = mentions.find((m) => m.type === 'ORG' && m.start >= start && m.end <= end);
    if (owner) return { source: { start: owner.start, end: owner.end, text: owner.text, local: owner.local }, cue, owned: true };
    // "Official figures published on Monday show", "The study released in May found": an institution's
    // finding or one the article has named, as "Official figures show" and "The study found" are.
    const released = RELEASED_AT.exec(phrase);
    const head = released ? phrase.slice(0, released.index) : '';
    return head && head.split(/\s+/).some((w, k) => (k === 0 && DEFINITE.test(w)) || (INSTITUTIONAL_SOURCES.has(w.toLowerCase()) && !FINDING_HEADS.test(w)))
      ? { source: { start, end: start + head.length, text: head, local: null }, cue, owned: true } : null;
  }
  return { source: { start, end, text: phrase, local: null }, cue, owned: false };
}

/**
 * Is an attribution's speaker an unnamed finding ("A recent survey of 800 farmers showed", "Data show")?
 * Not the last word of a name the speaker lost ("the Harlow Geological Survey said": a capitalised word
 * right before it, not one that ends a sentence).
 */
export function unnamedFindingSpeaker(text: string, sp: SpeakerRef): boolean {
  if (sp.local !== null || NAME_BEFORE.test(text.slice(Math.max(0, sp.start - 40), sp.start))) return false;
  // ("after data showed": a conjunction the attribution took in opens the clause, it owns nothing)
  return unnamed(sp.text.replace(CLAUSE_CONJUNCTION, ''));
}
/** A conjunction of time or cause opening a speaker's text: "after data", "when figures". */
const CLAUSE_CONJUNCTION = /^(?:after|before|when|once|since|until|as|because)\s+/i;

/** A capitalised word (or an initialism: "U.S.") right before a speaker, other than a word that ends a sentence or a headline (no blank line between). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’&-]*|(?:\p{Lu}\.){2,})(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/u;
