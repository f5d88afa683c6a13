// A small count whose things the sentence names one by one ("two candidates, Ana Lor and Ben Tu,",
// "five airlines: Orla Air, Vey Air, …", "Orla and Brannock were two of the few towns") announces a
// list, it reports no figure: the count is how many names follow, nothing a fact-checker could
// check apart from the names. Pure: text and a claim in, a yes/no out.
import type { Claim } from '../types';

/** One capitalised name, with lower-case joining words inside it ("Lee Tam of the Harbour Party", "Bank of Orla"). */
const NAME = /^(?:[Tt]he\s)?\p{Lu}[\p{L}\p{N}'’.&-]{0,30}(?:\s(?:(?:of|the|de|del|da|van|von|al)\s){0,2}\p{Lu}[\p{L}\p{N}'’.&-]{0,30}){0,8}/u;
/** Between two names of a list: a comma, a comma and "and", or "and". */
const LIST_JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+)/;
/**
 * After the figure: up to four words of what is counted (an abbreviation among them: "new U.S. routes"), the
 * last a lower-case plural, then a comma, colon, dash, nothing, or a preposition that places the things
 * ("3 new routes to Orla, Vey and Tarn", "two plants in Velmar and Tarvo").
 */
const COUNTED_THEN_LIST = /^\s+(?:[\p{L}.'’-]+\s+){0,3}\p{Ll}[\p{Ll}-]*s(?:\s*[,:]\s*|\s*[-–—]\s*|\s+(?:(?:to|in|at|from|across)\s+)?)(?=\p{Lu})/u;
/** Before the figure: the list, then "were"/"are" and an optional "the"/"among the" ("Orla and Vey were two of …"). */
const VERB_BEFORE = /\s+(?:were|are|became|remain|remained)\s+(?:the\s+|among\s+the\s+)?$/;
/** Where a clause may open inside a sentence, before a list that ends at the verb. */
const CLAUSE_OPEN = /[,;:]\s+(?=\p{Lu})/gu;

/** What a list of names is: how many names, and where it ends in the text it was read from. */
interface NameList { names: number; end: number }
const NO_LIST: NameList = { names: 0, end: 0 };

/**
 * The list of names at the start of `text` (NO_LIST when it is no list that ends in "and" and a
 * name). `whole`: the last name must end the text.
 */
function listAt(text: string, whole: boolean): NameList {
  let at = 0;
  let n = 0;
  let afterAnd = false;
  for (;;) {
    const name = NAME.exec(text.slice(at));
    if (name === null) return NO_LIST;
    n++;
    at += name[0].length;
    if (afterAnd) return whole && at < text.length ? NO_LIST : { names: n, end: at };
    const join = LIST_JOIN.exec(text.slice(at));
    if (join === null) return NO_LIST;
    afterAnd = join[0].includes('and');
    at += join[0].length;
  }
}

/** Up to six words after the list (and the closing comma of an appositive one): the predicate its count is the subject of. */
const PREDICATE_AFTER = /^,?\s+((?:[\p{L}'’-]+\s*){1,6})/u;

/**
 * Is the claim a small exact count (2 to 12, nothing happened to it: no deaths, arrests, sales) of
 * things its sentence names, exactly as many names right after its counted words ("two parties, Orla
 * First and the Vey League,") or right before "were" and it ("Orla and Vey were two of the towns")?
 * A predicate after the names that has a measure keeps the claim ("Two reporters, Ana Lor and Ben
 * Tu, were arrested"): `measureOf` names the measure of words (05-claims), `measureNames` the real ones.
 */
export function countOfNamedList(text: string, sentenceStart: number, c: Claim, measureNames: ReadonlySet<string>, measureOf: (words: string[]) => string): boolean {
  const q = c.quantity;
  if (q.unit !== 'count' || q.approx || q.low !== q.high || q.high < 2 || q.high > 12 || measureNames.has(c.measure)) return false;
  const after = text.slice(q.end, q.end + 240);
  const head = COUNTED_THEN_LIST.exec(after);
  if (head !== null) {
    const list = listAt(after.slice(head[0].length), false);
    if (list.names === q.high) {
      const predicate = PREDICATE_AFTER.exec(after.slice(head[0].length + list.end));
      return predicate === null || !measureNames.has(measureOf(predicate[1].toLowerCase().split(/\s+/)));
    }
  }
  if (q.start - sentenceStart > 240) return false;
  const before = text.slice(sentenceStart, q.start);
  const verb = VERB_BEFORE.exec(before);
  if (verb === null) return false;
  // the list opens the sentence, or a clause after a comma, colon or semicolon
  const list = before.slice(0, verb.index);
  if (listAt(list, true).names === q.high) return true;
  for (const m of list.matchAll(CLAUSE_OPEN)) {
    if (listAt(list.slice(m.index! + m[0].length), true).names === q.high) return true;
  }
  return false;
}
