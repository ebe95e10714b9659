/**
 * What a pack of the user's own must satisfy before it is stored, whichever way it arrives (the
 * framework import or a backup). A pack may not take a built-in's id: the built-in would silently
 * win, and the user would never see their import.
 */
export function customFrameworkIdProblem(id: string, builtinIds: readonly string[]): string | null {
  return builtinIds.includes(id)
    ? `"${id}" belongs to a framework Loopside ships; give your pack its own id`
    : null;
}
