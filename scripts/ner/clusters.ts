// Word classes learned from unlabelled text: each word's left and right neighbours, weighted by
// positive pointwise mutual information, grouped by spherical k-means three levels deep (16 × 16 × 16),
// so a word gets a coarse, a middle and a fine class, like a Brown-cluster bit string cut at three depths.
// Words used the same way ("Tuesday"/"Friday", "Ishiba"/"Kishida", "ministry"/"commission") share classes,
// which lets the tagger carry what it learned about one to the others. Deterministic.

const SHAPES = ['<X>', '<Xx>', '<x>', '<d>', '<p>', '<s>', '</s>'];

function shapeClass(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return '<X>';
  if (/^\p{Lu}/u.test(w)) return '<Xx>';
  if (/^\p{Ll}/u.test(w)) return '<x>';
  if (/^\p{N}/u.test(w)) return '<d>';
  return '<p>';
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  branching: number;
  iterations: number;
}

/** Lower-case word → its classes at three depths ("3", "3.7", "3.7.12"). */
export function buildClusters(sentences: string[][], opt: ClusterOptions): Map<string, string[]> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>();
  for (const [w] of byFreq.slice(0, opt.contexts)) ctxIndex.set(w, ctxIndex.size);
  for (const s of SHAPES) ctxIndex.set(s, ctxIndex.size);
  const C = ctxIndex.size;
  const D = 2 * C;
  const vocab = byFreq.filter(([w, n]) => n >= opt.minCount && /\p{L}/u.test(w)).map(([w]) => w);
  const row = new Map(vocab.map((w, i) => [w, i]));
  const V = vocab.length;
  const m = new Float32Array(V * D);
  const ctxOf = (w: string | undefined, edge: string) => (w === undefined ? ctxIndex.get(edge)! : (ctxIndex.get(w.toLowerCase()) ?? ctxIndex.get(shapeClass(w))!));
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i].toLowerCase());
      if (r === undefined) continue;
      m[r * D + ctxOf(s[i - 1], '<s>')]++;
      m[r * D + C + ctxOf(s[i + 1], '</s>')]++;
    }
  }
  // PPMI, then each row scaled to unit length so k-means compares directions.
  const colSum = new Float64Array(D);
  const rowSum = new Float64Array(V);
  let total = 0;
  for (let r = 0; r < V; r++)
    for (let d = 0; d < D; d++) {
      const v = m[r * D + d];
      colSum[d] += v;
      rowSum[r] += v;
      total += v;
    }
  for (let r = 0; r < V; r++) {
    let norm = 0;
    for (let d = 0; d < D; d++) {
      const v = m[r * D + d];
      const pmi = v > 0 ? Math.log((v * total) / (rowSum[r] * colSum[d] ** 0.75 * total ** 0.25)) : 0;
      m[r * D + d] = Math.max(pmi, 0);
      norm += m[r * D + d] ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) m[r * D + d] /= norm;
  }
  const random = rng(1996);
  const paths: string[][] = vocab.map(() => []);
  const split = (members: number[], depth: number, prefix: string) => {
    if (depth === 3) return;
    const k = Math.min(opt.branching, Math.max(1, Math.ceil(members.length / 3)));
    const assign = kmeans(m, D, members, k, opt.iterations, random);
    for (let c = 0; c < k; c++) {
      const group = members.filter((_, i) => assign[i] === c);
      const name = prefix ? `${prefix}.${c}` : String(c);
      for (const g of group) paths[g].push(name);
      if (group.length) split(group, depth + 1, name);
    }
  };
  split(
    vocab.map((_, i) => i),
    0,
    '',
  );
  return new Map(vocab.map((w, i) => [w, paths[i]]));
}

/** Spherical k-means over the given rows, seeded k-means++ style; returns each member's cluster. */
function kmeans(m: Float32Array, D: number, members: number[], k: number, iterations: number, random: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (k <= 1) return assign;
  const cent = new Float64Array(k * D);
  const dot = (r: number, c: number) => {
    let s = 0;
    const a = r * D;
    const b = c * D;
    for (let d = 0; d < D; d++) s += m[a + d] * cent[b + d];
    return s;
  };
  // Seeds: the first member (the most frequent word), then members far from every seed so far.
  const best = new Float64Array(n).fill(-2);
  let seed = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < D; d++) cent[c * D + d] = m[members[seed] * D + d];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i], dot(members[i], c));
      sum += 1 - best[i];
    }
    let x = random() * sum;
    for (seed = 0; seed < n - 1; seed++) {
      x -= 1 - best[seed];
      if (x <= 0) break;
    }
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let arg = 0;
      let top = -2;
      for (let c = 0; c < k; c++) {
        const v = dot(members[i], c);
        if (v > top) {
          top = v;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const a = members[i] * D;
      const b = assign[i] * D;
      for (let d = 0; d < D; d++) cent[b + d] += m[a + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[c * D + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d] /= norm;
    }
  }
  return assign;
}

/** How often each lower-case word is written in lower case and Capitalised, away from a sentence's start, outside all-caps lines. */
export function caseCounts(sentences: string[][]): Map<string, { lower: number; cap: number }> {
  const out = new Map<string, { lower: number; cap: number }>();
  for (const s of sentences) {
    if (!s.some((w) => /\p{Ll}/u.test(w))) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i];
      if (!/^\p{L}/u.test(w) || /^["“'‘(:-]$/.test(s[i - 1])) continue;
      const key = w.toLowerCase();
      const e = out.get(key) ?? { lower: 0, cap: 0 };
      if (w === key) e.lower++;
      else if (/^\p{Lu}/u.test(w)) e.cap++;
      out.set(key, e);
    }
  }
  return out;
}
