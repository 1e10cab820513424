import { describe, expect, it } from 'vitest';
import { unresolvedDate } from '../../../../src/renderer/src/entities/unresolvedDate';

describe('the sidebar’s note on a date it cannot place', () => {
  it('says a weekday alone names no week, whatever the article’s date', () => {
    expect(unresolvedDate('Thursday')).toBe('unresolved: a weekday alone names no week');
    expect(unresolvedDate('last Friday')).toBe('unresolved: a weekday alone names no week');
  });

  it('says the article has no date for a day and month without a year', () => {
    expect(unresolvedDate('Oct. 10')).toBe('unresolved: its article has no date');
    expect(unresolvedDate('Sunday, Oct. 10')).toBe('unresolved: its article has no date');
  });
});
