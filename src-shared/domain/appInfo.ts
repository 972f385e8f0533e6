import { z } from 'zod'

/**
 * What the workstation reports about itself, for the Settings view and support.
 * `dataDir` and `databasePath` are shown to the person, never sent back as input.
 * `dataDirSource` says which rule chose the folder: the NEWSDESK_DATA_DIR environment
 * variable, the `dataDir` setting, the platform's user-data folder, or (`host`) the folder the
 * test host was started on (`npm run browser -- --data-dir`, the end-to-end tests).
 */
export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  dataDir: z.string(),
  dataDirSource: z.enum(['env', 'settings', 'default', 'host']),
  databasePath: z.string(),
  runtime: z.enum(['electron', 'test-host']),
})
export type AppInfo = z.infer<typeof AppInfo>
