/**
 * Whether a bracketed acronym spells the name right before it ("the Velmar Transit Board (VTB)"):
 * its first letter opens the name's first word (a leading "the" may be passed over), and its other
 * letters follow in order inside the name's later text, so skipped function words ("Bank of Orla
 * (BO)") and letters taken from inside a word ("Extensible Markup Language (XML)") still fit. An
 * acronym whose letters the name does not hold ("the Velmar Board (VTX)", "a mission in Kosovo
 * (UNMIK)") abbreviates something else and is typed on its own. Pure.
 */
export function acronymFitsName(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  let text = name.toLowerCase();
  if (text[0] !== letters[0] && text.startsWith('the ')) text = text.slice(4);
  if (text[0] !== letters[0]) return false;
  let at = 1;
  for (let i = 1; i < letters.length; i++) {
    at = text.indexOf(letters[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Words an acronym passes over: "Bank of Orla (BO)". */
const SKIPPED = new Set(['of', 'and', 'the', 'for', '&', 'de', 'on']);

/**
 * Whether a bracketed acronym spells the last words of the name before it, one initial a word, when the
 * name opens with more words than the acronym covers: a town or a qualifier before a region's or a
 * body's own name ("the Velmar Northern Corvane Territory (NCT)", "Ostwick Kelso River Valley (KRV)").
 * Stricter than `acronymFitsName` (whole initials only, at least two letters), as a letter-by-letter
 * match anywhere in a long name's tail would fit almost any short acronym. Pure.
 */
export function acronymFitsTail(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const words = name.toLowerCase().split(' ').filter((w) => w.length > 0 && !SKIPPED.has(w));
  if (words.length <= letters.length) return false;
  const tail = words.slice(words.length - letters.length);
  for (let i = 0; i < letters.length; i++) if (tail[i][0] !== letters[i]) return false;
  return true;
}

/**
 * Where a name's own tail after its last lower-case "of" starts, when a bracketed acronym spells that tail
 * but not the whole name: "the Boston Harriers of Major Netball Federation (MNF)" is a team of a league, two
 * names, and the acronym is the league's. Words before the "of" must be at least two ("Bank of Corvane
 * Savings (CS)" stays one name). `words` are the name's tokens' texts in order; -1 when no such tail.
 */
export function acronymTailAfterOf(acronym: string, words: readonly string[]): number {
  const of = words.lastIndexOf('of');
  if (of < 2 || of >= words.length - 1) return -1;
  let start = of + 1;
  if (words[start] === 'the') start++;
  if (start >= words.length || acronymFitsName(acronym, words.join(' '))) return -1;
  return acronymFitsName(acronym, words.slice(start).join(' ')) ? start : -1;
}
