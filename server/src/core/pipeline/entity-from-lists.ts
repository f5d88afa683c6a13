/**
 * One-word names listed after "from" or "in" share the place's reading (pure, token indices): in "visitors came from Kestan and
 * Ombria", "offices in Kestan and Ombria" or "from Kestan, Ombria and Delna", where the model took one name for a place and another for a person or a
 * body, they are all places, as a list after "from" or "in" names things of one kind. Only when every name of the list is one
 * word and none is a known given name ("a letter from Vell and Mira" stays with people); retypeAsPlaces keeps a
 * surname of a person named in full. After "in" only names typed ORG turn places: a person is "in" a list of
 * interests or of a story's cast as well ("a role in Vell and Orrel"); but a list of three or more names with a
 * place among them ("homes in Tarnby, Orrel and Vell") is of places, its persons too. The name after "and" ends a list.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';
import { isKnownGivenName } from '../model/gender';

/** Whether candidate b follows a with only a comma or "and" between them, in a's sentence. */
function listed(tokens: readonly Token[], a: Candidate, b: Candidate): boolean {
  if (b.first !== a.last + 2) return false;
  const j = tokens[a.last + 1];
  return (j.text === ',' || j.text === 'and') && tokens[b.first].sentence === tokens[a.last].sentence;
}

/** The prepositions a list of places follows. */
const LIST_PREPS: ReadonlySet<string> = new Set(['from', 'in']);

/** Retypes LOC the one-word PERSON or ORG names of a list after "from" or "in" that holds a one-word LOC name. */
export function fromListsAsPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  const places = new Set<number>();
  for (let i = 0; i < cands.length; i++) {
    if (!LIST_PREPS.has(tokenAt(tokens, cands[i].first - 1)?.text ?? '')) continue;
    let e = i;
    // the name after "and" ends the list ("in Tarnby, Orrel and Vell, Ada Rusk said": no fourth name)
    while (e + 1 < cands.length && (e === i || tokens[cands[e].first - 1].text !== 'and') && listed(tokens, cands[e], cands[e + 1])) e++;
    // a list ends in "and" before its last name ("from A and B", "from A, B and C")
    if (e === i || tokens[cands[e].first - 1].text !== 'and') continue;
    let place = false, person = false;
    for (let k = i; k <= e; k++) {
      const c = cands[k];
      if (c.first !== c.last || isKnownGivenName(tokens[c.first].text)) person = true;
      else if (c.type === 'LOC') place = true;
    }
    // after "in" a name typed PERSON keeps its type in a pair ("interest in Vell and Orrel"): only bodies turn places
    // there; a list of three or more beside a place is of places ("homes in Tarnby, Orrel and Vell")
    const keepPersons = tokens[cands[i].first - 1].text === 'in' && e - i < 2;
    if (place && !person) for (let k = i; k <= e; k++) if (!keepPersons || cands[k].type !== 'PERSON') places.add(k);
    i = e;
  }
  if (places.size > 0) retypeAsPlaces(tokens, cands, (_c, i) => places.has(i));
}
