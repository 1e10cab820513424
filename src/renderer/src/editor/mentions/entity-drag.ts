import type { EntityType } from '../../../../shared/extraction';

/** The drag payload of an entity row in the Entities sidebar; the note editor turns it into a mention. */
export const ENTITY_DRAG_TYPE = 'application/x-dossier-entity';

export interface DraggedEntity {
  id: string;
  name: string;
  type: EntityType;
}

export function setEntityDragData(data: DataTransfer, entity: DraggedEntity): void {
  data.setData(ENTITY_DRAG_TYPE, JSON.stringify({ id: entity.id, name: entity.name, type: entity.type }));
  // Dropped anywhere else, it is just the name.
  data.setData('text/plain', entity.name);
  data.effectAllowed = 'copy';
}

export function readEntityDragData(data: DataTransfer | null): DraggedEntity | null {
  const raw = data?.getData(ENTITY_DRAG_TYPE);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DraggedEntity>;
    return typeof parsed.id === 'string' && typeof parsed.name === 'string' && typeof parsed.type === 'string' ? (parsed as DraggedEntity) : null;
  } catch {
    return null;
  }
}
