/** Public surface of the analysis core: pure functions over plain data, no I/O, no editor types. */
export * from './types';
export { analyzeText, warmUp } from './pipeline/index';
export { Corpus, type DocEntry, type Analyzer } from './corpus/corpus';
export type { GlobalEntity, Resolution } from './corpus/resolve';
export type { EntitySnapshot } from './corpus/entity-snapshot';
export type { Candidate, Relation } from './corpus/corroborate';
export { buildReport, type Report } from './features/report';
export { findingsFor, DEFAULT_SEVERITIES, type Finding, type RuleCode, type Severity } from './features/diagnostics';
export { hoverAt, type HoverResult, type LinkFn } from './features/hover';
export { escapeMarkdown, excerpt } from './features/markdown';
export { anchorKey, anchorOf, claimKey, fingerprint, type ReviewAnchor } from './features/review';
export { LineIndex } from './text/lines';
export { looksLikeArticle } from './text/article-guess';
export { semanticTokenSpans, flattenTokens, tokenItems, modifierBit, TOKEN_TYPES, TOKEN_MODIFIERS, type TokenSpan, type TokenType, type TokenModifier } from './features/semantic-tokens';
export { entityAt, occurrencesOf, definitionOf, highlightsAt, type Occurrence, type Highlight } from './features/navigation';
export { documentOutline, articleSummary, searchEntities, plural, type OutlineGroup, type OutlineGroupKind, type OutlineItem, type ArticleSummary } from './features/symbols';
export { speakerHints, type SpeakerHint } from './features/speaker-hints';
export { entitySummaries, entityMentions, lineExcerpt, type EntitySummary, type MentionExcerpt } from './features/entities-view';
