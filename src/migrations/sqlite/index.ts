import * as migration_20261122_204953_initial from './20261122_204953_initial';
import * as migration_20261129_143146_tracked_links_and_clicks from './20261129_143146_tracked_links_and_clicks';

export const migrations = [
  {
    up: migration_20261122_204953_initial.up,
    down: migration_20261122_204953_initial.down,
    name: '20261122_204953_initial',
  },
  {
    up: migration_20261129_143146_tracked_links_and_clicks.up,
    down: migration_20261129_143146_tracked_links_and_clicks.down,
    name: '20261129_143146_tracked_links_and_clicks'
  },
];
