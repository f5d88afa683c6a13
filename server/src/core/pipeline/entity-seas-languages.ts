/**
 * Two closed classes of English names the model types by guess (pure, token indices):
 * - a sea or an ocean named alone after a lower-case "the" ("crossed the Mediterranean", "the Caribbean"), no
 *   capitalised word after it ("the Atlantic Council" is a body), is a place (model/lexicon.ts leaves these out of
 *   its places, as they name firms too: "Pacific said" stays);
 * - a language that is no people's adjective ("Swahili", "Mandarin") is written like "English" is: NORP.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

export const SEAS: ReadonlySet<string> = new Set(`Mediterranean Caribbean Atlantic Pacific Baltic Adriatic Aegean Arctic Antarctic
  Caspian Andaman`.split(/\s+/));
export const LANGUAGES: ReadonlySet<string> = new Set(`Swahili Mandarin Cantonese Hindi Urdu Tagalog Yoruba Igbo Hausa Zulu Xhosa
  Amharic Pashto Farsi Tamil Telugu Bengali Punjabi Gujarati Marathi Esperanto Yiddish Catalan Basque Galician`.split(/\s+/));

/** Retypes LOC a sea named alone after "the"; NORP a language's name. */
export function seasAndLanguages(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.first !== c.last || c.role !== null || c.type === null || c.type === 'NORP') continue;
    const w = tokens[c.first].text;
    if (LANGUAGES.has(w)) { c.type = 'NORP'; c.info = undefined; continue; }
    if (c.type === 'LOC' || !SEAS.has(w) || tokenAt(tokens, c.first - 1)?.text !== 'the') continue;
    const n = tokenAt(tokens, c.first + 1);
    if (n !== undefined && n.sentence === tokens[c.first].sentence && n.kind === 'word' && /^\p{Lu}/u.test(n.text)) continue;
    c.type = 'LOC';
    c.info = undefined;
  }
}
