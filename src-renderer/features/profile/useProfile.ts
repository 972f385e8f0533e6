import { useCallback, useEffect, useState } from 'react'
import type { Person } from '../../../src-shared/domain/person'
import { newsdesk } from '../../api/newsdesk'

/** Who is using this workstation: `undefined` while loading, `null` before the first-start choice. */
export function useProfile(): { person: Person | null | undefined; choose: (person: Person) => void; forget: () => void } {
  const [person, setPerson] = useState<Person | null | undefined>(undefined)
  useEffect(() => {
    void newsdesk?.profile.get({}).then((result) => setPerson(result.ok ? result.value.person : null))
  }, [])
  const choose = useCallback((chosen: Person) => setPerson(chosen), [])
  const forget = useCallback(() => setPerson(null), [])
  return { person, choose, forget }
}
