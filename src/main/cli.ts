import { parseArgs } from 'node:util';
import { isDossierError } from '../shared/errors';
import { ENTITIES_USAGE } from './cli/usage';
import { defaultDataDir } from './data-dir';
import { tuneCompilerForExtraction } from './extract/jit';
import { stopExtractionWorker } from './extract/worker-pool';

// Before any extraction code is compiled (see jit.ts).
tuneCompilerForExtraction();

const USAGE = `Usage: dossier <command> [options]

  import FILE|URL... [--data DIR]              import articles: .txt .md .html .pdf .docx or web addresses
  extract FILE [--json]                        print what Dossier finds in a file (nothing is stored)
  extract --jsonl IN.jsonl                     lines {"id","text"} in, lines {"id","entities","quotes"} out
  list notes|articles|entities [--json] [--data DIR]
  note new --title T [--markdown FILE] [--data DIR]
  search WORDS... [--json] [--data DIR]        article bodies, notes and entities; "quotes" for a phrase
${ENTITIES_USAGE}
  export NOTE_ID... --format md|pdf --out FILE [--paper A4|Letter] [--data DIR]
                                               several notes go into one brief (PDF: with contents)

The notebook lives in --data DIR, else $DOSSIER_DATA_DIR, else the desktop app's folder.`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'string' },
      title: { type: 'string' },
      markdown: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      paper: { type: 'string', default: 'A4' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  const dataDir = values.data ?? defaultDataDir();
  const print = (line: string) => process.stdout.write(`${line}\n`);
  if (values.help || !command) {
    print(USAGE);
    return command || values.help ? 0 : 2;
  }
  // Each command loads only what it needs: `extract` reads no notebook, so it skips the notebook's code.
  if (command === 'extract') {
    const { extractCommand } = await import('./cli/extract');
    return extractCommand({ file: rest[0], jsonl: values.jsonl, json: values.json ?? false }, print);
  }
  const { exportCommand, importCommand, listCommand, noteNewCommand, searchCommand } = await import('./cli/commands');
  const { entitiesCommand } = await import('./cli/entities');
  switch (command) {
    case 'import':
      return importCommand(rest, dataDir, print);
    case 'list':
      return listCommand(rest[0], dataDir, values.json ?? false, print);
    case 'entities':
      return entitiesCommand(rest, dataDir, print);
    case 'search':
      return searchCommand(rest, dataDir, values.json ?? false, print);
    case 'note':
      if (rest[0] !== 'new') break;
      return noteNewCommand(values.title, values.markdown, dataDir, print);
    case 'export':
      return exportCommand(rest, { format: values.format ?? 'md', paper: values.paper ?? 'A4', out: values.out }, dataDir);
  }
  process.stderr.write(`Unknown command "${[command, ...rest].join(' ')}".\n\n${USAGE}\n`);
  return 2;
}

// `dossier list … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2))
  .finally(stopExtractionWorker)
  .then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const known = isDossierError(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`dossier: ${known ? (error as Error).message : `unexpected error: ${(error as Error).stack}`}\n`);
    process.exitCode = known ? 2 : 1;
  },
);
