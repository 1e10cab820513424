// Extraction speed against another revision, side by side:
//   npx tsx scripts/bench-against.ts <revision> [--data DIR] [--runs N] [--chunk N] [--no-tune]
// `npm run bench` times one version at a time, and on a shared machine two runs of the same code differ by 15% or
// more, so a change of a few percent cannot be told from one run to the next. Here the revision's extractor (from a
// git worktree made for the run and removed after) and this tree's are bundled into one script, as the bench's own
// build bundles them, and read the same texts in turns of a few documents, the order swapped each turn: whatever
// slows the machine down slows both alike (extract-race.ts). Which one is loaded first into a process can move a run by
// a few percent, so every run is a pair of processes, one with each loaded first, and the figure is the pair's
// geometric mean. Each set's ratio is printed per pair and over all pairs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RaceResult } from './extract-race';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const VALUED = ['--data', '--runs', '--chunk'];
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const revision = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const data = resolve(option('--data') ?? join(root, '../shared/data'));
const runs = Number(option('--runs') ?? 3);
const chunk = Number(option('--chunk') ?? 8);

function usage(message: string): never {
  console.error(`${message}\nUsage: npx tsx scripts/bench-against.ts <revision> [--data DIR] [--runs N] [--chunk N] [--no-tune]`);
  process.exit(2);
}

/** A script that loads `first`'s extractor, then `second`'s, and races them; `theirs` names the revision's tree. */
function entry(first: string, second: string, theirs: string): string {
  const load = (tree: string, name: string) => {
    const module = (file: string) => JSON.stringify(join(tree, 'src/main/extract', file));
    const primer = existsSync(join(tree, 'src/main/extract/primer.ts'));
    return [
      `import { findEntities as ${name} } from ${module('entities')};`,
      primer ? `import { primeExtractor as ${name}Prime } from ${module('primer')};` : `const ${name}Prime = () => {};`,
    ];
  };
  const [a, b] = first === theirs ? ['theirs', 'ours'] : ['ours', 'theirs'];
  return [
    `import { tuneCompilerForExtraction } from ${JSON.stringify(join(root, 'src/main/extract/jit'))};`,
    `import { raceExtractors } from ${JSON.stringify(join(root, 'scripts/extract-race'))};`,
    ...load(first, a),
    ...load(second, b),
    // The flag npm run bench sets (extract/jit.ts), for both: it is the process's. Set before either extractor runs.
    args.includes('--no-tune') ? '' : 'tuneCompilerForExtraction();',
    'theirsPrime();',
    'oursPrime();',
    `raceExtractors(${JSON.stringify(data)}, theirs, ours, ${chunk});`,
  ].join('\n');
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

async function main(): Promise<void> {
  if (!revision) usage('Which revision to measure against?');
  if (!Number.isInteger(chunk) || chunk < 1) usage(`--chunk wants a whole number of documents, not "${option('--chunk')}".`);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs wants a whole number, not "${option('--runs')}".`);
  if (!['testa', 'testb'].every((s) => existsSync(join(data, 'conll2003', `conll2003-${s}.docs.jsonl`)))) {
    usage(`No CoNLL-2003 dev and test in ${join(data, 'conll2003')} (see ../shared/data/README.md).`);
  }
  let commit = '';
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--verify', `${revision}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    usage(`"${revision}" is no commit of this repository.`);
  }
  // esbuild comes with tsx, which runs this script.
  const { build } = await import('esbuild');
  const work = mkdtempSync(join(tmpdir(), 'dossier-against-'));
  const tree = join(work, 'tree');
  try {
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', '--force', tree, commit], { stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const scripts: string[] = [];
    for (const [name, first, second] of [
      ['theirs-first', tree, root],
      ['ours-first', root, tree],
    ]) {
      const source = join(work, `${name}.ts`);
      writeFileSync(source, entry(first, second, tree));
      const outfile = join(work, `${name}.cjs`);
      await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', external: ['electron'], nodePaths: [join(root, 'node_modules')] });
      scripts.push(outfile);
    }
    console.log(`Extraction speed, this tree against ${revision} (${commit.slice(0, 7)}): ${runs} pairs of runs, turns of ${chunk} documents`);
    const ratios = new Map<string, number[]>();
    const sizes = new Map<string, RaceResult>();
    for (let run = 1; run <= runs; run++) {
      const pair = new Map<string, number[]>();
      for (const script of run % 2 ? scripts : [...scripts].reverse()) {
        const out = execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 1 << 24 });
        for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
          const r = JSON.parse(line) as RaceResult;
          sizes.set(r.set, r);
          pair.set(r.set, [...(pair.get(r.set) ?? []), r.theirs / r.ours]);
        }
      }
      const shown: string[] = [];
      for (const [set, rs] of pair) {
        const g = geomean(rs);
        ratios.set(set, [...(ratios.get(set) ?? []), g]);
        shown.push(`${set} ${g.toFixed(3)}× (${rs.map((r) => r.toFixed(3)).join(', ')})`);
      }
      console.log(`  pair ${run}: ${shown.join('; ')}`);
    }
    for (const [set, rs] of ratios) {
      const r = sizes.get(set);
      const sorted = [...rs].sort((a, b) => a - b);
      console.log(
        `  ${r?.documents} ${set} (${r?.kb.toFixed(0)} KB): this tree reads at ${geomean(rs).toFixed(3)}× the speed of ${revision} (pairs ${sorted[0].toFixed(3)}–${sorted[sorted.length - 1].toFixed(3)})`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    execFileSync('git', ['-C', root, 'worktree', 'prune'], { stdio: 'ignore' });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
