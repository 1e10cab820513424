import { setFlagsFromString } from 'node:v8';

// V8 inlines small functions into their callers up to a budget of bytecode a compiled function (920 bytes
// by default). The extractor is many small rules over many small helpers: at that budget the optimising
// compiler builds a few giant functions from them and builds each again after every deoptimisation, and in
// a cold `dossier extract --jsonl` over the 924 PolNeAR train and test articles about 40% of the CPU time
// went to that background compilation. With a budget of 300 the same run costs 9% less CPU (farm-bench,
// 9 pairs, 0.90–0.94×) and its wall time 4% less; warmed up, extraction runs at the same speed (8 pairs,
// 0.96–1.03×). Flags are the whole process's, so this is set where extraction runs: the CLI and the
// extraction worker.
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

let tuned = false;

/** Sets V8's inlining budget for extraction, once a process, before the extractor's code is compiled. */
export function tuneCompilerForExtraction(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(INLINE_BUDGET);
}
