/**
 * Plain data produced by the analysis core. Every offset is a UTF-16 code unit index into the
 * document text (what JavaScript strings and LSP positions count); `end` is exclusive.
 */
export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'NORP';

export type BlockKind = 'headline' | 'byline' | 'furniture' | 'heading' | 'body';

/** A line-level block of the article (news copy is one paragraph per line or per blank-line block). */
export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  block: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  sentence: number;
}

/** A named mention of an entity in one document. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Index into DocumentAnalysis.entities (the document-local entity). */
  local: number;
  /** True when the mention sits in page furniture (byline, "Follow … on Twitter"). */
  furniture: boolean;
}

export interface Role extends Span {
  text: string;
}

/** An entity as one document knows it: its mentions joined by within-document coreference. */
export interface LocalEntity {
  name: string;
  type: EntityType;
  /** Distinct surface forms in this document. */
  aliases: string[];
  roles: Role[];
  mentions: number[];
  /** For nationality adjectives: the country they point at. */
  country?: string;
}

export interface SpeakerRef extends Span {
  text: string;
  /** Local entity index, or null when the speaker is unnamed ("a senior official"). */
  local: number | null;
  /** An unnamed speaker referred back to ("the official"): the fuller description met earlier ("a senior official at the ministry"). */
  description?: string;
}

export type QuoteKind = 'direct' | 'partial' | 'scare';

export interface Quote extends Span {
  /** The text between the marks. */
  text: string;
  kind: QuoteKind;
  cue: string | null;
  cueSpan: Span | null;
  speaker: SpeakerRef | null;
  /** True when the closing mark was missing and the quote was closed at the paragraph end. */
  unclosed: boolean;
}

/** Reported speech or an "according to" phrase: a span of text credited to someone. */
export interface Attribution extends Span {
  cue: string;
  speaker: SpeakerRef | null;
  vague: boolean;
}

export interface Quantity extends Span {
  text: string;
  low: number;
  high: number;
  /** Lower/upper bounds excluded (e.g. "more than 200" = (200, ∞)). */
  lowOpen: boolean;
  highOpen: boolean;
  approx: boolean;
  unit: 'count' | 'percent' | 'money';
}

export type Sourcing = 'yes' | 'vague' | 'no';

export interface Claim extends Span {
  text: string;
  quantity: Quantity;
  /** Lemma of what is counted ("child", "civilian"), or "" if unknown. */
  counted: string;
  /** Normalised measure: what happened to the counted things ("death", "injury", …) or the verb lemma. */
  measure: string;
  timeframe: string | null;
  sentence: number;
  sourced: Sourcing;
  source: SpeakerRef | null;
  /** The hedge or attribution cue that decided `sourced`. */
  sourceCue: string | null;
  /**
   * What kind of claim: a figure (absent), a superlative with no figure ("the worst shelling
   * since the war began"), or a share given by a vague quantifier ("most of them were passengers").
   * The last two carry a quantity with NaN bounds.
   */
  kind?: 'superlative' | 'proportion';
  /** Lemmas of the content words in and right around the claim (what is measured, where). */
  near?: string[];
}

export interface DocumentAnalysis {
  length: number;
  blocks: Block[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
  quotes: Quote[];
  attributions: Attribution[];
  claims: Claim[];
  /**
   * Words of each sentence used for lexical similarity (lower-cased content words): those of the
   * sentences that hold a claim; every other sentence's list is empty (nothing reads it).
   */
  sentenceTerms: string[][];
  /**
   * Each entity's cross-article resolution keys (corpus/join-keys.ts), when computed with the
   * analysis (analysis workers; kept in the index cache). Resolution computes missing ones itself.
   */
  joinKeys?: string[];
}
