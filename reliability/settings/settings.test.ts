import { settingsSuite } from './settingsSuite'

// Quick subset for `npm test`: 10 kills mid-write; the full run has 200.
settingsSuite(' (quick)', 10, 'R4-settings-kill-quick', 60_000)
