// Figures of the arts and games pages. A critic's rating in stars ("Four stars", "gave it three stars out of
// five") is the review's verdict, no figure to check; a count of ratings left by others stays a claim ("12,000
// five-star ratings"). A count of plays, views or downloads told as "N times" after the verb ("streamed more
// than 60 million times", "viewed 4 million times") measures an audience and is a claim, where a plain "N
// times" says how often ("has played Orrel three times"). Pure: offsets only.
import type { Quantity } from '../types';

/** After the figure: "stars", perhaps "out of" a scale ("three stars out of five"). */
const STARS_AFTER = /^[\s\-‐]*stars?\b(?!\s*[\-‐])/i;

/** Is `q` a critic's rating in stars (one to five)? */
export function starRating(text: string, q: Quantity): boolean {
  return q.unit === 'count' && q.low >= 0 && q.high <= 5 && STARS_AFTER.test(text.slice(q.end, q.end + 12));
}

/** Right before the figure: a verb of playing a recording or a video, perhaps a bound ("streamed more than", "viewed nearly"). */
const PLAY_VERB_BEFORE = /\b(?:streamed|viewed|watched|downloaded|played|listened\sto)\s(?:(?:more|fewer)\sthan\s|over\s|nearly\s|almost\s|about\s|around\s|some\s)?$/i;

/** Is `q` ("60 million", followed by "times") a count of plays, views or downloads? Only a large figure: "played Orrel three times" is how often. */
export function playCount(text: string, q: Quantity, sentenceStart: number): boolean {
  return q.unit === 'count' && q.low >= 1000 && PLAY_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 40), q.start));
}
