/**
 * The exercise this tab last heard of, per class, so a page opened or navigated to after the start event (the
 * workspace the banner just led to, or a reload) asks the server for its clock instead of waiting for the next event.
 */
const key = (classId: string) => `rk:exercise:${classId}`

/** The remembered exercise id of the class, if any. */
export function rememberedExercise(classId: string): string | null {
  try {
    return sessionStorage.getItem(key(classId))
  } catch {
    return null
  }
}

/** Remember (or with null, forget) the class's current exercise in this tab. */
export function rememberExercise(classId: string, exerciseId: string | null): void {
  try {
    if (exerciseId) sessionStorage.setItem(key(classId), exerciseId)
    else sessionStorage.removeItem(key(classId))
  } catch {
    // Storage can be disabled: the banner then waits for the next event.
  }
}
