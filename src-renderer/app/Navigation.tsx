import { ROUTES, type RouteId } from './routes'

/**
 * The left navigation: one button per view; the current one is marked for screen readers. In a
 * narrow window only the icons show (shell.css); the label stays the button's name and its tooltip.
 */
export function Navigation({ current, onGo }: { current: RouteId; onGo: (route: RouteId) => void }) {
  return (
    <nav className="nav" aria-label="Views">
      <div className="nav-brand" aria-hidden="true">
        Newsdesk
      </div>
      <ul>
        {ROUTES.map(({ id, label, icon: Icon }) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              title={label}
              aria-current={id === current ? 'page' : undefined}
              onClick={() => onGo(id)}
            >
              <Icon size={18} aria-hidden="true" />
              <span className="nav-label">{label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
