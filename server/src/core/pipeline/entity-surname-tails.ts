/**
 * Spanish and Portuguese names carry two surnames, often with particles ("Maria das Graças Tavares Lima", "Ana Lucía
 * Herrera y Salcedo", "João Carlos dos Santos Moreira"), and news names the person later by both ("Tavares Lima",
 * "Herrera y Salcedo", "Dos Santos Moreira") or by the first alone ("Tavares", "Herrera"): the same person, though
 * the surname keys of a full name (its last word) find neither. Pure.
 * - `tailOwner`: the one person named before in full whose name ends with a later name of two words or more, compared
 *   folded ("Dos Santos Moreira" ends "João Carlos dos Santos Moreira", "Miranda Sarzedo" "Joaquim Miranda Sarzedo").
 * - `firstSurname`: the first surname of a full name of three words or more: the first word after the leading given names
 *   that is no particle and has a capitalised word after it ("Pacheco" of "Máximo Pacheco Matte"; none for "Luis Andrés
 *   Caputelli", whose second word is a given name and whose third is the last). `resolveLocal` keys it apart from the
 *   last words of full names, which come first: "Walker" is Ann Walker's before it is George Walker Bush's.
 */
import type { LocalEntity } from '../types';
import { fold } from '../text/normalize';
import { isCommonWord } from '../model/lexicon';
import { LOC_HEADS, ORG_HEADS } from '../model/words';

/** Particles inside Spanish and Portuguese names, lower case: never a first surname alone. */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'la', 'las', 'los', 'y', 'e', 'i']);
/** A word of a person's name: a capital and lower-case letters, hyphened parts too ("Botín-Sanz"); not "OS", "And". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Is a full name made of names' words and particles only ("Maria das Graças Tavares Lima"; not "Kell of Arden Vale", "Orrel OS X", "And Vos")? */
function nameShaped(name: string): boolean {
  for (const w of name.split(' ')) if (!PARTICLES.has(w) && (!NAME_WORD.test(w) || w === 'And' || w === 'The' || w === 'Of')) return false;
  return true;
}

/** The person of `entities` whose folded name ends with `f` (two words or more) after one word or more; undefined when none or two. */
export function tailOwner(entities: readonly LocalEntity[], f: string): number | undefined {
  let owner: number | undefined;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type !== 'PERSON' || e.name.length <= f.length + 1) continue;
    const fe = fold(e.name);
    // (a full name longer by a word or more: "Miranda Sarzedo" of "Joaquim Miranda Sarzedo")
    if (fe.length <= f.length || fe.charCodeAt(fe.length - f.length - 1) !== 32 || !fe.endsWith(f) || !nameShaped(e.name)) continue;
    if (owner !== undefined) return undefined;
    owner = k;
  }
  return owner;
}


/** The first surname of a full name of three words or more (folded), or null; `given` says whether a word is a known given name. */
export function firstSurname(name: string, given: (word: string) => boolean): string | null {
  const w = name.split(' ');
  if (w.length < 3 || !nameShaped(name)) return null;
  let k = 1;
  while (k < w.length - 1 && (given(fold(w[k])) || PARTICLES.has(w[k]))) k++;
  // (no ordinary word: "Doctor" of "Fifth Doctor Peter Davison"; no hyphen: "All-American"; no name of a body or a building
  // the model took for a person's: "Nixon" of "Richard Nixon White House")
  const end = fold(w[w.length - 1]);
  if (k >= w.length - 1 || w[k].includes('-') || isCommonWord(fold(w[k])) || end === 'house' || ORG_HEADS.has(end) || LOC_HEADS.has(end)) return null;
  // (a surname has a surname or a particle and one after it: "Pacheco Matte", "Ferreira de la Vega")
  return fold(w[k]);
}
