import * as v from 'valibot';
import { NOTEBOOK_METHODS, type NotebookApi, type NotebookMethod } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import { jsonTooDeep, MAX_ARGUMENT_DEPTH, valueTooDeep } from './depth';
import { CALLS } from './schemas';

const refused = (why: string) => new DossierError('invalid-input', `${why} Nothing was changed.`);

function isMethod(name: string): name is NotebookMethod {
  return (NOTEBOOK_METHODS as readonly string[]).includes(name);
}

/** "changes.title", "otherIds[2]": the field an issue is about, named as the contract names it. */
function fieldName(method: NotebookMethod, path: v.IssuePathItem[] | undefined): string {
  const [first, ...rest] = path ?? [];
  let field = typeof first?.key === 'number' ? (CALLS[method][first.key]?.[0] ?? `argument ${first.key + 1}`) : 'the arguments';
  for (const item of rest) field += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  return field;
}

/** The problem in plain words; the schemas give their own, valibot's object checks need these. */
function problem(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field this call takes';
  if (issue.expected === 'Object') return 'must be an object';
  if (issue.expected === 'Array') return 'must be a list';
  return issue.message;
}

/**
 * A call's arguments checked against the contract before the notebook is touched: the method must
 * exist, the arguments be a list no longer than it takes, nested at most MAX_ARGUMENT_DEPTH deep and
 * each of the right type and size. Returns the arguments to pass on (defaults applied).
 */
export function checkCall(method: string, args: unknown): { method: NotebookMethod; args: unknown[] } {
  if (!isMethod(method)) throw refused(`No such call: “${String(method).slice(0, 80)}”. The window and this Dossier may be different versions: reload the window.`);
  if (!Array.isArray(args)) throw refused(`The arguments of ${method} must be a list.`);
  const params = CALLS[method];
  if (args.length > params.length) throw refused(`${method} takes at most ${params.length} argument${params.length === 1 ? '' : 's'}, and was given ${args.length}.`);
  if (valueTooDeep(args, MAX_ARGUMENT_DEPTH)) throw refused(`The arguments of ${method} are nested more than ${MAX_ARGUMENT_DEPTH} levels deep or hold too many values.`);
  const schema = v.strictTuple(params.map(([, schema]) => schema));
  const result = v.safeParse(schema, args, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw refused(`In ${method}, ${fieldName(method, issue.path)} ${problem(issue)}.`);
  }
  return { method, args: result.output as unknown[] };
}

/** The one way both transports (Electron IPC and browser mode's HTTP) call the notebook. */
export async function callNotebook(api: NotebookApi, method: string, args: unknown): Promise<unknown> {
  const call = checkCall(method, args);
  const fn = api[call.method] as (...a: unknown[]) => Promise<unknown>;
  return fn.apply(api, call.args);
}

/**
 * An HTTP call's body → its arguments. Nesting is counted on the raw text first, so a body nested
 * 10,000 deep is refused before it is parsed, let alone checked or stored.
 */
export function parseArguments(body: string): unknown {
  if (body.trim() === '') return [];
  if (jsonTooDeep(body, MAX_ARGUMENT_DEPTH)) throw refused(`The request is nested more than ${MAX_ARGUMENT_DEPTH} levels deep.`);
  try {
    return JSON.parse(body);
  } catch {
    throw refused('The request was not valid JSON.');
  }
}
