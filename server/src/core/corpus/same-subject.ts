/**
 * Whether two claims whose figures cannot both be true speak of the same thing, so that a
 * fact-checker may be told that their articles disagree. Sharing a measure ("fell", "died") is not
 * enough: "the Velmar index fell 120 points" and "the Corvane index fell 300 points" are about two
 * indexes, "150 passengers" and "500 people" count different groups. Without evidence of one
 * subject the passages are at most related.
 */
import type { Claim, DocumentAnalysis } from '../types';
import { PERIODIC_MEASURES, countedClass } from '../model/measures';

/**
 * Counted words for people as such, with no group named: "40 people died" and "55 deaths" may
 * count the same dead; "40 civilians" and "55 people" may not (soldiers among them).
 */
const ANYONE = new Set(['', 'other', 'whom', 'them', 'those', 'wounded', 'injured', 'dead', 'killed', 'missing',
  'person', 'people', 'individual', 'body', 'life', 'death', 'casualty', 'fatality', 'victim', 'injury']);

/** Groups of people under other words: one group, so their figures can disagree. */
const PEOPLE_GROUPS: Record<string, string> = {
  worker: 'staff', employee: 'staff', staff: 'staff', staffer: 'staff',
  protester: 'protester', protestor: 'protester', demonstrator: 'protester', marcher: 'protester',
};

/**
 * Two counted nouns that count the same things: the same class ("stores" and "shops"), and among
 * people the same group, or people as such on both sides.
 */
export function sameCountedThing(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = countedClass(a);
  if (ca !== countedClass(b)) return false;
  if (ca !== 'people') return true;
  if (ANYONE.has(a) && ANYONE.has(b)) return true;
  const ga = PEOPLE_GROUPS[a];
  return ga !== undefined && ga === PEOPLE_GROUPS[b];
}

interface Counted { readonly counted: string; readonly quantity: { readonly low: number; readonly high: number } }

/**
 * Whether what two incompatible figures count lets them contradict each other: the same things, or
 * a group of people said to be more than all the people of the other figure ("three protesters
 * died" / "two people were killed"). A group smaller than people at large ("150 passengers" /
 * "500 people") can be part of them.
 */
export function countsCanClash(a: Counted, b: Counted): boolean {
  if (sameCountedThing(a.counted, b.counted)) return true;
  if (countedClass(a.counted) !== 'people' || countedClass(b.counted) !== 'people') return false;
  const [group, anyone] = ANYONE.has(a.counted) ? [b, a] : [a, b];
  return ANYONE.has(anyone.counted) && !ANYONE.has(group.counted) && group.quantity.low > anyone.quantity.high;
}

const RECURRING_COUNTS = new Set(['point', 'job']);

/**
 * Whether what a figure measures happens again and again, so that two figures of it both hold
 * when they come from different periods: the measures of PERIODIC_MEASURES, and moves counted in
 * points (an index "fell 120 points" one day and "fell 300 points" the next; a player scores
 * points every game), and jobs (made and cut again and again, by one employer or another). Such
 * figures only contradict each other within one named time frame.
 */
export function recurs(measure: string, counted: string): boolean {
  return PERIODIC_MEASURES.has(measure) || RECURRING_COUNTS.has(countedClass(counted));
}

/**
 * Two claims about named subjects with none in common: each sentence names an organisation, place
 * or person other than the claim's source, and they share none. A subject named on one side only
 * is no clash ("40 people died" / "55 people died in Tarsova").
 */
export function subjectsClash(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  for (const x of a) if (b.includes(x)) return false;
  return true;
}

/**
 * Whether a local entity named in a claim's sentence is something the claim is about: not its
 * source (who gives a figure says nothing of what it counts), nor a nationality (two sides of one
 * conflict give figures of one event).
 */
export function isClaimSubject(a: DocumentAnalysis, claim: Claim, local: number): boolean {
  return local !== (claim.source?.local ?? null) && a.entities[local]?.type !== 'NORP';
}

/** Shared by every claim whose sentence names no subject. */
export const NO_SUBJECTS: readonly string[] = Object.freeze([]);
