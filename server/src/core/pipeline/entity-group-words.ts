/**
 * Words for an ethnic or community group that no country owns ("Latino voters", "Hispanics", "Native American
 * tribes", "Pacific Islanders"): a group of people, typed NORP like a nationality, never the organisation or the
 * person the model guessed for an unknown capitalised word. Keys are the chunk's folded words joined by spaces.
 */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'latino', 'latinos', 'latina', 'latinas', 'latinx', 'hispanic', 'hispanics', 'chicano', 'chicanos', 'chicana', 'chicanas',
  'indigenous', 'aboriginal', 'aboriginals',
  'native american', 'native americans', 'native hawaiian', 'native hawaiians', 'african american', 'african americans',
  'pacific islander', 'pacific islanders', 'alaska native', 'alaska natives', 'first nations',
]);

/** Whether the chunk key `l` (one or two folded words) names an ethnic or community group. */
export function groupWord(l: string): boolean {
  return GROUP_WORDS.has(l);
}
