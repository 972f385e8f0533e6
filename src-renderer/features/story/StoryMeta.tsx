import { slugIsFixed } from '../../../src-shared/domain/story'
import type { SavedStory, StoryFields } from '../../../src-shared/domain/storyDraft'
import { slugify } from '../../../src-shared/text/slugify'
import { AssigneeField } from './AssigneeField'
import { CreditsEditor } from './CreditsEditor'
import { LeadPictureEditor } from './LeadPictureEditor'
import { fromWallClock, toWallClock } from '../../../src-shared/time/zonedTime'
import { TagsField } from './TagsField'
import { TextField } from './TextField'
import { LANGUAGES, TIME_ZONES, deskTimeZone } from './choices'
import { ZonedTimeField } from './ZonedTimeField'

/** The side panel's fields: slug, section, tags, language, dateline, deadline, word target, ednote. */
export function StoryMeta({ story, fields, update, onBlur }: { story: SavedStory; fields: StoryFields; update: (change: Partial<StoryFields>) => void; onBlur: () => void }) {
  const fixed = slugIsFixed(story.state)
  const slug = fixed ? story.slug : fields.slugLocked ? fields.slug : story.headline === fields.headline ? story.slug : slugify(fields.headline)
  const languages = LANGUAGES.some((l) => l.tag === fields.language) ? LANGUAGES : [...LANGUAGES, { tag: fields.language, name: fields.language }]
  const zone = fields.datelineZone ?? deskTimeZone()

  return (
    <div className="story-meta">
      <CreditsEditor credits={fields.credits} onChange={(credits) => update({ credits })} />
      <AssigneeField assigneeId={fields.assigneeId} onChange={(assigneeId) => update({ assigneeId })} onBlur={onBlur} />
      <LeadPictureEditor lead={fields.lead} onChange={(lead) => update({ lead })} onBlur={onBlur} />
      <h2 className="side-heading">Details</h2>
      <TextField
        label="Slug"
        maxLength={100}
        value={slug}
        dir="auto"
        readOnly={fixed}
        hint={fixed ? 'The story’s web address since it was published: it stays, so readers’ links keep working.' : fields.slugLocked ? 'Edited by hand; cleaned and made unique when saved.' : 'Follows the headline until you edit it.'}
        onChange={(value) => update({ slug: value, slugLocked: true })}
        onBlur={onBlur}
      />
      {fields.slugLocked && !fixed && (
        <button type="button" className="link-button" onClick={() => update({ slugLocked: false })}>
          Follow the headline again
        </button>
      )}
      <TextField label="Section" maxLength={80} value={fields.section} onChange={(section) => update({ section })} onBlur={onBlur} />
      <TagsField tags={fields.tags} onChange={(tags) => update({ tags })} onBlur={onBlur} />
      <div className="field">
        <label htmlFor="story-language">Language</label>
        <select id="story-language" value={fields.language} onChange={(event) => update({ language: event.target.value })} onBlur={onBlur}>
          {languages.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Dateline place" maxLength={120} value={fields.datelinePlace} onChange={(datelinePlace) => update({ datelinePlace })} onBlur={onBlur} />
      <ZonedTimeField
        label="Dateline time"
        instant={fields.datelineAt}
        zone={zone}
        onChange={(datelineAt) => update({ datelineAt, datelineZone: zone })}
        // The time as typed stays; it now means that wall-clock time in the new zone.
        onZoneChange={(datelineZone) =>
          update({ datelineZone, datelineAt: fields.datelineAt ? fromWallClock(toWallClock(fields.datelineAt, zone), datelineZone) : null })
        }
        zones={TIME_ZONES}
        onBlur={onBlur}
      />
      <ZonedTimeField label="Deadline" instant={fields.deadlineAt} zone={deskTimeZone()} onChange={(deadlineAt) => update({ deadlineAt })} onBlur={onBlur} />
      <div className="field">
        <label htmlFor="story-word-target">Word target</label>
        <input
          id="story-word-target"
          type="number"
          min={1}
          step={50}
          value={fields.wordTarget ?? ''}
          max={100_000}
          onChange={(event) => {
            const target = Math.round(Number(event.target.value))
            update({ wordTarget: event.target.value && Number.isFinite(target) && target >= 1 ? Math.min(target, 100_000) : null })
          }}
          onBlur={onBlur}
        />
      </div>
      <TextField label="Ednote" multiline maxLength={10_000} value={fields.ednote} hint="For the desk only; never published." onChange={(ednote) => update({ ednote })} onBlur={onBlur} />
    </div>
  )
}
