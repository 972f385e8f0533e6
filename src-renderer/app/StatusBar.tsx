import { Wifi, WifiOff } from 'lucide-react'
import { useOnline } from './useOnline'

/** Always visible: whether the machine is online. (Drafting works either way.) */
export function StatusBar() {
  const online = useOnline()
  return (
    <footer className="status-bar">
      <span className="status-item" data-testid="network-status">
        {online ? <Wifi size={14} aria-hidden="true" /> : <WifiOff size={14} aria-hidden="true" />}
        {online ? 'Online' : 'Offline: working locally'}
      </span>
    </footer>
  )
}
