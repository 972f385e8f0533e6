import { z } from 'zod'
import { Instant, RowId } from './story'

/** What a person may do on the desk (DESIGN.md, issue 4). Workflow rules read these. */
export const STAFF_ROLES = ['reporter', 'editor', 'publisher', 'photographer', 'admin'] as const
export const StaffRole = z.enum(STAFF_ROLES)
export type StaffRole = z.infer<typeof StaffRole>

// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/u

/** A person's name as typed: trimmed, one line, 1–120 characters. */
export const PersonName = z.string().trim().min(1, 'is required').max(120).regex(ONE_LINE, 'must be one line without control characters')

/** What can be set on a person. `email` may be empty; `title` is the short bio ("Senior Reporter, Islamabad"). */
export const PersonInput = z.object({
  name: PersonName,
  title: z.string().trim().max(200).regex(ONE_LINE, 'must be one line').default(''),
  email: z.union([z.literal(''), z.email('must be an email address')]).default(''),
  desk: z.string().trim().max(80).regex(ONE_LINE, 'must be one line').default(''),
  roles: z.array(StaffRole).max(STAFF_ROLES.length).default([]),
})
export type PersonInput = z.infer<typeof PersonInput>

/** Someone in the staff directory. An inactive person stays on the stories that credit them. */
export const Person = z.object({
  id: RowId,
  name: z.string(),
  title: z.string(),
  email: z.string(),
  desk: z.string(),
  roles: z.array(StaffRole),
  active: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
})
export type Person = z.infer<typeof Person>
