/**
 * The one who puts a question in the opening clause of a sentence ("Asked by the lawyer, Jonas
 * Pell, whether he had slept, he said …", "When Jonas Pell asked whether he …, he replied"):
 * a "he" or "she" later in that sentence is the one asked, not the asker. Pure token checks, used by
 * speaker-resolve.ts when it walks back over the persons a pronoun may refer to.
 */
import type { SpeakerContext } from './speakers';

/** Participles that open a question put to the sentence's subject ("Asked by …, he said"). */
const ASKED = /^(?:asked|pressed|questioned|quizzed|challenged)$/;
/** Conjunctions that open a clause whose subject asks ("When Pell asked …, he replied"). */
const WHEN = /^(?:when|after|as)$/;

/** How sentence `sentence` opens a question: "Asked by" (1), "When" and a name (2), or neither (0). */
export function askerOpening(ctx: SpeakerContext, sentence: number): 0 | 1 | 2 {
  const first = ctx.sentenceStart[sentence];
  if (first + 1 >= ctx.sentenceStart[sentence + 1]) return 0;
  if (ASKED.test(ctx.lower[first]) && ctx.lower[first + 1] === 'by') return 1;
  return WHEN.test(ctx.lower[first]) && ctx.mentionAt[first + 1] >= 0 ? 2 : 0;
}

/**
 * Is the person of mention `m`, named before the pronoun in its sentence `sentence` (which opens as
 * askerOpening says), the asker: any person after "Asked by", the person right before "asked" after "When"?
 */
export function isAsker(ctx: SpeakerContext, m: number, sentence: number, opening: 0 | 1 | 2): boolean {
  const x = ctx.mentions[m];
  if (opening === 0 || x.start < ctx.tokens[ctx.sentenceStart[sentence]].start) return false;
  if (opening === 1) return true;
  const after = /^\s+(\p{L}+)/u.exec(ctx.text.slice(x.end, x.end + 16));
  return after !== null && ASKED.test(after[1].toLowerCase());
}
