import { Lock } from 'lucide-react'
import type { StoryLock } from '../../../src-shared/domain/lock'

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', hourCycle: 'h23' })

/** Says who holds the story (it is read-only here), and lets an editor take it over. */
export function LockBanner({ lock, canTakeOver, onTakeOver }: { lock: StoryLock; canTakeOver: boolean; onTakeOver: () => void }) {
  return (
    <div className="lock-banner" role="status" data-testid="lock-banner">
      <Lock size={16} aria-hidden="true" />
      <span>
        <strong>{lock.holderName}</strong> is editing this story; you are reading it. Their lock lapses at {TIME.format(new Date(lock.expiresAt))} unless
        renewed.
      </span>
      {canTakeOver && (
        <button type="button" className="button" onClick={onTakeOver}>
          Take over
        </button>
      )}
    </div>
  )
}
