import type { StoryDetail, StoryFields } from '../../../src-shared/domain/storyDraft'
import { slugify } from '../../../src-shared/text/slugify'
import { AssigneeField } from './AssigneeField'
import { CreditsEditor } from './CreditsEditor'
import { LeadPictureEditor } from './LeadPictureEditor'
import { TextField } from './TextField'
import { LANGUAGES, TIME_ZONES, deskTimeZone } from './choices'
import { ZonedTimeField } from './ZonedTimeField'

/** The side panel's fields: slug, section, tags, language, dateline, deadline, word target, ednote. */
export function StoryMeta({ story, fields, update, onBlur }: { story: StoryDetail; fields: StoryFields; update: (change: Partial<StoryFields>) => void; onBlur: () => void }) {
  const slug = fields.slugLocked ? fields.slug : story.headline === fields.headline ? story.slug : slugify(fields.headline)
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
        value={slug}
        dir="auto"
        hint={fields.slugLocked ? 'Edited by hand; cleaned and made unique when saved.' : 'Follows the headline until you edit it.'}
        onChange={(value) => update({ slug: value, slugLocked: true })}
        onBlur={onBlur}
      />
      {fields.slugLocked && (
        <button type="button" className="link-button" onClick={() => update({ slugLocked: false })}>
          Follow the headline again
        </button>
      )}
      <TextField label="Section" value={fields.section} onChange={(section) => update({ section })} onBlur={onBlur} />
      <TextField
        label="Tags"
        value={fields.tags.join(', ')}
        hint="Separated by commas."
        onChange={(value) => update({ tags: value.split(',').map((tag) => tag.trim()).filter(Boolean) })}
        onBlur={onBlur}
      />
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
      <TextField label="Dateline place" value={fields.datelinePlace} onChange={(datelinePlace) => update({ datelinePlace })} onBlur={onBlur} />
      <ZonedTimeField
        label="Dateline time"
        instant={fields.datelineAt}
        zone={zone}
        onChange={(datelineAt) => update({ datelineAt, datelineZone: zone })}
        onZoneChange={(datelineZone) => update({ datelineZone })}
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
          onChange={(event) => update({ wordTarget: event.target.value ? Math.max(1, Math.round(Number(event.target.value))) : null })}
          onBlur={onBlur}
        />
      </div>
      <TextField label="Ednote" multiline value={fields.ednote} hint="For the desk only; never published." onChange={(ednote) => update({ ednote })} onBlur={onBlur} />
    </div>
  )
}
