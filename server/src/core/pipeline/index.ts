/** The per-document pipeline: structure → tokens → entities → quotes → claims. Pure and synchronous. */
import type { DocumentAnalysis, Token } from '../types';
import { splitBlocks, splitSentences } from './01-structure';
import { tokenize } from './02-tokens';
import { findEntities } from './03-entities';
import { findAttributions, findQuotes } from './04-quotes';
import { findClaims } from './05-claims';
import { buildMentionIndex } from './speakers';
import { FUNCTION_WORDS } from '../model/words';
import { tokenTable } from './token-table';
import { WordShapes } from './word-shapes';

export function analyzeText(text: string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text, blocks);
  const tokens = tokenize(text, sentences);
  const sentenceBlock = sentences.map((s) => s.block);
  const { mentions, entities } = findEntities(text, tokens, blocks, sentenceBlock);
  const bodyFrom = blocks.find((b) => b.kind === 'body')?.start ?? 0;
  const { lower, sentenceStart } = tokenTable(tokens, sentences.length);
  const ctx = { text, tokens, lower, sentenceStart, mentions, entities, mentionAt: buildMentionIndex(tokens, mentions), bodyFrom };
  const quotes = findQuotes(ctx, blocks);
  const attributions = findAttributions(ctx, sentences);
  const claims = findClaims({ text, tokens, blocks, sentences, quotes, attributions });
  const sentenceTerms = termsOfSentences(tokens, lower, sentenceStart);
  return { length: text.length, blocks, sentences, mentions, entities, quotes, attributions, claims, sentenceTerms };
}

const FUNCTION_SHAPES = new WordShapes(FUNCTION_WORDS);

/** The content words of each sentence (lower case, longer than two letters, no function words). */
function termsOfSentences(tokens: Token[], lower: string[], sentenceStart: Int32Array): string[][] {
  const terms: string[][] = new Array(sentenceStart.length - 1);
  for (let i = 0; i + 1 < sentenceStart.length; i++) {
    const words: string[] = (terms[i] = []);
    for (let k = sentenceStart[i]; k < sentenceStart[i + 1]; k++) {
      const l = lower[k];
      // (the length first: it rules out punctuation and short words without reading the token; the
      // shape rules out most content words without hashing them)
      if (l.length > 2 && tokens[k].kind !== 'punct' && !(FUNCTION_SHAPES.may(l) && FUNCTION_WORDS.has(l))) words.push(l);
    }
  }
  return terms;
}
