/**
 * The same statement reported by several articles: identical, truncated (one version contained in
 * the other) or paraphrased/translated ("we've repeatedly offered talks" / "time and again we have
 * proposed talks"). Paraphrases are linked conservatively: enough shared content words and numbers,
 * no contradicting figure, and a stricter bar unless both articles credit the same speaker.
 *
 * The index is built lazily from the documents' cached analyses and kept per document: the corpus
 * re-indexes only the documents set or deleted since (`update`), then a query looks up candidates
 * through a posting list per content word, so a hover never scans every quote of the corpus.
 */
import type { DocumentAnalysis } from '../types';
import { quoteStatements } from './quote-speakers';
import { FUNCTION_WORDS } from '../model/words';

export type VariantKind = 'identical' | 'truncated' | 'paraphrase';
/** Whether the two articles credit the same speaker: same entity, different entities, or not known. */
export type SpeakerAgreement = 'same' | 'different' | 'unknown';

export interface QuoteVariant {
  doc: string;
  /** Index into that document's `analysis.quotes`. */
  quote: number;
  kind: VariantKind;
  /** Share of the shorter version's content words the other has (0..1). */
  score: number;
  speakers: SpeakerAgreement;
}

/** What a quotation says, reduced for comparison. */
export interface StatementFeatures {
  /** Normalised words, contractions expanded, punctuation dropped, joined by single spaces. */
  words: string;
  wordCount: number;
  /** Stemmed content words and numbers. */
  content: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Says "not", "never", "no one" … an odd number of times. */
  negated: boolean;
  /**
   * Where each clause starts (word index, ascending; the first is 0). Only a comparison of a
   * negated and an unnegated version reads the clauses and the words' content keys (contentKey),
   * so neither is kept per word: the index keeps the features of every quote of the corpus, and
   * a key and a clause start per word were ~3.2 of ~13 MB of it at 3,000 articles.
   */
  clauses: readonly number[];
}

/** Minimum length (words) of the shorter version for an identical or contained match by words alone. */
const MIN_CONTAINED_WORDS = 4;
/** Paraphrase with the same speaker: shared content words, and their share of the shorter version. */
const SAME_SPEAKER_SHARED = 3;
const SAME_SPEAKER_OVERLAP = 0.6;
/** Paraphrase without a shared speaker entity: a higher bar. */
const OTHER_SHARED = 6;
const OTHER_OVERLAP = 0.75;
/** Content words in more quotes than this are too common to find candidates by. */
const MAX_POSTING = 5000;

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan['’]t\b/g, 'can not'], [/\bwon['’]t\b/g, 'will not'], [/\bshan['’]t\b/g, 'shall not'],
  [/n['’]t\b/g, ' not'], [/['’]re\b/g, ' are'], [/['’]ve\b/g, ' have'], [/['’]ll\b/g, ' will'],
  [/['’]d\b/g, ' would'], [/\bi['’]m\b/g, 'i am'], [/\b(it|that|there|what|he|she|who)['’]s\b/g, '$1 is'], [/['’]s\b/g, ''],
];
/** Filler words and phrases of purpose and frequency that paraphrases add or drop without changing the statement. */
const EXTRA_STOP = new Set(['very', 'really', 'just', 'said', 'say', 'says']);
const FILLER_PHRASES = /\b(in order to|so as to|with the (goal|aim|intention|purpose) of|in an? (effort|attempt|bid) to|more than once|time and (time )?again|again and again|over and over)\b/g;
const NEGATION = /^(not|no|never|nobody|nothing|none|neither|nor|without)$/;

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
};

/** Punctuation that ends a clause or sentence (not inside "1,200" or "3.5"). */
const CLAUSE_END = /[.,;:!?]+(?=\s|$)/;

// The patterns read per statement, word or stem are made once here: a regular expression literal
// is a new object each time it is evaluated, and the quote variant index reads every quote of the
// corpus after indexing (3,446 quotes of 2,000 cold-corpus articles: ~33 MB allocated per pass of
// statementFeatures, ~4.3 MB of it the per-word pattern of normalizeClauses alone).
/** Editorial insertions ("[with the owners]"). */
const INSERTION = /\[[^\]]*\]/g;
const WORD_GAP = /[^\p{L}\p{N}-]+/u;
const EDGE_HYPHENS = /^-+|-+$/g;
const DIGIT = /\d/;
const THOUSANDS_COMMA = /,/g;
const STEM_SUFFIXES = ['ingly', 'edly', 'ing', 'ies', 'ied', 'ed', 'es', 'ly', 's', 'e'];

