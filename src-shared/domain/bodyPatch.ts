import { z } from 'zod'

/** A top-level block of a body as stored JSON (`{ type: 'paragraph', content: [...] }`). */
export type BodyBlock = Record<string, unknown>

/** The most top-level blocks one body may have: a 36,000-word story has about 700. */
export const MAX_BODY_BLOCKS = 100_000

/**
 * What an autosave sends of the body: the stretch of top-level blocks that changed since the
 * version the save starts from, as a splice. Blocks `[from, from + remove)` of the stored body
 * are replaced by `insert`; `blockCount` is how many blocks the body has afterwards, so a
 * patch meant for another text is refused instead of stored. Typing changes one paragraph,
 * so a save of a 36,000-word story carries one block, not the whole story (issue 8, P1).
 * Only the outer shape is checked here; the main process parses the blocks against the
 * editor schema as it does a whole body.
 */
export const BodyPatch = z
  .object({
    from: z.number().int().nonnegative().max(MAX_BODY_BLOCKS),
    remove: z.number().int().nonnegative().max(MAX_BODY_BLOCKS),
    insert: z.array(z.record(z.string(), z.unknown())).max(MAX_BODY_BLOCKS),
    blockCount: z.number().int().nonnegative().max(MAX_BODY_BLOCKS),
  })
  .strict()
export type BodyPatch = z.infer<typeof BodyPatch>

/** Why a patch does not fit a body: it names a stretch the body lacks, or counts differently. */
export class PatchMismatch extends Error {}

/**
 * `blocks` with `patch` applied, as a new array (`blocks` is not changed).
 * @throws PatchMismatch when the stretch runs past the body's end, or the result does not
 * have `patch.blockCount` blocks.
 */
export function applyBodyPatch(blocks: readonly BodyBlock[], patch: BodyPatch): BodyBlock[] {
  if (patch.from + patch.remove > blocks.length) {
    throw new PatchMismatch(`the change covers blocks ${patch.from}–${patch.from + patch.remove} of a body of ${blocks.length}`)
  }
  const result = [...blocks.slice(0, patch.from), ...patch.insert, ...blocks.slice(patch.from + patch.remove)]
  if (result.length !== patch.blockCount) {
    throw new PatchMismatch(`the changed body would have ${result.length} blocks, the editor has ${patch.blockCount}`)
  }
  return result
}

/**
 * The patch that turns a body of `before` blocks into `after`, given a test of whether two
 * blocks are the same (for ProseMirror nodes, identity: unchanged blocks are shared between
 * documents). The common start and end are left out; `toJson` is called for the blocks in
 * between only. O(blocks) comparisons.
 */
export function patchBetween<B>(before: readonly B[], after: readonly B[], same: (a: B, b: B) => boolean, toJson: (block: B) => BodyBlock): BodyPatch {
  const shorter = Math.min(before.length, after.length)
  let start = 0
  while (start < shorter && same(before[start]!, after[start]!)) start++
  let end = 0
  while (end < shorter - start && same(before[before.length - 1 - end]!, after[after.length - 1 - end]!)) end++
  return {
    from: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end).map(toJson),
    blockCount: after.length,
  }
}
