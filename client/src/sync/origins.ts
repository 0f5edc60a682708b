/**
 * Transaction origin of the user's own edits outside the text editors (choices, yes/no,
 * checkboxes). The undo manager tracks it, so undo only reverts one's own edits.
 */
export const LOCAL_ORIGIN = { name: 'ruang-kasus:local-edit' } as const
