import { getText } from '@tiptap/core'
import type { Node } from '@tiptap/pm/model'
import { BODY_TEXT_OPTIONS } from '../../src-shared/editor/bodyExtensions'
import { patchBetween, type BodyBlock, type BodyPatch } from '../../src-shared/domain/bodyPatch'
import type { BodyJson } from '../../src-shared/domain/storyDraft'
import { withoutDirection } from '../../src-shared/editor/withoutDirection'

/**
 * The body as an editor held it at one moment. Taking one costs nothing (ProseMirror
 * documents are immutable, so it is a reference); the JSON is made only when a save needs it.
 */
export interface BodySnapshot {
  /** The whole body as stored JSON (without `dir`, which follows the story's language). */
  json(): BodyJson
  /** Its plain text as the main process stores it (`BODY_TEXT_OPTIONS`: blocks a blank line apart, captions left out). */
  text(): string
  /**
   * What changed from `earlier` to this snapshot, as a patch of top-level blocks, or null when
   * `earlier` came from another editor (a remount, another story) and only the whole body will do.
   */
  patchSince(earlier: BodySnapshot): BodyPatch | null
}

/** What a snapshot reads: TipTap's `Editor`, or anything else holding a ProseMirror state. */
export interface DocHolder {
  readonly state: { readonly doc: Node }
}

class DocSnapshot implements BodySnapshot {
  constructor(
    private readonly editor: DocHolder,
    private readonly doc: Node,
  ) {}

  json(): BodyJson {
    return withoutDirection(this.doc.toJSON() as BodyJson)
  }

  text(): string {
    return getText(this.doc, BODY_TEXT_OPTIONS)
  }

  patchSince(earlier: BodySnapshot): BodyPatch | null {
    if (!(earlier instanceof DocSnapshot) || earlier.editor !== this.editor) return null
    // A transaction rebuilds only the blocks it touched and shares the rest with the previous
    // document, so an unchanged block is the very same node: comparing by identity is exact.
    return patchBetween(earlier.doc.children, this.doc.children, Object.is, (block) => withoutDirection(block.toJSON() as BodyBlock))
  }
}

/**
 * The editor's body as it is now. Take it when the body changes, not later: the editor may be
 * gone by then (a remount for a new language), and its document with it.
 */
export function snapshotBody(editor: DocHolder): BodySnapshot {
  return new DocSnapshot(editor, editor.state.doc)
}

/**
 * What a save sends of the body: nothing when the database already holds it (`stored`, or the
 * body as opened when `body` is null), else the blocks changed since `stored`, else all of it.
 */
export function bodyChanges(body: BodySnapshot | null, stored: BodySnapshot | null): { body?: BodyJson; bodyPatch?: BodyPatch } {
  if (!body || body === stored) return {}
  const patch = stored && body.patchSince(stored)
  if (!patch) return { body: body.json() }
  return patch.remove === 0 && patch.insert.length === 0 ? {} : { bodyPatch: patch }
}
