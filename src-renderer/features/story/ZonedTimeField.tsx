import { useId } from 'react'
import { formatInZone, fromWallClock, toWallClock } from '../../../src-shared/time/zonedTime'

/**
 * A date and time typed as wall-clock time in `zone` and stored as an exact instant.
 * With `zones`, the zone itself can be chosen (a dateline keeps its own zone).
 */
export function ZonedTimeField(props: {
  label: string
  instant: string | null
  zone: string
  onChange: (instant: string | null) => void
  onZoneChange?: (zone: string) => void
  zones?: readonly string[]
  onBlur: () => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="zoned-time">
        <input
          id={id}
          type="datetime-local"
          value={props.instant ? toWallClock(props.instant, props.zone) : ''}
          onChange={(event) => props.onChange(fromWallClock(event.target.value, props.zone))}
          onBlur={props.onBlur}
        />
        {props.zones && props.onZoneChange ? (
          <select aria-label={`${props.label} time zone`} value={props.zone} onChange={(event) => props.onZoneChange?.(event.target.value)} onBlur={props.onBlur}>
            {(props.zones.includes(props.zone) ? props.zones : [props.zone, ...props.zones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{props.zone}</span>
        )}
      </div>
      {props.instant && <span className="field-hint">{formatInZone(props.instant, props.zone)}</span>}
    </div>
  )
}
