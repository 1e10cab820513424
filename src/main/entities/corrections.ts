import type { EntityType } from '../../shared/extraction';
import { DossierError } from '../../shared/errors';
import type { Correction, Entity, EntityCard } from '../../shared/model';
import type { NotebookData } from '../store/schema';

// The entity workbench: card, corrections and undo. Each function mutates `data`; the caller saves.
const notYet = (what: string): never => {
  throw new DossierError('internal', `${what} is not available in this build yet.`);
};

export function entityCard(_data: NotebookData, _id: string): EntityCard {
  return notYet('The entity card');
}
export function renameEntity(_data: NotebookData, _id: string, _name: string): Entity {
  return notYet('Renaming an entity');
}
export function mergeEntities(_data: NotebookData, _intoId: string, _otherIds: string[]): Entity {
  return notYet('Merging entities');
}
export function splitAlias(_data: NotebookData, _id: string, _alias: string): Entity {
  return notYet('Splitting an alias');
}
export function retypeEntity(_data: NotebookData, _id: string, _type: EntityType): Entity {
  return notYet('Changing an entity’s type');
}
export function deleteEntity(_data: NotebookData, _id: string): void {
  notYet('Deleting an entity');
}
export function ignoreEntity(_data: NotebookData, _id: string): void {
  notYet('Marking “not an entity”');
}
export function undoLastCorrection(data: NotebookData): Correction | null {
  return data.corrections.length ? notYet('Undo') : null;
}
