import { z } from 'zod'
import { PersonName } from './person'
import { RowId } from './story'

/**
 * How someone is credited on a story: `author` appears in the byline ("By …"); the others are
 * credit lines ("Reporter: …").
 */
export const CREDIT_ROLES = ['author', 'reporter', 'additional_reporting', 'photographer'] as const
export const CreditRole = z.enum(CREDIT_ROLES)
export type CreditRole = z.infer<typeof CreditRole>

/**
 * One credit on a story, in byline order: a person from the directory (`personId`, with their
 * name as it was when credited) or a free-text credit such as a desk or agency ("News Desk",
 * "AP", "Staff Reporter", `personId` null).
 */
export const Credit = z.object({ personId: RowId.nullable(), name: PersonName, role: CreditRole })
export type Credit = z.infer<typeof Credit>

/** Most credits a story can carry. */
export const MAX_CREDITS = 20
