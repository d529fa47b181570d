import * as migration_20261122_205004_initial from './20261122_205004_initial';
import * as migration_20261129_150720_attribution from './20261129_150720_attribution';
import * as migration_20261129_163405_attribution_rollups from './20261129_163405_attribution_rollups';
import * as migration_20261129_164220_visitors from './20261129_164220_visitors';
import * as migration_20261129_172308_distribution from './20261129_172308_distribution';
import * as migration_20261129_201232_growth from './20261129_201232_growth';
import * as migration_20261129_235500_bot_click_rollups from './20261129_235500_bot_click_rollups';

export const migrations = [
  {
    up: migration_20261122_205004_initial.up,
    down: migration_20261122_205004_initial.down,
    name: '20261122_205004_initial',
  },
  {
    up: migration_20261129_150720_attribution.up,
    down: migration_20261129_150720_attribution.down,
    name: '20261129_150720_attribution',
  },
  {
    up: migration_20261129_163405_attribution_rollups.up,
    down: migration_20261129_163405_attribution_rollups.down,
    name: '20261129_163405_attribution_rollups',
  },
  {
    up: migration_20261129_164220_visitors.up,
    down: migration_20261129_164220_visitors.down,
    name: '20261129_164220_visitors',
  },
  {
    up: migration_20261129_172308_distribution.up,
    down: migration_20261129_172308_distribution.down,
    name: '20261129_172308_distribution',
  },
  {
    up: migration_20261129_201232_growth.up,
    down: migration_20261129_201232_growth.down,
    name: '20261129_201232_growth'
  },
  {
    up: migration_20261129_235500_bot_click_rollups.up,
    down: migration_20261129_235500_bot_click_rollups.down,
    name: '20261129_235500_bot_click_rollups',
  },
];
