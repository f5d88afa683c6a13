// Small counts that describe rather than report: what a speaker tells of their own life or work
// in the first or second person outside quotation marks ("she sold me two books", "I wrote four
// stories", "you face one of two choices"), a thing picked out as one of a few ("the plant is
// one of two that make the van", "any two cities"), and a few things that only say where or with what
// ("crossed at three points", "carried in two trucks"), and a few things a picture's caption shows
// ("Three of the finalists on stage. Image: Lena Varga."). Pure: text and claims in, a yes/no out.
import type { Claim } from '../types';
import { countedClass, isHumanClass } from '../model/measures';
import { endsWithPictureCredit } from './entity-captions';

/**
 * First- and second-person words ("I", "me", "my", "we", "us", "our", "you", "your"). Lower-case
 * "us" only: "US" is a country. "I" only as a capital letter standing alone or before an
 * apostrophe ("I've"); a letter or digit on either side makes it part of a name or number.
 */
const PERSONAL = /(?<![\p{L}\p{N}.-])(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)(?![\p{L}\p{N}-])/u;

/**
 * "one of two plants", "one of three choices", "any two cities": the figure says which set a thing
 * belongs to, it counts nothing that happened.
 */
const PICKED_OUT_BEFORE = /(?:\bone of|\bany)\s+$/i;

/** "3 times larger than us": a multiplier compares, it is a figure whoever speaks. */
const TIMES_AFTER = /^\s*times\b/i;

/** A small exact count with no measure (nothing happened to what it counts: no deaths, arrests, sales). */
function smallPlainCount(c: Claim, measureNames: ReadonlySet<string>): boolean {
  const q = c.quantity;
  return q.unit === 'count' && !q.approx && q.high <= 10 && !measureNames.has(c.measure);
}

/**
 * Is the claim a small count in a sentence told in the first or second person (an interview, a
 * memoir) or one that picks a thing out of a few? `sentence` is the claim's sentence text.
 * Real figures keep their claim: a measure ("two of our reporters were arrested"), a larger or
 * approximate number ("we have over 50 staff", "about six of us").
 */
export function describingSmallCount(text: string, sentence: string, c: Claim, measureNames: ReadonlySet<string>): boolean {
  if (!smallPlainCount(c, measureNames) || TIMES_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 8))) return false;
  if (PICKED_OUT_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 12), c.quantity.start))) return true;
  return PERSONAL.test(sentence);
}

/**
 * A small plain count in a picture's caption (a paragraph that ends in "Image: …", "Photo: …") tells
 * what the picture shows ("Three of the finalists on stage", "Two pilots before take-off"), it reports
 * no figure. A measure keeps the claim ("the plant where two workers died").
 */
export function captionSmallCount(text: string, paragraphStart: number, paragraphEnd: number, c: Claim, measureNames: ReadonlySet<string>): boolean {
  return smallPlainCount(c, measureNames) && endsWithPictureCredit(text.slice(Math.max(paragraphStart, paragraphEnd - 120), paragraphEnd));
}

/** Right after the figure: up to three words (a maker's name and model among them), then a lower-case plural noun ("three machine guns", "four Talvo T90 engines"). */
const PLURAL_NOUN_AFTER = /^\s+(?:[\p{L}\p{N}-]+\s+){0,3}\p{Ll}+s\b/u;
/** The same, then a relative clause that tells what happened to them ("in nine ports whose cargo fell"). */
const RELATIVE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s,?\s+(?:who|whose|whom|which|that|where)\b/u;
/** A counted noun that names people by what they do or are ("firefighters", "journalists", "civilians", "women", "guards"). */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|man|men|people|ren|guard)$/;
/** People nouns of other shapes ("four marine commandos", "two hostages"). */
const PERSON_WORDS = new Set(['commando', 'marine', 'hostage', 'victim', 'pilgrim', 'refugee', 'nurse', 'judge', 'pirate', 'suspect', 'crew', 'staff', 'police', 'couple', 'family']);
/** Counted nouns of events: a count of them says something happened ("killed in three attacks"). */
const EVENT_NOUNS = new Set(['attack', 'strike', 'raid', 'explosion', 'blast', 'incident', 'accident', 'crash', 'collision', 'fire', 'shooting',
  'bombing', 'clash', 'protest', 'demonstration', 'rally', 'march', 'operation', 'quake', 'earthquake', 'aftershock', 'outbreak', 'breach',
  'leak', 'spill', 'violation', 'arrest', 'death', 'case',
  // legal acts against someone: "faces three counts of arson", "named in five lawsuits"
  'count', 'charge', 'lawsuit', 'suit', 'conviction', 'indictment']);
/** Right after the figure: a part of a whole or a multiplier ("in two of them", "at three times the rate"). */
const OF_OR_TIMES_AFTER = /^\s+(?:of|times)\b/;
/** Right before the figure: a preposition of place, means or scope ("in two trucks", "at three points", "with two dogs", "for five nationalities"). */
const PLACE_OR_MEANS_BEFORE = /(?:^|[^\p{L}])(?:in|at|with|for)\s+$/iu;

/**
 * A small exact count of things after a preposition of place, means or scope, that no predicate acts
 * on and that has no time frame: "crossed the river at three points", "the rule applies for five
 * nationalities", "the injured were carried in two trucks". The count says where or with what something
 * happened, not what happened; the gold convention takes such counts as optional at most. Counts of
 * people, events, units, parts of a whole and multipliers keep their claim, and so does a count a
 * predicate acts on ("setting fire to three banks", "seized four towns") or that a relative clause
 * tells more of ("in nine ports whose cargo fell").
 */
export function bareThingCount(text: string, sentenceStart: number, c: Claim, isUnitWord: (w: string) => boolean): boolean {
  const q = c.quantity;
  if (q.unit !== 'count' || q.approx || q.high > 10 || c.measure !== '' || c.timeframe !== null) return false;
  if (isUnitWord(c.counted) || PERSON_NOUN.test(c.counted) || PERSON_WORDS.has(c.counted) || isHumanClass(countedClass(c.counted)) || EVENT_NOUNS.has(c.counted)) return false;
  const after = text.slice(q.end, q.end + 60);
  if (!PLURAL_NOUN_AFTER.test(after) || OF_OR_TIMES_AFTER.test(after) || RELATIVE_AFTER.test(after)) return false;
  return PLACE_OR_MEANS_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 8), q.start));
}
