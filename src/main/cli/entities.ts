import { DossierError } from '../../shared/errors';
import type { EntityType } from '../../shared/extraction';
import { entityByNameOrId } from '../entities/resolve';
import { openNotebookForCommand } from './open';
import { ENTITIES_USAGE } from './usage';

type Out = (line: string) => void;

const need = (args: string[], count: number, usage: string) => {
  if (args.length < count) throw new DossierError('invalid-input', `Not enough names. Use: dossier ${usage}`);
};

/** `dossier entities …`: the window's corrections, for scripting. Each is remembered for later imports. */
export async function entitiesCommand(args: string[], dataDir: string, out: Out): Promise<number> {
  const [action, ...rest] = args;
  const { notebook, store } = await openNotebookForCommand(dataDir);
  const find = (text: string) => entityByNameOrId(store.data, text);
  try {
    switch (action) {
      case 'rename': {
        need(rest, 2, 'entities rename ENTITY NEW_NAME');
        const entity = await notebook.renameEntity(find(rest[0]).id, rest.slice(1).join(' '));
        out(`${entity.id}\t${entity.type}\t${entity.name}`);
        return 0;
      }
      case 'merge': {
        need(rest, 2, 'entities merge INTO OTHER...');
        const into = find(rest[0]);
        const entity = await notebook.mergeEntities(into.id, rest.slice(1).map((name) => find(name).id), { laterImports: true });
        out(`${entity.id}\t${entity.type}\t${entity.name}\t(${entity.aliases.join(', ')})`);
        return 0;
      }
      case 'split': {
        need(rest, 2, 'entities split ENTITY ALIAS');
        const entity = await notebook.splitAlias(find(rest[0]).id, rest[1]);
        out(`${entity.id}\t${entity.type}\t${entity.name}`);
        return 0;
      }
      case 'retype': {
        need(rest, 2, 'entities retype ENTITY TYPE');
        const type = rest[1].toUpperCase() as EntityType;
        const entity = await notebook.retypeEntity(find(rest[0]).id, type);
        out(`${entity.id}\t${entity.type}\t${entity.name}`);
        return 0;
      }
      case 'delete':
      case 'ignore': {
        need(rest, 1, `entities ${action} ENTITY`);
        const entity = find(rest[0]);
        await (action === 'delete' ? notebook.deleteEntity(entity.id) : notebook.ignoreEntity(entity.id));
        out(`${action === 'delete' ? 'Deleted' : 'Not an entity:'} ${entity.name}`);
        return 0;
      }
      case 'undo': {
        const undone = await notebook.undoCorrection();
        out(undone ? `Undone: ${undone.label}` : 'There is no correction to undo.');
        return 0;
      }
    }
    throw new DossierError('invalid-input', `Say which correction to make:\n${ENTITIES_USAGE}`);
  } finally {
    await store.close();
  }
}
