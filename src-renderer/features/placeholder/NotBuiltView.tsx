import type { RouteId } from '../../app/routes'

const PLANNED: Partial<Record<RouteId, { title: string; text: string }>> = {
  outbox: { title: 'Outbox', text: 'Publishing to the site is not built yet, so nothing is waiting to be sent.' },
}

/** An honest empty view for a part of the desk that does not exist yet. */
export function NotBuiltView({ route }: { route: RouteId }) {
  const planned = PLANNED[route] ?? { title: route, text: 'Not built yet.' }
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{planned.title}</h1>
      </header>
      <p className="empty-state">{planned.text}</p>
    </section>
  )
}
