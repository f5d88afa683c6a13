/** The per-document pipeline: structure → tokens → entities → quotes → claims. Pure and synchronous. */
import type { DocumentAnalysis, Token } from '../types';
import { splitBlocks, splitSentences } from './01-structure';
import { tokenize } from './02-tokens';
import { findEntities } from './03-entities';
import { findAttributions, findQuotes } from './04-quotes';
import { findClaims } from './05-claims';
import { buildMentionIndex } from './speakers';
import { FUNCTION_WORDS } from '../model/words';
import { lowerTexts } from './token-lower';

export function analyzeText(text: string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text, blocks);
  const tokens = tokenize(text, sentences);
  const sentenceBlock = sentences.map((s) => s.block);
  const { mentions, entities } = findEntities(text, tokens, blocks, sentenceBlock);
  const bodyFrom = blocks.find((b) => b.kind === 'body')?.start ?? 0;
  const lower = lowerTexts(tokens);
  const ctx = { text, tokens, lower, mentions, entities, mentionAt: buildMentionIndex(tokens, mentions), bodyFrom };
  const quotes = findQuotes(ctx, blocks);
  const attributions = findAttributions(ctx, sentences);
  const claims = findClaims({ text, tokens, blocks, sentences, quotes, attributions });
  const sentenceTerms = termsOfSentences(tokens, lower, sentences.length);
  return { length: text.length, blocks, sentences, mentions, entities, quotes, attributions, claims, sentenceTerms };
}

/** The content words of each sentence (lower case, longer than two letters, no function words). */
function termsOfSentences(tokens: Token[], lower: string[], count: number): string[][] {
  const terms: string[][] = new Array(count);
  for (let i = 0; i < count; i++) terms[i] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') continue;
    const l = lower[k];
    if (l.length > 2 && !FUNCTION_WORDS.has(l)) terms[t.sentence].push(l);
  }
  return terms;
}
