import { useEffect, useState } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'

/**
 * The staff directory, loaded once per mounting component (it is small: a newsroom, not a
 * city). `includeInactive` keeps deactivated people, for names already on stories.
 */
export function usePeople({ includeInactive = false }: { includeInactive?: boolean } = {}): Person[] {
  const [people, setPeople] = useState<Person[]>([])
  useEffect(() => {
    let current = true
    void newsdesk?.people.list({ includeInactive }).then((result) => current && result.ok && setPeople(result.value))
    return () => {
      current = false
    }
  }, [includeInactive])
  return people
}
