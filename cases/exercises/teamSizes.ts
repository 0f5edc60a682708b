/**
 * How `count` students without a team are split into teams of `teamSize`: full teams, and the last team takes the
 * remainder, except that a remainder of one joins the previous team instead of working alone. The sizes in order
 * (e.g. 3 students, size 2 → [3]; 7, size 3 → [3, 4]; 1, size 4 → [1]). The server forms teams by it and the
 * control room explains it before the lecturer confirms.
 */
export function teamSizes(count: number, teamSize: number): number[] {
  const sizes: number[] = []
  for (let left = count; left > 0; left -= teamSize) sizes.push(Math.min(teamSize, left))
  if (teamSize > 1 && sizes.length > 1 && sizes.at(-1) === 1) {
    sizes.pop()
    sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + 1
  }
  return sizes
}
