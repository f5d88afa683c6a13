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
