import { useEffect, useState } from 'react'
import type { NewsdeskError } from '../../../src-shared/contract/errors'
import type { AppInfo } from '../../../src-shared/domain/appInfo'
import { newsdesk } from '../../api/newsdesk'
import { PublishTargetsSection } from './PublishTargetsSection'

const SOURCE_LABEL: Record<AppInfo['dataDirSource'], string> = {
  env: 'set by NEWSDESK_DATA_DIR',
  settings: 'set in settings',
  default: 'the default user-data folder',
  host: 'given to the test host',
}

/** Where the data lives, which versions are running, and the sites stories are published to. */
export function SettingsView() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<NewsdeskError | null>(null)

  useEffect(() => {
    void newsdesk?.app.info({}).then((result) => (result.ok ? setInfo(result.value) : setError(result.error)))
  }, [])

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Settings</h1>
      </header>
      {error && <p className="error-banner" role="alert">{error.message}</p>}
      {info && (
        <dl className="facts">
          <dt>Data folder</dt>
          <dd>
            <code>{info.dataDir}</code> <span className="muted">({SOURCE_LABEL[info.dataDirSource]})</span>
          </dd>
          <dt>Database</dt>
          <dd>
            <code>{info.databasePath}</code>
          </dd>
          <dt>Schema version</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Newsdesk version</dt>
          <dd>
            {info.appVersion} <span className="muted">({info.runtime})</span>
          </dd>
        </dl>
      )}
      <PublishTargetsSection />
    </section>
  )
}
