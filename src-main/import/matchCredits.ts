import { MAX_CREDITS, type Credit } from '../../src-shared/domain/credit'
import type { Store } from '../db/store'
import type { ImportNotes } from './importNotes'
import type { ShapeCredit } from './shape/storyShape'

/** The staff directory as the import sees it: people by their folded name. */
export interface Directory {
  /** True when exactly one active person has this name (a bare name under a headline is then a byline). */
  isKnownPerson(name: string): boolean
  find(name: string): { id: string; name: string; active: boolean }[]
}

/** Reads the directory once per import (it is small: a newsroom's staff). */
export function readDirectory(store: Store): Directory {
  const rows = store.all(store.query.selectFrom('people').select(['id', 'name', 'active']).where('deleted_at', 'is', null))
  const byName = new Map<string, { id: string; name: string; active: boolean }[]>()
  for (const row of rows) {
    const key = foldName(row.name)
    byName.set(key, [...(byName.get(key) ?? []), { id: row.id, name: row.name, active: row.active === 1 }])
  }
  const find = (name: string) => byName.get(foldName(name)) ?? []
  return { find, isKnownPerson: (name) => find(name).filter((person) => person.active).length === 1 }
}

/**
 * Turns the credits read from the source into story credits. A name that is exactly one active
 * person's in the directory (case, accents, dots and spacing aside) links to them; desk and agency
 * credits, unknown names, a name two people share and deactivated people stay free text, and the
 * report says why. Repeats are dropped; at most MAX_CREDITS are kept.
 */
export function matchCredits(directory: Directory, credits: readonly ShapeCredit[], notes: ImportNotes): Credit[] {
  const out: Credit[] = []
  for (const credit of credits) {
    // One line, as a credit must be: control characters and bidi overrides out (a ninjs `by` is free text).
    // eslint-disable-next-line no-control-regex
    const name = credit.name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120).trim()
    if (!name || out.some((kept) => kept.role === credit.role && foldName(kept.name) === foldName(name))) continue
    if (out.length >= MAX_CREDITS) {
      notes.look('credit', `Only ${MAX_CREDITS} credits fit on a story; “${name}” and any after it were left out.`)
      break
    }
    out.push(linkPerson(directory, { name, role: credit.role, desk: credit.desk }, notes))
  }
  return out
}

function linkPerson(directory: Directory, credit: { name: string; role: Credit['role']; desk: boolean }, notes: ImportNotes): Credit {
  const free: Credit = { personId: null, name: credit.name, role: credit.role }
  if (credit.desk) return free
  const people = directory.find(credit.name)
  const active = people.filter((person) => person.active)
  if (active.length === 1) return { personId: active[0]!.id, name: active[0]!.name, role: credit.role }
  const field = credit.role === 'author' ? 'byline' : 'credit'
  if (active.length > 1) notes.look(field, `${active.length} people in the directory are called “${credit.name}”: the credit is free text until you pick one.`)
  else if (people.length > 0) notes.look(field, `“${credit.name}” is a deactivated person in the directory: credited by name only.`)
  else notes.look(field, `“${credit.name}” is not in the staff directory: credited by name. Add them in People to link the credit.`)
  return free
}

/** A name for matching: accents, dots, case and extra spaces aside (`Awais  Kiyani.` = `awais kiyani`). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\./g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
}
