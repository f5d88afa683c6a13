/**
 * Fields of study written capitalised where a degree or a course names them are no names (pure, token
 * indices): "a PhD in Linguistics", "a degree in Computer Science", "she teaches Sociology", "a Bachelor of
 * Science", "Master of Education". The model typed them places or organisations. Only a field the list below
 * knows, after such a cue; the degree's own word ("Bachelor", "Master") goes with it. A field standing alone
 * ("Psychology is …") is left as the model read it.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonWord } from '../model/lexicon';
import { lowerCase } from './token-fold';

export const FIELDS: ReadonlySet<string> = new Set(`linguistics psychology economics sociology physics chemistry biology
  mathematics philosophy engineering law medicine science sciences education journalism literature anthropology history
  geography politics theology architecture nursing accounting finance statistics astronomy geology ecology
  neuroscience counseling counselling pharmacy dentistry humanities arts`.split(/\s+/));

/** Words before "in" that make it a field's: "a PhD in", "a degree in", "majored in", "courses in". */
const IN_CUES: ReadonlySet<string> = new Set(`phd ph doctorate degree degrees bachelor's master's ba ma bsc msc mba major
  majored majoring diploma studies studied studying courses course classes professor lecturer`.split(/\s+/));
/** Verbs right before a field: "teaches Sociology", "studied Law". */
const FIELD_VERBS: ReadonlySet<string> = new Set(['teach', 'teaches', 'taught', 'teaching', 'study', 'studies', 'studied', 'studying']);
/** A degree named by its field: "Bachelor of Science", "Doctor of Philosophy". */
const DEGREES: ReadonlySet<string> = new Set(['bachelor', 'bachelors', 'master', 'masters', 'doctor']);

/** Tokens `first`…`last` are capitalised ordinary words ending in a field: "Psychology", "Computer Science". */
function fieldName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first > 2 || !FIELDS.has(lowerCase(tokens[last]))) return false;
  for (let k = first; k < last; k++) if (tokens[k].kind !== 'word' || !isCommonWord(lowerCase(tokens[k]))) return false;
  return true;
}

/** The field at `first` follows a cue in its sentence: "PhD in", "teaches", "Bachelor of". */
function fieldCue(tokens: readonly Token[], first: number): 'degree' | boolean {
  const p = tokens[first - 1];
  if (!p || p.sentence !== tokens[first].sentence || p.kind !== 'word') return false;
  const w = lowerCase(p);
  if (FIELD_VERBS.has(w)) return true;
  if (w === 'of') return DEGREES.has(lowerCase(tokens[first - 2] ?? p)) ? 'degree' : false;
  if (w === 'and') return fieldBeforeAnd(tokens, first - 2);
  if (w !== 'in') return false;
  for (let k = first - 2; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (t.sentence !== p.sentence) return false;
    if (t.kind === 'word' && (IN_CUES.has(lowerCase(t)) || DEGREES.has(lowerCase(t)))) return true;
  }
  return false;
}

/** "a degree in Geology and Marine Ecology": a field with its own cue ends at `end`, right before "and". */
function fieldBeforeAnd(tokens: readonly Token[], end: number): boolean {
  if (end < 1 || !FIELDS.has(lowerCase(tokens[end]))) return false;
  for (let st = end; st >= 1 && st >= end - 2; st--) if (fieldName(tokens, st, end) && fieldCue(tokens, st)) return true;
  return false;
}

export function dropFieldsOfStudy(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null || !fieldName(tokens, c.first, c.last)) continue;
    const cue = fieldCue(tokens, c.first);
    if (!cue) continue;
    c.type = null;
    if (cue !== 'degree') continue;
    // The degree's word before "of" is no person either: "a Bachelor of Science".
    for (const d of cands) if (d.last === c.first - 2 && d.first === d.last) d.type = null;
  }
}
