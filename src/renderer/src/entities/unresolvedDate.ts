// "Thursday", "last Friday": a weekday alone could be last week's or next, so extraction gives it no day,
// even in a dated article.
const WEEKDAY_ALONE = /^(?:(?:last|next|this|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** Why a date has no place on the calendar, said under its name in the sidebar. */
export function unresolvedDate(name: string): string {
  return WEEKDAY_ALONE.test(name.trim()) ? 'unresolved: a weekday alone names no week' : 'unresolved: its article has no date';
}
