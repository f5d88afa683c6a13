/**
 * A one-word name used as the modifier of a noun for the members of something names that thing (pure):
 * - before a school's members ("a Corvane professor", "Corvane alumni", "Corvane students", "the Corvane
 *   campus") a school, an institution, not a person or a town. People are not used that way (a person's
 *   students are "Smith's students"), and a town's people are its residents or voters, not its alumni.
 *   Read only for a name the lexicons do not know as a place or organisation (those keep their type: "a
 *   Paris professor", "Texas researchers") and that is no given name;
 * - before a place's people or public bodies ("Ostwick voters", "Brellin police") a town (see TOWN_PEOPLE).
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { DEMONYM_SHAPE } from './designations';

const MEMBER_NOUNS = new Set([
  'professor', 'professors', 'graduate', 'graduates', 'alumni', 'alumnus', 'alumna', 'alumnae', 'student', 'students',
  'undergraduate', 'undergraduates', 'researcher', 'researchers', 'lecturer', 'lecturers', 'faculty', 'dropout',
  'dropouts', 'postdoc', 'postdocs', 'freshman', 'freshmen', 'sophomore', 'sophomores', 'campus',
]);

/** Words that show "graduates" after the name is a plural noun, not a verb ("many Corvane graduates"). */
const NOUN_LEADS = new Set([
  'a', 'an', 'the', 'many', 'some', 'most', 'all', 'few', 'other', 'recent', 'former', 'young', 'fellow', 'of',
  'two', 'three', 'four', 'five', 'several', 'more', 'fewer', 'these', 'those', 'his', 'her', 'their', 'our',
]);

/**
 * `last` is the index of a one-word name; true when the word right after it, in the same sentence, is a
 * member-of-a-school noun. "graduates" is also a verb ("Quell graduates in May"), and a noun before "of"
 * may be a title ("Venn professor of law"), so these count only after a word that leads a noun phrase.
 */
export function schoolMemberAfter(tokens: readonly Token[], last: number): boolean {
  return memberNounAfter(tokens, last, MEMBER_NOUNS);
}

/**
 * Nouns for the people or public bodies of a place ("Ostwick voters", "Dunmore residents", "Brellin police",
 * "Velmar officials"): the name before them is the town, as a school's name is before "alumni". A person's
 * voters or officials are "Ostwick's voters"; a firm's are its staff or executives. Words that a firm or a club
 * has as much as a town ("workers", "fans", "economists", "employees") are left out: they decide nothing.
 */
const TOWN_PEOPLE = new Set([
  'resident', 'residents', 'voter', 'voters', 'villager', 'villagers', 'townspeople', 'townsfolk', 'inhabitants',
  'police', 'firefighters', 'officials', 'authorities', 'councillor', 'councillors', 'councilor', 'councilors',
  'locals', 'homeowners', 'ratepayers', 'taxpayers', 'farmers', 'fishermen',
  // The figures news counts per place ("Ostland cases rose", "Velmar exports fell"): a firm has sales and
  // shares, a person a government or an economy ("the Tolley economy"), not a nation's inflation or infections.
  'cases', 'infections', 'inflation', 'unemployment', 'exports', 'imports',
  // Local news names a person by the town they come from ("a Tarnby man was charged", "Tarnby singer Mira Olsen"):
  // a firm's people are its staff, and a family's children "the Olsen boys", so family words stay out.
  'man', 'woman', 'men', 'women', 'teen', 'teens', 'teenager', 'teenagers', 'mother', 'father', 'mum', 'dad',
  'grandmother', 'grandfather', 'pensioner', 'pensioners', 'farmer', 'fisherman', 'singer', 'musician', 'native',
]);

/** `last` is the index of a one-word name; true when the word right after it is a noun for a place's people (or figures). */
export function townPeopleAfter(tokens: readonly Token[], last: number): boolean {
  return memberNounAfter(tokens, last, TOWN_PEOPLE);
}

/**
 * Nouns for the people of a body ("Unisel members voted", "Corvane staff", "Orrin shareholders"): a person has
 * no members or staff (a person's are "Vell's staff"), and a town's people are its residents: the name before them
 * is an organisation (a union, a firm, a club).
 */
const BODY_PEOPLE = new Set(['members', 'staff', 'staffers', 'employees', 'workers', 'shareholders', 'supporters']);

/**
 * A firm's or an office's experts ("Velmont analysts said", "Treasury economists"): no town's or person's. A nation's
 * are written with its adjective ("Ostrelian economists"), so a name shaped like one is left to the model.
 */
const FIRM_EXPERTS = new Set(['analysts', 'economists', 'strategists', 'executives']);

/** `last` is the index of a one-word name; true when the word right after it is a noun for a body's people. */
export function bodyPeopleAfter(tokens: readonly Token[], last: number): boolean {
  return memberNounAfter(tokens, last, BODY_PEOPLE) || (memberNounAfter(tokens, last, FIRM_EXPERTS) && !DEMONYM_SHAPE.test(tokens[last].text));
}

/** The word right after the one-word name at `last`, in its sentence and one space on, is one of `nouns`. */
export function memberNounAfter(tokens: readonly Token[], last: number, nouns: ReadonlySet<string>): boolean {
  const t = tokens[last], n = tokenAt(tokens, last + 1);
  if (!n || n.kind !== 'word' || n.sentence !== t.sentence || n.start !== t.end + 1) return false;
  const w = n.text;
  if (w.charCodeAt(0) < 97 || !nouns.has(w)) return false;
  const p = tokenAt(tokens, last - 1);
  const led = !!p && p.sentence === t.sentence && NOUN_LEADS.has(p.text.toLowerCase());
  // "Venn professor of law" is a person's title with its comma left out; "a Corvane professor of law" is not.
  if (w === 'graduates' || tokenAt(tokens, last + 2)?.text === 'of') return led;
  return true;
}
