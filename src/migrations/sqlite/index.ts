import * as migration_20261122_204953_initial from './20261122_204953_initial';
import * as migration_20261129_150717_attribution from './20261129_150717_attribution';
import * as migration_20261129_163339_attribution_rollups from './20261129_163339_attribution_rollups';
import * as migration_20261129_164204_visitors from './20261129_164204_visitors';
import * as migration_20261129_172258_distribution from './20261129_172258_distribution';
import * as migration_20261129_201225_growth from './20261129_201225_growth';
import * as migration_20261129_235500_bot_click_rollups from './20261129_235500_bot_click_rollups';

export const migrations = [
  {
    up: migration_20261122_204953_initial.up,
    down: migration_20261122_204953_initial.down,
    name: '20261122_204953_initial',
  },
  {
    up: migration_20261129_150717_attribution.up,
    down: migration_20261129_150717_attribution.down,
    name: '20261129_150717_attribution',
  },
  {
    up: migration_20261129_163339_attribution_rollups.up,
    down: migration_20261129_163339_attribution_rollups.down,
    name: '20261129_163339_attribution_rollups',
  },
  {
    up: migration_20261129_164204_visitors.up,
    down: migration_20261129_164204_visitors.down,
    name: '20261129_164204_visitors',
  },
  {
    up: migration_20261129_172258_distribution.up,
    down: migration_20261129_172258_distribution.down,
    name: '20261129_172258_distribution',
  },
  {
    up: migration_20261129_201225_growth.up,
    down: migration_20261129_201225_growth.down,
    name: '20261129_201225_growth'
  },
  {
    up: migration_20261129_235500_bot_click_rollups.up,
    down: migration_20261129_235500_bot_click_rollups.down,
    name: '20261129_235500_bot_click_rollups',
  },
];
