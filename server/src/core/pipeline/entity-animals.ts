/**
 * An animal's name ("the gorilla Koko", "a tiger named Raja", "the zoo's elephant, Tembo,", "Koko the gorilla",
 * "a bull elephant known as Big Hollis") is no person, body or place: the contract has no type for it, and the
 * model read it as a person (or a firm). The name right after a noun for an animal (with "named", "called",
 * "known as" or an apposition's comma between), or before "the" and such a noun, is dropped, and so is the same
 * name later in the document ("Koko was 46"). A noun for an animal that heads a compound for a person ("the
 * horse trainer Ada Moss", "Ada Moss the dog walker") names no animal, nor does the same word as a verb ("will
 * continue to dog Sabri"). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { dropNamedThings } from './entity-vessels';

/** Lower-case nouns for an animal written next to its name. */
const ANIMAL_NOUNS: ReadonlySet<string> = new Set(`gorilla chimpanzee chimp orangutan bonobo silverback baboon monkey lemur
  elephant tiger tigress lion lioness leopard cheetah jaguar lynx giraffe rhino rhinoceros hippo hippopotamus zebra
  panda bear wolf fox otter seal walrus whale orca dolphin porpoise penguin eagle owl falcon hawk parrot flamingo
  tortoise turtle crocodile alligator python koala kangaroo wallaby camel horse pony donkey mule dog puppy cat kitten
  cow bull calf cub foal piglet sheep lamb goat llama alpaca meerkat sloth beaver badger hedgehog deer stag hart
  reindeer moose elk bison buffalo hound terrier labrador spaniel collie retriever mare stallion colt filly`.split(/\s+/));

/** Words between the noun and the name: "a tiger named Raja", "a hawk called Freya". */
const NAMING = new Set(['named', 'called', 'nicknamed', 'dubbed']);

/** What may follow a pet's name at the end of a list: "her dog, Biscuit.", "cats, Pepper and Moss;". */
const LIST_END: ReadonlySet<string> = new Set(['.', ';', ',', 'and', ')']);
/** Before the pets' noun: an owner or a count ("her dog", "their two cats", "the family's dogs"). */
const OWNED_OR_COUNTED = /^(?:his|her|their|my|our|its|two|three|four|five|six|\d+|\p{L}+['’]s?|['’]s?)$/u;

/** Words before a verb's base form: "will continue to dog Sabri", "could hound Ada Moss" (no animal). */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);

/** A noun for an animal, or its plural ("cats", "ponies", "horses"). */
function isAnimalWord(w: string): boolean {
  return ANIMAL_NOUNS.has(w) || w.endsWith('s') && (ANIMAL_NOUNS.has(w.slice(0, -1)) || w.endsWith('ies') && ANIMAL_NOUNS.has(w.slice(0, -3) + 'y'));
}

/**
 * A noun for an animal at `k` in the sentence of `i` (not the same word as a verb after "to" or a modal); its plural
 * too when `plural` ("two cats, Pepper and Moss"; not "how many elephants Hannibal had").
 */
function animalNoun(tokens: readonly Token[], k: number, i: number, plural = false): boolean {
  const t = k >= 0 ? tokens[k] : undefined;
  if (t === undefined || t.sentence !== tokens[i].sentence || !(plural ? isAnimalWord(t.text) : ANIMAL_NOUNS.has(t.text))) return false;
  const before = k > 0 ? tokens[k - 1] : undefined;
  return before === undefined || before.sentence !== t.sentence || !BEFORE_VERB.has(before.text);
}

/**
 * Where the animal's name starts in `c` (its start), or -1. `surnames`: the last words of the document's longer
 * person names; a pet in a list is not one of them ("Jenna Marbles … their four dogs, Marbles, Kermit and Peach"
 * would take the owner's name out of the whole document).
 */
function animalAt(tokens: readonly Token[], c: Candidate, surnames: () => ReadonlySet<string>): number {
  const f = c.first;
  let k = f - 1;
  const bridge = tokens[k]?.text;
  if (bridge === 'as' && tokens[k - 1]?.text === 'known') k -= 2;
  else if (bridge !== undefined && NAMING.has(bridge)) k--;
  else if (bridge === ',' && tokens[c.last + 1]?.text === ',') k--; // "the zoo's elephant, Tembo, is ill"
  else if (bridge === ',' || bridge === 'and') {
    // A household's pets: "her dog, Biscuit.", "two cats, Pepper and Moss": the names of a list after an owner's
    // or a count's noun, back over earlier one-word names of the list.
    for (let n = 0; n < 4 && (tokens[k]?.text === 'and' || tokens[k]?.text === ',') && tokens[k - 2]?.text !== undefined && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text) && (tokens[k - 2].text === ',' || tokens[k - 2].text === 'and'); n++) k -= 2;
    if (tokens[k]?.text !== ',' || !LIST_END.has(tokens[c.last + 1]?.text ?? '.') || !OWNED_OR_COUNTED.test(tokens[k - 2]?.text ?? '')) return -1;
    return c.first === c.last && animalNoun(tokens, k - 1, f, true) && !surnames().has(tokens[f].text) ? f : -1;
  }
  if (animalNoun(tokens, k, f)) return f;
  // "Koko the gorilla died": not "Ada Moss the dog walker" (a noun after the animal's makes a compound)
  const after = tokens[c.last + 2];
  if (tokens[c.last + 1]?.text !== 'the' || !animalNoun(tokens, c.last + 2, f)) return -1;
  const next = tokens[c.last + 3];
  return next !== undefined && next.sentence === after.sentence && /^\p{Ll}+(?:er|ers|or|ors|ist|ists)$/u.test(next.text) ? -1 : f;
}

export function dropAnimals(tokens: readonly Token[], cands: Candidate[]): void {
  let surnames: Set<string> | undefined;
  const known = () => surnames ??= personSurnames(tokens, cands);
  dropNamedThings(tokens, cands, (toks, c) => animalAt(toks, c, known));
}

/** The last words of the candidates' person names of two words or more. */
function personSurnames(tokens: readonly Token[], cands: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) out.add(tokens[c.last].text);
  return out;
}
