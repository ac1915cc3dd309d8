import { seeded } from '../../tests/helpers/random';

/**
 * A learned second reader of everyday questions (issue 22 experiment, not in the answer path): maps a question to the fact it most likely
 * asks, from character n-grams (1–3) alone, trained on labelled wordings. It knows nothing of the rule matcher's
 * subject words or kinds, so where the two disagree one of them is reading the question wrongly; whether that
 * disagreement is worth acting on is measured in scripts/eval/second-reader.ts.
 *
 * Two readers: a TF-IDF nearest-centroid one (cheap, no training loop) and a multinomial logistic regression
 * (softmax over facts, trained by AdaGrad on the same sparse features), whose probability is the confidence.
 */

export interface ReaderExample {
  text: string;
  /** The fact id the text asks. */
  label: string;
}

export interface ReaderGuess {
  id: string;
  /** Confidence in 0..1: the softmax probability (logistic) or the cosine (centroid). */
  p: number;
}

export interface SecondReader {
  /** The facts ranked by confidence, best first (at most `top`). */
  read(question: string, top?: number): ReaderGuess[];
}

/** Punctuation, spaces and symbols carry no subject: only letters, digits and CJK characters are read. */
const NOT_READ = /[^\p{L}\p{N}]+/gu;

/** The character 1-, 2- and 3-grams of a text, counted, with start and end marks on the bigrams. */
export function readerGrams(text: string): Map<string, number> {
  const s = text.toLowerCase().replace(NOT_READ, '');
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  const marked = `^${s}$`;
  for (let i = 0; i < marked.length; i++) {
    if (i > 0 && i < marked.length - 1) add(marked[i]!);
    if (i + 2 <= marked.length) add(marked.slice(i, i + 2));
    if (i + 3 <= marked.length) add(marked.slice(i, i + 3));
  }
  return grams;
}

/** A sparse vector: feature indices and their weights, L2-normalised. */
interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

class Vocabulary {
  readonly index = new Map<string, number>();
  idf: Float32Array = new Float32Array(0);

  fit(texts: readonly string[]): void {
    const df = new Map<string, number>();
    for (const t of texts) for (const g of readerGrams(t).keys()) df.set(g, (df.get(g) ?? 0) + 1);
    for (const g of df.keys()) this.index.set(g, this.index.size);
    this.idf = new Float32Array(this.index.size);
    for (const [g, n] of df) this.idf[this.index.get(g)!] = Math.log((1 + texts.length) / (1 + n)) + 1;
  }

  /** Sublinear TF × IDF, L2-normalised; grams never seen in training are dropped. */
  vector(text: string): Sparse {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [g, n] of readerGrams(text)) {
      const i = this.index.get(g);
      if (i === undefined) continue;
      idx.push(i);
      val.push((1 + Math.log(n)) * this.idf[i]!);
    }
    const norm = Math.hypot(...val) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((v) => v / norm)) };
  }
}

function labelsOf(examples: readonly ReaderExample[]): string[] {
  return [...new Set(examples.map((e) => e.label))].sort();
}

/** TF-IDF nearest centroid: each fact is the normalised sum of its wordings' vectors; the score is the cosine. */
export function trainCentroidReader(examples: readonly ReaderExample[]): SecondReader {
  const vocab = new Vocabulary();
  vocab.fit(examples.map((e) => e.text));
  const labels = labelsOf(examples);
  const row = new Map(labels.map((l, i) => [l, i]));
  const dim = vocab.index.size;
  const centroids = new Float32Array(labels.length * dim);
  for (const e of examples) {
    const v = vocab.vector(e.text);
    const base = row.get(e.label)! * dim;
    for (let k = 0; k < v.idx.length; k++) centroids[base + v.idx[k]!]! += v.val[k]!;
  }
  for (let c = 0; c < labels.length; c++) {
    let sum = 0;
    for (let j = 0; j < dim; j++) sum += centroids[c * dim + j]! ** 2;
    const norm = Math.sqrt(sum) || 1;
    for (let j = 0; j < dim; j++) centroids[c * dim + j]! /= norm;
  }
  return {
    read(question, top = 5) {
      const v = vocab.vector(question);
      const scores = labels.map((id, c) => {
        let s = 0;
        for (let k = 0; k < v.idx.length; k++) s += centroids[c * dim + v.idx[k]!]! * v.val[k]!;
        return { id, p: s };
      });
      return scores.sort((a, b) => b.p - a.p).slice(0, top);
    },
  };
}

export interface LogisticOptions {
  epochs?: number;
  /** AdaGrad's step. */
  rate?: number;
  /** L2 penalty per update, scaled by the step. */
  l2?: number;
  /** Order of the examples in each epoch, for reproducible runs. */
  seed?: number;
}

/** Multinomial logistic regression over the TF-IDF grams: the softmax probability of each fact. */
export function trainLogisticReader(examples: readonly ReaderExample[], options: LogisticOptions = {}): SecondReader {
  const { epochs = 12, rate = 0.5, l2 = 1e-4, seed = 1 } = options;
  const vocab = new Vocabulary();
  vocab.fit(examples.map((e) => e.text));
  const labels = labelsOf(examples);
  const row = new Map(labels.map((l, i) => [l, i]));
  const dim = vocab.index.size + 1; // the last feature is the bias
  const nc = labels.length;
  // Feature-major (a feature's weights for every fact together): a sparse example touches nnz × facts cells in a row.
  const w = new Float32Array(dim * nc);
  const g2 = new Float32Array(dim * nc).fill(1e-6);
  const data = examples.map((e) => ({ v: withBias(vocab.vector(e.text), dim - 1), y: row.get(e.label)! }));
  const order = data.map((_, i) => i);
  const rand = seeded(seed);
  const z = new Float64Array(nc);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { v, y } = data[n]!;
      softmax(w, v, nc, z);
      z[y]! -= 1;
      for (let k = 0; k < v.idx.length; k++) {
        const base = v.idx[k]! * nc;
        const x = v.val[k]!;
        for (let c = 0; c < nc; c++) {
          const grad = z[c]! * x + l2 * w[base + c]!;
          g2[base + c]! += grad * grad;
          w[base + c]! -= (rate * grad) / Math.sqrt(g2[base + c]!);
        }
      }
    }
  }
  return {
    read(question, top = 5) {
      const p = new Float64Array(nc);
      softmax(w, withBias(vocab.vector(question), dim - 1), nc, p);
      return labels
        .map((id, c) => ({ id, p: p[c]! }))
        .sort((a, b) => b.p - a.p)
        .slice(0, top);
    },
  };
}

function withBias(v: Sparse, bias: number): Sparse {
  const idx = new Int32Array(v.idx.length + 1);
  idx.set(v.idx);
  idx[v.idx.length] = bias;
  const val = new Float32Array(v.val.length + 1);
  val.set(v.val);
  val[v.val.length] = 1;
  return { idx, val };
}

function softmax(w: Float32Array, v: Sparse, nc: number, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < v.idx.length; k++) {
    const base = v.idx[k]! * nc;
    const x = v.val[k]!;
    for (let c = 0; c < nc; c++) out[c]! += w[base + c]! * x;
  }
  let max = -Infinity;
  for (let c = 0; c < nc; c++) max = Math.max(max, out[c]!);
  let sum = 0;
  for (let c = 0; c < nc; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < nc; c++) out[c]! /= sum;
}
