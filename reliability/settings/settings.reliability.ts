import { settingsSuite } from './settingsSuite'

settingsSuite('', 200, 'R4-settings-kill')
