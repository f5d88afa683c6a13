/** The per-document pipeline: structure → tokens → entities → quotes → claims. Pure and synchronous. */
import type { DocumentAnalysis } from '../types';
import { splitBlocks, splitSentences } from './01-structure';
import { tokenize } from './02-tokens';
import { findEntities } from './03-entities';
import { ATTRIBUTION_OPENERS, findAttributions, findQuotes } from './04-quotes';
import { findClaims } from './05-claims';
import { buildMentionIndex } from './speakers';
import { claimSentenceTerms, tokenTable } from './token-table';

export function analyzeText(text: string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text, blocks);
  const figures = new Uint8Array(sentences.length);
  const tokens = tokenize(text, sentences, figures);
  // Filled by a loop, not `map`: the array keeps one element kind, so its readers are not deoptimised.
  const sentenceBlock: number[] = [];
  for (const s of sentences) sentenceBlock.push(s.block);
  const { mentions, entities } = findEntities(text, tokens, blocks, sentenceBlock);
  const bodyFrom = blocks.find((b) => b.kind === 'body')?.start ?? 0;
  const table = tokenTable(tokens, sentences.length, ATTRIBUTION_OPENERS);
  const { lower, sentenceStart, watched } = table;
  const ctx = { text, tokens, lower, sentenceStart, mentions, entities, mentionAt: buildMentionIndex(tokens, mentions), bodyFrom, genders: [], inQuote: undefined as Uint8Array | undefined };
  const quotes = findQuotes(ctx, blocks);
  const attributions = findAttributions(ctx, sentences, watched);
  const claims = findClaims({ text, tokens, blocks, sentences, quotes, attributions, mentions, figures });
  const sentenceTerms = claimSentenceTerms(tokens, table, sentences.length, claims);
  return { length: text.length, blocks, sentences, mentions, entities, quotes, attributions, claims, sentenceTerms };
}

/**
 * A fictional article that `warmUp` runs a few times. V8 optimises the pipeline after a few
 * documents, before the rare branches (a line in capitals with accented letters, a dateline, a
 * surname opening a sentence, a numbered label, a lower-case domain, a masthead after a dash, a
 * place and its adjective, a name after "near" or "the capital,", a capitalised "The" opening a
 * name mid-sentence, a caption label ending a name run) have run; when one first runs, its missing type feedback throws away the
 * optimised code of the whole enclosing function, which is then compiled again. Running those
 * branches first gives them feedback, so each function is compiled once. The result is discarded.
 */
const WARM_UP = [
  'ÉTÉ À VÉLOMAR: LES ÉLÈVES RÉUNIS SOUS LA PLUIE',
  '',
  'Harbour Board Plans New Seawall In May',
  '',
  'KESTLEBURG, Ostrava — Dr. Halvard van Mierlo, head of the Kestleburg Rowing Union (KRU), said on Monday that 41% of the boats were new.',
  '',
  'Mierlo said the Union would meet again. "We are not done," Mierlo added. Edda Young, a rower, agreed with Søren Ødegård-Lind and Kang Ji-woo.',
  '',
  'Young added that prices rose 12 percent in May. Ødegård-Lind said the ÖBERG Group (ÖG) had 30 to 3,400 members. Its fees rose from 40 to 45 percent.',
  '',
  '‘été’ is what the club calls its season; the plan of de Vinterberg was to fly Kestle & Vane Air Flight 219 to Paris.',
  '',
  'Kestleburg Council Paris Office Opens',
  '',
  'Deputy Mayor Tova Renn Thanks Rowers',
  '',
  'The crews met in Room 14; results are on tidewatch.org. Brodmarkian rowers came from Brodmark, a camp near Telvor, the town of Esk and the capital, Dunmara. They watched a show called The Tide Hour.',
  '',
  // s22: an ordinary-word given name opening a sentence (splitRun compiled 3 -> 2 times per worker), a
  // name-hyphen-suffix word, a possessive and a no-break space (tokenize 3 -> 1).
  'Dawn Baker said the Esk-based Union’s quay was full\u00a0again.',
  '',
  'Rowers lined up at Esk Quay Photo: Wren Ashdale.',
  '',
  'Filed 3 June — Vane Harbour Courier',
  '',
  'The Tidewater Post | 5 June',
  '',
].join('\n');

