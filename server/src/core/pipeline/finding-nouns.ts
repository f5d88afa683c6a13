/** The nouns of a poll, survey or study, as a regular-expression alternation shared by the poll and study readers. Pure. */
export const POLL_NOUNS = String.raw`polls?|surveys?|study|studies|research`;