/** The statement's normalised words, clause by clause. */
export function normalizeClauses(text: string): string[][] {
  let t = text.toLowerCase();
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t.replace(INSERTION, ' ')
    .replace(FILLER_PHRASES, ' ')
    .split(CLAUSE_END)
    .map((c) => c.split(WORD_GAP).map((w) => w.replace(EDGE_HYPHENS, '')).filter(Boolean))
    .filter((c) => c.length);
}

export function normalizeStatement(text: string): string[] {
  return normalizeClauses(text).flat();
}

/** A light stem: inflections and -ly dropped so "offering"/"offer" and "ceasefires"/"ceasefire" meet. */
export function stem(w: string): string {
  if (DIGIT.test(w)) return w;
  for (const suffix of STEM_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/** One clause starting at word 0: shared by the (most) statements of one clause. */
const ONE_CLAUSE: readonly number[] = Object.freeze([0]);
/** No figures: shared by the (most) statements without one, as an empty Set is ~70 bytes each. */
const NO_NUMBERS: ReadonlySet<string> = new Set<string>();

/** A number word or figure as a figure ("twelve" → "12", "1,200" → "1200"), or null. */
const numberOf = (w: string): string | null => NUMBER_WORDS[w] ?? (DIGIT.test(w) ? w.replace(THOUSANDS_COMMA, '') : null);

/** A word that is no figure: its stem, or '' for a function or filler word. */
const wordKey = (w: string): string => (w.length < 3 || FUNCTION_WORDS.has(w) || EXTRA_STOP.has(w) ? '' : stem(w));
/** A normalised word's content key: its figure, its stem, or '' for a function or filler word. */
const contentKey = (w: string): string => numberOf(w) ?? wordKey(w);

export function statementFeatures(text: string): StatementFeatures {
  const words: string[] = [];
  const clauses: number[] = [];
  const content = new Set<string>();
  let numbers: Set<string> | null = null;
  let negated = false;
  for (const clause of normalizeClauses(text)) {
    clauses.push(words.length);
    for (const w of clause) {
      words.push(w);
      if (NEGATION.test(w)) negated = !negated;
      const n = numberOf(w);
      if (n) { (numbers ??= new Set()).add(n); content.add(n); continue; }
      const k = wordKey(w);
      if (k) content.add(k);
    }
  }
  return {
    words: words.join(' '), wordCount: words.length, content, numbers: numbers ?? NO_NUMBERS, negated,
    clauses: clauses.length === 1 ? ONE_CLAUSE : clauses.slice(), // its exact length: a list grown by push keeps room for 17
  };
}

/**
 * Whether the part of `f` that says the shared words is negated: from the start of the clause of the
 * first shared word to the last shared word. A denial elsewhere ("It is not over. It is a pause …")
 * is another sentence, not a denial of the shared one.
 */
function negatedAround(f: StatementFeatures, shared: ReadonlySet<string>): boolean {
  let first = -1;
  let last = -1;
  const words = f.words.split(' ');
  words.forEach((w, i) => { const k = contentKey(w); if (k && shared.has(k)) { if (first < 0) first = i; last = i; } });
  if (first < 0) return f.negated;
  let from = 0; // where the clause of the first shared word starts
  for (const c of f.clauses) if (c <= first) from = c;
  let negated = false;
  for (let i = from; i <= last; i++) if (NEGATION.test(words[i])) negated = !negated;
  return negated;
}

/**
 * How statement `a` relates to statement `b`, or null when they are not the same statement.
 * `speakers` says whether the two articles credit the same speaker entity.
 */
export function compareStatements(a: StatementFeatures, b: StatementFeatures, speakers: SpeakerAgreement): { kind: VariantKind; score: number } | null {
  const shorter = a.wordCount <= b.wordCount ? a : b;
  const longer = shorter === a ? b : a;
  const contained = shorter.wordCount > 0 && ` ${longer.words} `.includes(` ${shorter.words} `);
  if (contained && (shorter.wordCount >= MIN_CONTAINED_WORDS || (speakers === 'same' && shorter.content.size >= 1))) {
    return { kind: a.words === b.words ? 'identical' : 'truncated', score: 1 };
  }
  // Two versions that give different figures are different statements.
  if (a.numbers.size && b.numbers.size && ![...a.numbers].some((n) => b.numbers.has(n))) return null;
  const common = new Set<string>();
  for (const w of a.content) if (b.content.has(w)) common.add(w);
  const shared = common.size;
  // One version denies what the other says (in the part they share).
  if (a.negated !== b.negated && negatedAround(a, common) !== negatedAround(b, common)) return null;
  const small = Math.min(a.content.size, b.content.size);
  if (!small) return null;
  const score = shared / small;
  const ok = speakers === 'same'
    ? shared >= SAME_SPEAKER_SHARED && score >= SAME_SPEAKER_OVERLAP
    : shared >= OTHER_SHARED && score >= OTHER_OVERLAP;
  return ok ? { kind: 'paraphrase', score: Math.round(score * 100) / 100 } : null;
}

interface Indexed {
  analysis: DocumentAnalysis;
  features: (StatementFeatures | null)[];
}

/** Resolves the speaker of a document's quote (by index) to a corpus-wide entity id, or null. */
export type SpeakerId = (doc: string, quote: number) => string | null;

export class QuoteVariantIndex {
  private readonly docs = new Map<string, Indexed>();
  /** Content word → quotes that have it, as `doc\u0000index`. */
  private readonly postings = new Map<string, Set<string>>();

  /** Indexes a document's quotes again if its analysis changed; forgets it when `analysis` is undefined (deleted). */
  update(id: string, analysis: DocumentAnalysis | undefined): void {
    const old = this.docs.get(id);
    if (old?.analysis === analysis) return;
    if (old) { this.unindex(id, old); this.docs.delete(id); }
    if (!analysis) return;
    // Texts only (quote-speakers.ts): a cached analysis need not build its whole detail for them.
    const features = quoteStatements(analysis).map((t) => (t === null ? null : statementFeatures(t)));
    this.docs.set(id, { analysis, features });
    features.forEach((f, qi) => {
      if (!f) return;
      // One key string per quote, in the postings of all its content words: one built per word
      // was a string per posting (hashing flattens it into a second one), ~3 MB at 3,000 articles.
      const key = id + '\u0000' + qi;
      for (const w of f.content) {
        let set = this.postings.get(w);
        if (!set) this.postings.set(w, (set = new Set()));
        set.add(key);
      }
    });
  }

  /** The same statement in other documents, best first. */
  variantsOf(doc: string, qi: number, speakerId: SpeakerId, limit = 10): QuoteVariant[] {
    const entry = this.docs.get(doc);
    const f = entry?.features[qi];
    if (!entry || !f) return [];
    const me = speakerId(doc, qi);
    // Shared content words per candidate, counted through the postings: a candidate must share
    // enough of them to be worth comparing (all of the shorter one's, or a paraphrase's minimum).
    const shared = new Map<string, number>();
    for (const w of f.content) {
      const list = this.postings.get(w);
      if (!list || list.size > MAX_POSTING) continue;
      for (const key of list) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
    const out: QuoteVariant[] = [];
    for (const [key, n] of shared) {
      const cut = key.indexOf('\u0000');
      const d = key.slice(0, cut);
      if (d === doc) continue;
      const other = this.docs.get(d)!;
      const qj = Number(key.slice(cut + 1));
      const g = other.features[qj]!;
      if (n < Math.min(SAME_SPEAKER_SHARED, f.content.size, g.content.size)) continue;
      const them = speakerId(d, qj);
      const speakers: SpeakerAgreement = me && them ? (me === them ? 'same' : 'different') : 'unknown';
      const r = compareStatements(f, g, speakers);
      if (r) out.push({ doc: d, quote: qj, kind: r.kind, score: r.score, speakers });
    }
    const rank = { identical: 0, truncated: 1, paraphrase: 2 };
    out.sort((x, y) => rank[x.kind] - rank[y.kind] || y.score - x.score || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.quote - y.quote));
    return out.slice(0, limit);
  }

  private unindex(id: string, old: Indexed): void {
    old.features.forEach((f, qi) => f?.content.forEach((w) => {
      const set = this.postings.get(w);
      set?.delete(id + '\u0000' + qi);
      if (set && !set.size) this.postings.delete(w);
    }));
  }
}
