// A league standing is no statistical claim: "four points behind the leaders", "two points above the
// relegation zone", "three games off the pace" place a side in a table (docs/rules.md: positions are not claims).

/** Things a table counts a gap in (the word right after the figure). */
export const STANDING_UNITS = new Set(['point', 'points', 'goal', 'goals', 'game', 'games', 'place', 'places', 'spot', 'spots', 'win', 'wins']);

/** The gap word and what it is measured from: "behind the leaders", "clear of the drop", "off the pace". */
const STANDING_GAP = /^\s+\p{L}+\s+(?:behind|clear\s+of|above|below|ahead\s+of|off|adrift\s+of|short\s+of|back\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:leaders?|top|bottom|zone|pace|drop|summit|basement|play-?off\s+places|places|spots?)\b/iu;

/** `after` the text right after a count whose next word (`nextWord`, lower case) is in STANDING_UNITS. */
export function leagueStanding(after: string): boolean {
  return STANDING_GAP.test(after);
}
