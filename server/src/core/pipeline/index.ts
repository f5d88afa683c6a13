/** The per-document pipeline: structure → tokens → entities → quotes → claims. Pure and synchronous. */
import type { DocumentAnalysis } from '../types';
import { splitBlocks, splitSentences } from './01-structure';
import { tokenize } from './02-tokens';
import { findEntities } from './03-entities';
import { ATTRIBUTION_OPENERS, findAttributions, findQuotes } from './04-quotes';
import { findClaims } from './05-claims';
import { buildMentionIndex } from './speakers';
import { tokenTable } from './token-table';

export function analyzeText(text: string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text, blocks);
  const tokens = tokenize(text, sentences);
  const sentenceBlock = sentences.map((s) => s.block);
  const { mentions, entities } = findEntities(text, tokens, blocks, sentenceBlock);
  const bodyFrom = blocks.find((b) => b.kind === 'body')?.start ?? 0;
  const { lower, sentenceStart, terms: sentenceTerms, watched } = tokenTable(tokens, sentences.length, ATTRIBUTION_OPENERS);
  const ctx = { text, tokens, lower, sentenceStart, mentions, entities, mentionAt: buildMentionIndex(tokens, mentions), bodyFrom, genders: [], inQuote: undefined as Uint8Array | undefined };
  const quotes = findQuotes(ctx, blocks);
  const attributions = findAttributions(ctx, sentences, watched);
  const claims = findClaims({ text, tokens, blocks, sentences, quotes, attributions });
  return { length: text.length, blocks, sentences, mentions, entities, quotes, attributions, claims, sentenceTerms };
}
