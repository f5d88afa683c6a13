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

export function hasModel(): boolean {
  return table.size > 0;
}
