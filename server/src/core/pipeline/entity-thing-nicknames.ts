/**
 * A thing's name after "known as" or "dubbed" (pure, token indices): "the malware, known as NightLatch", "a
 * botnet dubbed GreyMoth". The model read the unknown name as a person; after a noun for a thing it names
 * software, a scheme or a device, which the contract has no type for, and after a noun for a band of people
 * ("a gang known as the Reds") an organisation. A noun for a person before it keeps a person ("a hacker known as
 * Quillfox"), and so does a known given name. A band of hackers or criminals also names itself ("a group calling
 * itself Velvet Harrow") or is named with "called"/"named" ("a gang called Ashen Lark"), and its name may have
 * several words ("a gang known as Crimson Ferrule"): those verbs and longer names count after a band's noun only.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isKnownGivenName } from '../model/gender';

/** Words of naming before the name: "dubbed X", "known as X", "codenamed X". */
export const NICKNAME_VERBS: ReadonlySet<string> = new Set(['known', 'dubbed', 'codenamed', 'code-named', 'nicknamed']);
/** Verbs that name a band only: "a gang called X", "a collective named X", "a group calling itself X". */
const BAND_NAMING: ReadonlySet<string> = new Set(['called', 'named', 'calling']);
/** The words of the pass's gate: any verb of naming. */
export const NAMING_GATE_WORDS: readonly string[] = [...NICKNAME_VERBS, ...BAND_NAMING];

/** Nouns for a band of people: the name after them is an organisation's. */
const BAND_NOUNS: ReadonlySet<string> = new Set(`group gang ring network collective crew cartel cell faction outfit
  syndicate militia`.split(/\s+/));

/** Nouns for a person that end in none of PERSON_ENDS. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(`man woman men women boy girl person child kid teen teenager suspect
  chef artist activist pianist guitarist cyclist novelist journalist columnist poet cook spy thief`.split(/\s+/));
/** Endings of nouns for people: "hacker", "rapper", "actor", "dealer". */
const PERSON_ENDS = /(?:er|ers|or|ors|ist|ists|ian|ians|man|men|ess|ant|ent)$/;

/** Verbs before "known as": "York was known as X" names the subject, whatever it is (left alone). */
const BE_FORMS: ReadonlySet<string> = new Set('is was are were be been being became become becomes remains remained later once'.split(' '));

/** The noun before the naming words at `k` (the first naming word), skipping a comma, "also" and an article after it. */
function nounBefore(tokens: readonly Token[], k: number): Token | undefined {
  let j = k - 1;
  const also = tokenAt(tokens, j);
  if (also?.text === 'also') j--;
  if (tokenAt(tokens, j)?.text === ',') j--;
  const t = tokenAt(tokens, j);
  return t !== undefined && t.kind === 'word' && t.sentence === tokens[k].sentence ? t : undefined;
}

/**
 * Retypes each PERSON candidate (no role) named after a noun for a thing (untyped) or a band (ORG); a name of
 * several words, or one after "called", "named", "calling itself", only after a band's noun.
 */
export function thingNicknames(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.role !== null || c.first < 3) continue;
    let k = c.first - 1;
    // "calling itself X", "calling themselves X"
    const self = tokens[k].text === 'itself' || tokens[k].text === 'themselves';
    if (self) k--;
    const as = !self && tokens[k].text === 'as';
    if (as) k--;
    const verb = tokens[k];
    const bandOnly = BAND_NAMING.has(verb.text);
    if (!(bandOnly || NICKNAME_VERBS.has(verb.text)) || verb.sentence !== tokens[c.first].sentence) continue;
    if ((verb.text === 'known') !== as || self !== (verb.text === 'calling')) continue; // "known as X", "dubbed X", "calling itself X"
    const noun = nounBefore(tokens, k);
    if (noun === undefined) continue;
    const n = noun.text.charCodeAt(0);
    if (n < 97 || n > 122) continue; // a name or a pronoun's capital: left alone
    const l = lowerToken(noun);
    if (BE_FORMS.has(l) || PERSON_NOUNS.has(l) || PERSON_ENDS.test(l) || isKnownGivenName(tokens[c.first].text)) continue;
    const band = BAND_NOUNS.has(l);
    if ((bandOnly || c.first !== c.last) && !band) continue;
    c.type = band ? 'ORG' : null;
  }
}
