// Numbers an article uses as names: a model, series or flight number ("the Corvan 412 airliner",
// "the 412-300"). Once an article writes the number as part of a name, the same bare number elsewhere
// in it ("the 412 programme", "412 production resumed") names that thing; it counts nothing.
import { lexicon } from '../model/lexicon';
import { countedClass, isHumanClass } from '../model/measures';

/** A capitalised word, one space, then three digits that end there ("Corvan 412", "Flight 318"). (Not after a possessive: "Corvan's 550 jets" may count jets.) */
const NAME_NUMBER = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*[ \u00a0](\d{3})s?(?![\p{L}\p{N}%]|[.,]\d)/gu;
/** What ends right before a word that opens a sentence or a quote (so the word is capitalised anyway: "Some 400 guests"). */
const OPENER_BEFORE = /(?:^|[.!?"“‘(:;—–]|\n)\s*$/;
/** Three digits with a variant after a hyphen: "412-300", "318-8", "412-200LR". */
const VARIANT_NUMBER = /(?<![\p{L}\p{N}$£€.,-])(\d{3})-\d{1,3}[A-Z]{0,3}\b/gu;
/** Three digits written as a plural noun: "18 412s", "the airline's 412s" (round hundreds are left out: "in the 300s"). */
const PLURAL_NUMBER = /(?<![\p{L}\p{N}$£€.,-])(\d\d[1-9]|\d[1-9]0)s\b/gu;
/**
 * Three digits followed by a capitalised word that is a name, not a noun ("the new 412 Skyliner": the
 * maker's name before the number may never be written). The word is no plural ("300 Marines"), no
 * demonym, known or shaped like one ("300 American troops", "150 Varnesian guards"), and no common word
 * (a title-case headline: "Firm Cuts 300 Staff").
 */
const NUMBER_NAME = /(?<![\p{L}\p{N}$£€.,-])(\d{3})[ \u00a0]["“]?(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/gu;

/** A white space of NAME_NUMBER and three digits: where its matches end (a plain pattern, found faster than its start). */
const SPACE_DIGITS = /[ \u00a0]\d{3}/g;
/** NAME_NUMBER tried at one place. */
const NAME_NUMBER_AT = new RegExp(NAME_NUMBER.source, 'uy');

/** The three-digit numbers that `text` writes as part of a name, as a variant or as a plural noun. */
export function designationsIn(text: string): Set<string> {
  const out = new Set<string>();
  if (!nameNumbersByDigits(text, out)) {
    out.clear();
    NAME_NUMBER.lastIndex = 0;
    for (let m = NAME_NUMBER.exec(text); m !== null; m = NAME_NUMBER.exec(text)) addNameNumber(text, m, out);
  }
  VARIANT_NUMBER.lastIndex = 0;
  for (let m = VARIANT_NUMBER.exec(text); m !== null; m = VARIANT_NUMBER.exec(text)) out.add(m[1]);
  PLURAL_NUMBER.lastIndex = 0;
  for (let m = PLURAL_NUMBER.exec(text); m !== null; m = PLURAL_NUMBER.exec(text)) out.add(m[1]);
  NUMBER_NAME.lastIndex = 0;
  for (let m = NUMBER_NAME.exec(text); m !== null; m = NUMBER_NAME.exec(text)) {
    if (namesAfterNumber(m[2], m[0].length > m[1].length + m[2].length + 1) && !PLURAL_NOUN_NEXT.test(text.slice(NUMBER_NAME.lastIndex, NUMBER_NAME.lastIndex + 40))) out.add(m[1]);
  }
  return out;
}

/** Is a capitalised word after three digits a name of its own (see NUMBER_NAME)? A known place or organisation is not: it describes what is counted. An ordinary word is a name only in quotation marks (“Skylark”). */
function namesAfterNumber(word: string, quoted: boolean): boolean {
  const w = word.toLowerCase();
  return !w.endsWith('s') && !DEMONYM_SHAPE.test(w) && (quoted || !lexicon.common.has(w)) && !lexicon.demonyms.has(w)
    && !lexicon.countries.has(w) && !lexicon.cities.has(w) && !lexicon.regions.has(w) && !lexicon.organizations.has(w);
}

/** A lower-case plural right after the name: the name only describes what is counted ("400 Tarvel residents", "200 Korda fighters"). */
const PLURAL_NOUN_NEXT = /^[ \u00a0]\p{Ll}+s\b/u;

/** Endings of nationality adjectives the lexicon may not know ("Varnesian", "Korvese", "Tarnish", "Qarni"). */
export const DEMONYM_SHAPE = /(?:an|ese|ish|i|ic)$/;

function addNameNumber(text: string, m: RegExpExecArray, out: Set<string>): void {
  if (!OPENER_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || nameMidSentence(text, m[0].slice(0, m[0].length - m[1].length - 1))) out.add(m[1]);
}

/**
 * At a sentence's or a headline's start ("Corvan 412 makes first flight") the capital proves nothing
 * ("Some 400 guests"): the word is a name when the article also writes it capitalised after a
 * lower-case word ("… said Corvan"), and it is no ordinary word nor an adverb ("Nearly 400", "Roughly").
 */
function nameMidSentence(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (lexicon.common.has(w) || w.endsWith('ly')) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text.charCodeAt(at + word.length);
    if (at >= 2 && text.charCodeAt(at - 1) === 32 && LOWER_OR_COMMA.test(text[at - 2]) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

const LOWER_OR_COMMA = /[\p{Ll},]/u;

/**
 * The NAME_NUMBER matches found from their space and digits (a scan for a capital letter at every
 * place costs more: most texts hold few such digits). The word before the space is walked back
 * over in ASCII; a non-ASCII character there gives up (false) and the caller scans with the pattern.
 * Matches cannot overlap (each starts at the start of a word and ends in digits), so trying the
 * pattern at each word's start finds what the scan finds.
 */
function nameNumbersByDigits(text: string, out: Set<string>): boolean {
  SPACE_DIGITS.lastIndex = 0;
  for (let d = SPACE_DIGITS.exec(text); d !== null; d = SPACE_DIGITS.exec(text)) {
    let j = d.index;
    while (j > 0 && isAsciiAlnum(text.charCodeAt(j - 1))) j--;
    if (j > 0 && text.charCodeAt(j - 1) > 127) return false;
    const c = text.charCodeAt(j);
    if (j === d.index || c < 65 || c > 90) continue; // (no word, or not an upper-case letter: no match starts there)
    NAME_NUMBER_AT.lastIndex = j;
    const m = NAME_NUMBER_AT.exec(text);
    if (m !== null) addNameNumber(text, m, out);
  }
  return true;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Is a quantity's text a bare three-digit number (the only kind a designation is looked for)? */
export function mayBeDesignation(qText: string): boolean {
  return THREE_DIGITS.test(qText);
}

const THREE_DIGITS = /^[1-9]\d\d$/;

/**
 * May `designationsIn(text)` hold `digits` (three digits)? False only when no place that writes them has
 * the context one of its patterns needs: an "s" or "-" right after, a space and a capital (or a quote)
 * after, or a space before that follows a word opening with a capital (any non-ASCII character counts as
 * possible). Most figures asked have none, and then the whole text's table is not built
 * (per 1,000 cold docs: 213 tables over 615k characters for 24 designations found).
 */
export function mayBeDesignatedIn(text: string, digits: string): boolean {
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    if (designationContext(text, at, at + digits.length)) return true;
  }
  return false;
}

function designationContext(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 115 || next === 45) return true; // "412s", "412-300"
  if (next === 32 || next === 0xa0) {
    let c = text.charCodeAt(end + 1);
    if (c === 34 || c === 0x201c) c = text.charCodeAt(end + 2);
    if (c > 127 || c >= 65 && c <= 90) return true; // "412 Skyliner", "318 “Skylark”"
  }
  const space = text.charCodeAt(start - 1);
  if (space !== 32 && space !== 0xa0) return false;
  let j = start - 1;
  while (j > 0 && isAsciiAlnum(text.charCodeAt(j - 1))) j--;
  const c = text.charCodeAt(j - 1);
  if (j > 0 && c > 127) return true;
  const first = text.charCodeAt(j);
  return j < start - 1 && (first > 127 || first >= 65 && first <= 90); // "Corvan 412"
}

/** Classes of counted things that no model or series number names: people, their homes and jobs, votes, cases, firms and sites. */
const NOT_MODEL_CLASSES = new Set(['home', 'household', 'job', 'user', 'vote', 'case', 'company', 'store', 'plant', 'bank', 'hospital', 'observer']);
/** Plurals with no plural ending. */
const BARE_PLURALS = new Set(['people', 'staff', 'crew', 'police', 'personnel', 'children', 'men', 'women']);
/** The lower-case word right after a figure and one space. */
const WORD_AFTER = /^[ \u00a0](\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}])/u;

/**
 * Does a bare number that the article also uses as a designation still count here? It does when a
 * plural noun of people or of things no model is follows it at once ("318 passengers", "318 homes"):
 * "Flight 318" elsewhere does not make "318 passengers" a name. (`counted` is the claim's counted lemma.)
 */
export function countsDespiteDesignation(text: string, qEnd: number, counted: string): boolean {
  const m = WORD_AFTER.exec(text.slice(qEnd, qEnd + 40));
  if (m === null || !lemmaMatches(m[1], counted)) return false;
  if (BARE_PLURALS.has(m[1])) return true;
  const cls = countedClass(counted);
  return isHumanClass(cls) || NOT_MODEL_CLASSES.has(cls);
}

/** Is `word` the plural whose lemma is `counted` (not the singular: "the 412 programme")? */
function lemmaMatches(word: string, counted: string): boolean {
  if (BARE_PLURALS.has(word)) return true;
  return word !== counted && word.endsWith('s') && word.startsWith(counted.slice(0, Math.max(1, counted.length - 2)));
}
