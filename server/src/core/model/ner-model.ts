/**
 * The entity-type model: a linear classifier (averaged perceptron, trained by scripts/train/ner.mjs
 * on openly licensed corpora; see docs/ner-model.md) over the feature strings of
 * pipeline/entity-features.ts. Data only plus a dot product: pure and synchronous.
 */
import data from './ner-weights.json';

export type ModelClass = 'PERSON' | 'ORG' | 'LOC' | 'O';

interface Weights {
  classes: ModelClass[];
  /** Weights are stored as integers; divide by this to get the trained value. */
  scale: number;
  weights: Record<string, number[]>;
}

const model = data as unknown as Weights;
const table: ReadonlyMap<string, number[]> = new Map(Object.entries(model.weights));
export const MODEL_CLASSES: readonly ModelClass[] = model.classes;

/**
 * A feature prefix ("f" of "f:word"). The scorer keeps on it the weights of the features that start
 * with it, split by their value, so a lookup needs neither the feature's string nor a second map.
 */
export class FeaturePrefix {
  table?: Map<string, number[]>;
  pairs?: Map<string, Map<string, number[]>>;
  constructor(readonly name: string) {}
}

/**
 * Where the feature function puts a chunk's features. A feature is a whole name (`add`), a prefix
 * and a value (`addKV`: the feature `prefix:value`) or a prefix and two values (`addKV2`: the
 * feature `prefix:a|b`). Split this way, the scorer looks the parts up without building strings.
 */
export interface FeatureSink {
  add(name: string): void;
  addKV(prefix: FeaturePrefix, value: string): void;
  addKV2(prefix: FeaturePrefix, a: string, b: string): void;
}

/** Collects the feature strings themselves (training, tests). */
export class FeatureList implements FeatureSink {
  readonly list: string[] = [];
  add(name: string): void { this.list.push(name); }
  addKV(prefix: FeaturePrefix, value: string): void { this.list.push(prefix.name + ':' + value); }
  addKV2(prefix: FeaturePrefix, a: string, b: string): void { this.list.push(prefix.name + ':' + a + '|' + b); }
}

/** Scores per class (same order as MODEL_CLASSES), in trained units. */
export function scoreFeatures(features: readonly string[]): number[] {
  const k = model.classes.length;
  const out = new Array<number>(k).fill(0);
  for (const f of features) {
    const w = table.get(f);
    if (w) for (let i = 0; i < k; i++) out[i] += w[i];
  }
  for (let i = 0; i < k; i++) out[i] /= model.scale;
  return out;
}

// The weights split by feature prefix, built on first use of each prefix. Every way of splitting a
// stored name at a ':' (and, for pairs, at a '|') is entered, so a lookup of (prefix, value) finds
// exactly the weight of the string `prefix:value`, whatever ':' or '|' the values hold.
function prefixTable(prefix: FeaturePrefix): Map<string, number[]> {
  if (prefix.table) return prefix.table;
  const m = (prefix.table = new Map());
  const head = prefix.name + ':';
  for (const [name, w] of table) if (name.startsWith(head)) m.set(name.slice(head.length), w);
  return m;
}

/** The stored weights of the features `prefix:value`, by value (for scorers that index them their own way). */
export function prefixWeights(prefix: FeaturePrefix): ReadonlyMap<string, readonly number[]> {
  return prefixTable(prefix);
}

/** The stored weights of the feature named `name`, undefined when the model has none. */
export function featureWeight(name: string): readonly number[] | undefined {
  return table.get(name);
}

function pairTable(prefix: FeaturePrefix): Map<string, Map<string, number[]>> {
  if (prefix.pairs) return prefix.pairs;
  const m = (prefix.pairs = new Map());
  for (const [value, w] of prefixTable(prefix)) {
    for (let j = value.indexOf('|'); j >= 0; j = value.indexOf('|', j + 1)) {
      const a = value.slice(0, j);
      let inner = m.get(a);
      if (!inner) m.set(a, (inner = new Map()));
      inner.set(value.slice(j + 1), w);
    }
  }
  return m;
}

/** Sums the weights of the features put into it, the same sums `scoreFeatures` makes of their strings. */
/**
 * `n` zeros in an array of doubles from the start (filled with a fraction first: an array's element
 * kind only ever widens). Score sums turn fractional when scaled; made this way every sum array has
 * one element kind, so the optimised code that adds into them or reads them never meets a second.
 */
export function zeros(n: number): number[] {
  // (a copy of a kept array of zeros: slice keeps its element kind and costs less than two fills)
  if (zeroTemplate.length !== n) zeroTemplate = new Array<number>(n).fill(0.5).fill(0);
  return zeroTemplate.slice();
}
let zeroTemplate: number[] = [];

export class FeatureScorer implements FeatureSink {
  private sum = zeros(model.classes.length);
  // The shipped model has four classes: their adds written out (no loop, no length read per feature;
  // each class's sum gets the same adds in the same order, so the sums are bit-identical).
  private at(w: number[] | undefined): void {
    if (!w) return;
    const s = this.sum;
    if (s.length === 4) { s[0] += w[0]; s[1] += w[1]; s[2] += w[2]; s[3] += w[3]; return; }
    for (let i = 0; i < s.length; i++) s[i] += w[i];
  }
  add(name: string): void { this.at(table.get(name)); }
  /** Adds a feature's stored weights found earlier (`featureWeight`, `prefixWeights`); undefined adds nothing. */
  addWeights(w: readonly number[] | undefined): void { this.at(w as number[] | undefined); }
  addKV(prefix: FeaturePrefix, value: string): void { this.at((prefix.table ?? prefixTable(prefix)).get(value)); }
  addKV2(prefix: FeaturePrefix, a: string, b: string): void { this.at((prefix.pairs ?? pairTable(prefix)).get(a)?.get(b)); }
  /** The raw sums (stored integer weights) of the features put in since the last call; starts afresh. */
  takeRaw(): number[] {
    const out = this.sum;
    this.sum = zeros(model.classes.length);
    return out;
  }
  /**
   * Adds raw sums taken earlier (`takeRaw`) as if their features were put in again. The stored
   * weights are integers, so the sums are exact and the order they are added in does not matter.
   */
  addRaw(raw: readonly number[]): void {
    const s = this.sum;
    for (let i = 0; i < s.length; i++) s[i] += raw[i];
  }
  /** Takes raw sums out again (a feature put in as part of `addRaw` that does not apply after all). */
  subRaw(raw: readonly number[]): void {
    const s = this.sum;
    for (let i = 0; i < s.length; i++) s[i] -= raw[i];
  }
  /** The raw weights of the feature `prefix:value`, undefined when the model has none. */
  weightKV(prefix: FeaturePrefix, value: string): readonly number[] | undefined {
    return (prefix.table ?? prefixTable(prefix)).get(value);
  }
  /** The scores of the features put in since the last call, in trained units; starts afresh. */
  take(): number[] {
    const out = this.sum;
    for (let i = 0; i < out.length; i++) out[i] /= model.scale;
    this.sum = zeros(model.classes.length);
    return out;
  }
}

export function hasModel(): boolean {
  return table.size > 0;
}
