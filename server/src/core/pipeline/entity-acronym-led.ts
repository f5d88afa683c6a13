/**
 * A name led by an organisation's acronym is that organisation's branch or service, not a person (pure, token
 * indices): "told NHS Carrowby", "on KTV Dunhallow", "the ORB Northern office". A person's name does not open
 * with a word of three to five capitals (initials are written with dots or are two letters: "J.R. Penn",
 * "AJ Penn"; a word in capitals, a given name or an office before the name are no acronym), so a PERSON chunk of two or three words that does, where no later word is a known given name or surname
 * ("CEO Mara Lind" is a title before a name), or that ends in one ("Prince George RCMP"), is retyped ORG in all its mentions.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonAcronym } from '../model/common-acronyms';
import { isCommonWord, lexicon } from '../model/lexicon';
import { lowerToken } from './token-fold';
import { POST_NOMINALS } from './entity-spans';

const ACRONYM = /^\p{Lu}{3,5}$/u;
/** Acronyms of a person's office written before the name: "MEP Tollan", "MSP Vance". */
const TITLE_ACRONYMS: ReadonlySet<string> = new Set(['MEP', 'MSP', 'MLA', 'MPP', 'MHA', 'MNA', 'ADA', 'AAG', 'USA']);

function acronymLed(tokens: readonly Token[], c: Candidate): boolean {
  const n = c.last - c.first + 1;
  if (n < 2 || n > 3) return false;
  const head = tokens[c.first].text;
  if (!ACRONYM.test(head) || isCommonAcronym(head)) return false;
  // A word in capitals is no acronym: "PETER Vance" (a given name), "ONE Harbour" (a plain word), "MEP Tollan" (a title).
  const low = head.toLowerCase();
  if (lexicon.firstNames.has(low) || isCommonWord(low) || TITLE_ACRONYMS.has(head)) return false;
  for (let k = c.first + 1; k <= c.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || lexicon.firstNames.has(lowerToken(t)) || lexicon.lastNames.has(lowerToken(t))) return false;
  }
  return true;
}

/** A name that ends in a force's or service's acronym is its local branch: "the Prince George RCMP detachment"
 * (a person's name ends in no word of three to five capitals but a post-nominal, a roman numeral or a surname in capitals). */
function acronymEnded(tokens: readonly Token[], c: Candidate): boolean {
  const n = c.last - c.first + 1;
  if (n < 2 || n > 3) return false;
  const tail = tokens[c.last].text;
  if (!ACRONYM.test(tail) || /^[IVXL]+$/.test(tail) || POST_NOMINALS.has(tail)) return false;
  const low = tail.toLowerCase();
  if (lexicon.lastNames.has(low) || lexicon.firstNames.has(low)) return false;
  for (let k = c.first; k < c.last; k++) if (tokens[k].kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tokens[k].text)) return false;
  return true;
}

/** Retypes as ORG every PERSON mention of a name that some mention shows to open with an acronym. */
export function acronymLedAsOrgs(tokens: readonly Token[], cands: Candidate[]): void {
  let keys: Set<string> | null = null;
  for (const c of cands) if (c.type === 'PERSON' && c.info && (c.role === null && acronymLed(tokens, c) || acronymEnded(tokens, c))) (keys ??= new Set()).add(c.info.key);
  if (!keys) return;
  for (const c of cands) if (c.type === 'PERSON' && c.info && keys.has(c.info.key) && (c.role === null || acronymEnded(tokens, c))) c.type = 'ORG';
}
