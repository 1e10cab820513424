import type { EntityType, Extraction } from '../../shared/extraction';

/**
 * Corrections remembered as rules, applied to every later import (issue 8 fills these in).
 * A rule names text as the user wrote it; matching is case-insensitive on whitespace-folded names.
 */
export type EntityRule =
  | { kind: 'alias'; name: string; type: EntityType; canonical: string }
  | { kind: 'ignore'; name: string }
  | { kind: 'retype'; name: string; from?: EntityType; to: EntityType }
  | { kind: 'rename'; name: string; type: EntityType; to: string };

/** What undo needs to put the notebook back: a snapshot of what the correction changed. */
export interface CorrectionRecord {
  undo: unknown;
}

/** Applies the user's rules to a fresh extraction before it is merged into the notebook. */
export function applyRules(extraction: Extraction, rules: EntityRule[]): Extraction {
  if (rules.length === 0) return extraction;
  return extraction;
}
