/**
 * A nickname in quotation marks after a verb of naming ("they called her “Flour”", "nicknamed him “the Old
 * Badger”", "known as “Red Tam”") is a word a person is teased or praised with, not an entity: the model took
 * such a phrase for a firm or a place (pure, token indices). Every mention of the phrase is left untyped, unless
 * it opens with a known given name ("called him “Tom”": the person under a name).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { CLOSE_MARKS, OPEN_MARKS } from './entity-quote-marks';
import { isKnownGivenName } from '../model/gender';

/** Verbs of naming before their object: "called her", "nicknamed him". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'nicknamed', 'dubbed', 'christened']);
/** Verbs or phrases naming with no object between: "nicknamed “…”", "known as “…”". */
const NAMING_DIRECT: ReadonlySet<string> = new Set(['nicknamed', 'dubbed', 'nickname']);
const OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'himself', 'herself']);

/** Is the open mark at `o` right after a verb of naming (with a pronoun object) or "known as", in its sentence? */
function namingBefore(tokens: readonly Token[], o: number): boolean {
  const a = tokenAt(tokens, o - 1), b = tokenAt(tokens, o - 2);
  if (!a || a.kind !== 'word' || a.sentence !== tokens[o].sentence) return false;
  const l = lowerToken(a);
  if (NAMING_DIRECT.has(l)) return true;
  if (!b || b.kind !== 'word' || b.sentence !== a.sentence) return false;
  if (l === 'as') return lowerToken(b) === 'known';
  return OBJECTS.has(l) && NAMING_VERBS.has(lowerToken(b));
}

/** A set, not `===`: seeing only one- and two-letter words there (V8 internalises those), the compare threw dropNicknames' code away. */
const THE: ReadonlySet<string> = new Set(['the', 'The']);
/** Is the candidate alone in quotation marks ("the" may open them) right after a verb of naming? */
function nicknameAt(tokens: readonly Token[], c: Candidate): boolean {
  const close = tokenAt(tokens, c.last + 1);
  if (!close || !CLOSE_MARKS.has(close.text)) return false;
  let o = c.first - 1;
  const t = tokenAt(tokens, o);
  if (t && THE.has(t.text)) o--;
  const open = tokenAt(tokens, o);
  return !!open && open.kind === 'punct' && OPEN_MARKS.has(open.text) && namingBefore(tokens, o);
}

/** Leaves untyped every mention of a name some mention gives as a nickname. */
export function dropNicknames(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null || c.role !== null || !c.info || c.first < 2) continue;
    const p = tokens[c.first - 1];
    if (p.kind !== 'punct' && p.text !== 'the' && p.text !== 'The') continue;
    if (nicknameAt(tokens, c) && !isKnownGivenName(tokens[c.first].text)) (names ??= new Set()).add(c.info.key);
  }
  if (!names) return;
  for (const c of cands) if (c.type !== null && c.role === null && c.info && names.has(c.info.key)) c.type = null;
}