/**
 * Prepares a thread that will analyse many documents (an analysis worker): ~0.1 s once, against
 * ~7% less CPU over its first few thousand new articles. Not run at load: a process that analyses
 * a handful of files (the CLI, the server's main thread) would pay for nothing.
 */
// Not covered by the warm-up (s14): ~6 functions that allocate per-token records (token, tokenize,
// chunkInfo, scoreChunk, ...) are still compiled a second time when a scavenge in the first few
// hundred articles first decides to pretenure their allocation sites (GC-timed, so no text can
// cover it). --no-allocation-site-pretenuring removes those recompiles, but 3 paired runs of 2,000
// cold-corpus articles showed no CPU gain within the noise, so no flag is set.
// Tried in s14 without gain (coldab 2,000 cold docs, base against itself as the noise): a second,
// all-ASCII warm-up text (one-byte strings; +90 ms of warm-up) 1.048 vs 1.058; a line covering
// possessives, scores and a legal-form company stem, plus tokenAt reads in placePairs/citedAuthors,
// 0.969 vs 0.999 and 1.019 vs 1.031 (10 rounds). Recompiles stayed ~40 per 1,000 docs: each covered
// branch let the same function deopt on its next unseen branch, and the warm-up made more functions
// hot on its own narrow feedback (tokenize then deopted on every run). Wrong-map deopts in nameKey,
// nameKeyUncached and lowerCase were not explained by one- vs two-byte documents.
// Measured in s18 (one worker's 5,000 cold-corpus docs, process CPU per 1,000): 3.5, 1.35, 1.18, 0.97,
// 1.07 s; the same docs again in that process: 1.1-1.4 s each. So new words after the first
// thousand docs cost nothing measurable; the cold cost is the first ~400 docs (10 ms/doc for the
// first 100, ~1.2 ms/doc later). After 1,000 other docs warmed the JIT, those 400 cost 0.9 s instead
// of ~2 s (0.5 s on a second pass: the 0.4 s between is first sight of their words); with
// --no-opt the first 150 cost 0.35 s less (TurboFan compile CPU). TurboFan compiles / eager deopts
// over the 5,000: 419 / 36 without warmUp, 393 / 26 with it, and none of the 9 "code dependencies"
// lazy deopts seen without it. Most deopts left are first runs of rare branches (insufficient type
// feedback), one per function per process.
// Tried (s27), one worker's cold docs after warmUp on a machine loaded 8-20x: 0, 4, 30 or 60 rounds instead of 12, CPU of
// 2,000 docs all within noise (4.42-4.65 s medians); a paragraph reaching five first-deopt sites (a lower-case possessive,
// a 13-letter capitalised word, a spaced score, "Storm X", a figure word) moved --trace-deopt counts 28 -> 24 over 3,000
// docs but TurboFan compiles only 480 -> 479 (the same functions deopted at their next unseen branch); texts all two-byte
// (55% of novel docs are one-byte, the warm-up text two-byte) showed no CPU gain either. Not kept.
// Tried (s33): a paragraph for ten first-use sites ("rose by 2 to 9 percent", a person "of" a place, a vocative, a nickname,
// a plural-verb side, a member noun, a vessel, an accented place, a scheme, a name-colon tag): deopts 31 -> 31 over 3,000
// docs, TurboFan compiles 608 -> 615, findClaims compiled 2 -> 3 times (it deopted next on the split range's array). Not kept.
// s35: 8 rounds, not 12. At 12, tokenize (wrong map) and casedWord were optimised on the warm-up text alone and thrown away
// in the first docs; at 8 they are not (one process, warmUp then 3,000 cold docs, --trace-deopt --trace-opt, 3 runs each:
// deopts 28 -> 26, TurboFan compiles 644-651 -> 641-644; 2-4 rounds compiled splitRun 3 times, 6 chunkInfo twice); warmUp
// ~200 -> ~176 ms CPU. Process CPU of warmUp plus 1,000 cold docs, 6 pairs on a machine loaded ~5x: medians 4833 -> 4688 ms (noise).
// Also (s35): no warmUp at all gave 39 deopts (findCandidates compiled 3 times, typeCandidates twice): it still pays in compiles.
// A line for splitRun's broadcast tail, a plural-verb side, a club's short name and a person "of" a firm: splitRun then deopted
// at its next conjunct, three other functions deopted anew; compiles 644 -> 649. Not kept.
export function warmUp(): void {
  for (let round = 0; round < 8; round++) analyzeText(WARM_UP);
}
