import { useId, useState, type FormEvent } from 'react'
import type { PublishAction, PublishTarget } from '../../../src-shared/domain/publishing'

/**
 * The question before every publish, correction or unpublish, even with one site: which site
 * (when several may take it), and a confirmation, because what goes out reaches readers at
 * once. Escape or Cancel closes it.
 */
export function PublishQuestion(props: {
  action: PublishAction
  label: string
  targets: PublishTarget[]
  onAnswer: (target: PublishTarget) => void
  onCancel: () => void
}) {
  const { action, label, targets } = props
  const [chosen, setChosen] = useState(targets[0]?.id ?? '')
  const selectId = useId()
  const several = targets.length > 1
  const unpublish = action === 'unpublish'

  function submit(event: FormEvent) {
    event.preventDefault()
    const target = targets.find((candidate) => candidate.id === chosen)
    if (target) props.onAnswer(target)
  }

  const sites = several && (
    <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)} autoFocus>
      {targets.map((target) => (
        <option key={target.id} value={target.id}>
          {target.name}
        </option>
      ))}
    </select>
  )
  return (
    <form className="move-note publish-question" onSubmit={submit} aria-label={label} onKeyDown={(event) => event.key === 'Escape' && props.onCancel()}>
      {unpublish ? (
        <>
          <label htmlFor={selectId}>Take the story off{several ? '' : ` ${targets[0]!.name}?`}</label>
          {several && (
            <>
              {sites}
              <span>?</span>
            </>
          )}
          <span>Readers will no longer see it.</span>
        </>
      ) : (
        <>
          <label htmlFor={selectId}>{label} to{several ? '' : ` ${targets[0]!.name}?`}</label>
          {sites}
          {several && <span>?</span>}
        </>
      )}
      <button type="submit" className={unpublish ? 'button danger' : 'button primary'} autoFocus={!several}>
        {label}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  )
}
