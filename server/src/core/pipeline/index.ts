/** The per-document pipeline: structure → tokens → entities → quotes → claims. Pure and synchronous. */
import type { DocumentAnalysis } from '../types';
import { splitBlocks, splitSentences } from './01-structure';
import { tokenize } from './02-tokens';
import { findEntities } from './03-entities';
import { findAttributions, findQuotes } from './04-quotes';
import { findClaims } from './05-claims';
import { buildMentionIndex } from './speakers';
import { FUNCTION_WORDS } from '../model/words';
import { lowerCase } from './token-fold';

export function analyzeText(text: string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text, blocks);
  const tokens = tokenize(text, sentences);
  const sentenceBlock = sentences.map((s) => s.block);
  const { mentions, entities } = findEntities(text, tokens, blocks, sentenceBlock);
  const bodyFrom = blocks.find((b) => b.kind === 'body')?.start ?? 0;
  const ctx = { text, tokens, mentions, entities, mentionAt: buildMentionIndex(tokens, mentions), bodyFrom };
  const quotes = findQuotes(ctx, blocks);
  const attributions = findAttributions(ctx, sentences);
  const claims = findClaims({ text, tokens, blocks, sentences, quotes, attributions });
  const sentenceTerms: string[][] = sentences.map(() => []);
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    const l = lowerCase(t);
    if (l.length > 2 && !FUNCTION_WORDS.has(l)) sentenceTerms[t.sentence].push(l);
  }
  return { length: text.length, blocks, sentences, mentions, entities, quotes, attributions, claims, sentenceTerms };
}
