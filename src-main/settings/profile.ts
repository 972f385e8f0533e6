import type { Person } from '../../src-shared/domain/person'
import { ServiceError } from '../app/serviceError'
import type { PersonService } from '../people/personService'
import type { SettingsBackend } from './settingsBackend'

/** The settings key that holds the current person's id. */
export const PROFILE_KEY = 'profile.personId'

/**
 * Who is using this workstation: a person from the staff directory, chosen at first start and
 * kept in the settings file (electron-store). It is who saves, moves and publishes.
 */
export interface Profile {
  /** The person's id, or null before anyone was chosen (or if they were deleted). */
  personId(): string | null
  /** The current person, or null. */
  get(): Person | null
  /** @throws ServiceError `not_found`, or `invalid_input` for an inactive person. */
  set(personId: string): Person
}

export function createProfile(settings: SettingsBackend, people: PersonService): Profile {
  function current(): Person | null {
    const id = settings.get(PROFILE_KEY)
    if (typeof id !== 'string') return null
    try {
      return people.get({ id })
    } catch {
      return null
    }
  }
  return {
    personId: () => current()?.id ?? null,
    get: current,
    set(personId) {
      const person = people.get({ id: personId })
      if (!person.active) throw new ServiceError('invalid_input', `${person.name} is deactivated; reactivate them in People first.`)
      settings.set(PROFILE_KEY, person.id)
      return person
    },
  }
}
