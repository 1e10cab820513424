import { ENTITY_TYPES } from '../../shared/extraction';

// The commands' usage, apart from the commands: `dossier --help` and `dossier extract` load none of
// the notebook's code.
export const ENTITIES_USAGE = `  entities rename ENTITY NEW_NAME [--data DIR]
  entities merge INTO OTHER... [--data DIR]    the others become aliases of INTO
  entities split ENTITY ALIAS [--data DIR]     an alias back out as its own entity
  entities retype ENTITY TYPE [--data DIR]     TYPE: ${ENTITY_TYPES.join('|')}
  entities delete|ignore ENTITY [--data DIR]   ignore: also "not an entity" in later imports
  entities undo [--data DIR]                   undo the newest correction
                                               ENTITY: an id, a name or an alias`;
