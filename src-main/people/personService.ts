import { sql, type Selectable } from 'kysely'
import { StaffRole, type Person, type PersonInput } from '../../src-shared/domain/person'
import type { ServiceContext } from '../app/serviceContext'
import { ServiceError } from '../app/serviceError'
import type { PeopleTable } from '../db/schema'
import { containsText } from '../db/containsText'
import type { Store } from '../db/store'

/** The staff directory. People are deactivated, and deleted only when no story credits them. */
export interface PersonService {
  /** People by name; `query` matches name, title, desk or email; inactive people only when asked. */
  list(input: { query: string; includeInactive: boolean }): Person[]
  /** @throws ServiceError `not_found`. */
  get(input: { id: string }): Person
  create(input: PersonInput): Person
  /** @throws ServiceError `not_found`. */
  update(input: PersonInput & { id: string }): Person
  /** Deactivates or reactivates; an inactive person keeps their credits but is not offered for new ones. */
  setActive(input: { id: string; active: boolean }): Person
  /** @throws ServiceError `conflict` when a story credits or is assigned to them (deactivate instead). */
  remove(input: { id: string }): void
}

export function createPersonService(store: Store, context: ServiceContext): PersonService {
  const { query } = store

  function find(id: string): Person {
    const row = store.first(query.selectFrom('people').selectAll().where('id', '=', id).where('deleted_at', 'is', null))
    if (!row) throw new ServiceError('not_found', 'That person is not in the staff directory.')
    return toPerson(row)
  }

  function touch(id: string, values: Partial<Selectable<PeopleTable>>): Person {
    find(id)
    store.run(query.updateTable('people').set({ ...values, updated_at: context.now().toISOString(), updated_by: context.actor() }).where('id', '=', id))
    return find(id)
  }

  return {
    list({ query: text, includeInactive }) {
      let select = query.selectFrom('people').selectAll().where('deleted_at', 'is', null)
      if (!includeInactive) select = select.where('active', '=', 1)
      const needle = text.trim()
      if (needle) select = select.where(containsText(['name', 'title', 'desk', 'email'], needle))
      return store.all(select.orderBy(sql`name COLLATE NOCASE`).limit(500)).map(toPerson)
    },

    get: ({ id }) => find(id),

    create(input) {
      const id = context.newId()
      const now = context.now().toISOString()
      const actor = context.actor()
      store.transaction(() =>
        store.run(
          query.insertInto('people').values({ id, ...fields(input), created_at: now, created_by: actor, updated_at: now, updated_by: actor }),
        ),
      )
      return find(id)
    },

    update: ({ id, ...input }) => store.transaction(() => touch(id, fields(input))),
    setActive: ({ id, active }) => store.transaction(() => touch(id, { active: active ? 1 : 0 })),

    remove({ id }) {
      store.transaction(() => {
        const person = find(id)
        const credited = store.first(
          query
            .selectFrom('stories')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('deleted_at', 'is', null)
            .where((eb) =>
              eb.or([
                eb('assignee_id', '=', id),
                sql<boolean>`EXISTS (SELECT 1 FROM json_each(stories.credits_json) WHERE json_extract(value, '$.personId') = ${id})`,
              ]),
            ),
        )
        const count = Number(credited?.count ?? 0)
        if (count > 0) {
          throw new ServiceError('conflict', `${person.name} is credited on or assigned to ${count === 1 ? 'a story' : `${count} stories`}, so they stay in the directory. Deactivate them instead.`)
        }
        const now = context.now().toISOString()
        store.run(query.updateTable('people').set({ deleted_at: now, updated_at: now, updated_by: context.actor() }).where('id', '=', id))
      })
    },
  }
}

function fields(input: PersonInput) {
  return { name: input.name, title: input.title, email: input.email, desk: input.desk, roles: JSON.stringify([...new Set(input.roles)]) }
}

function toPerson(row: Selectable<PeopleTable>): Person {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    email: row.email,
    desk: row.desk,
    roles: StaffRole.array().parse(JSON.parse(row.roles)),
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
