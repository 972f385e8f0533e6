import { UserRound, Wifi, WifiOff } from 'lucide-react'
import type { Person } from '../../src-shared/domain/person'
import { OutboxStatus } from '../features/outbox/OutboxStatus'
import { useOnline } from './useOnline'

/** Always visible: whether the machine is online (drafting works either way), the outbox, and who is working. */
export function StatusBar({ person, onSwitch }: { person: Person; onSwitch: () => void }) {
  const online = useOnline()
  return (
    <footer className="status-bar">
      <span className="status-item" data-testid="network-status">
        {online ? <Wifi size={14} aria-hidden="true" /> : <WifiOff size={14} aria-hidden="true" />}
        {online ? 'Online' : 'Offline: working locally'}
      </span>
      <OutboxStatus />
      <span className="status-item status-person" data-testid="current-person">
        <UserRound size={14} aria-hidden="true" />
        {person.name}
        <button type="button" className="link-button" onClick={onSwitch}>
          Switch person
        </button>
      </span>
    </footer>
  )
}
