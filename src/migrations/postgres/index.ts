import * as migration_20261122_205004_initial from './20261122_205004_initial';
import * as migration_20261129_145932_attribution from './20261129_145932_attribution';

export const migrations = [
  {
    up: migration_20261122_205004_initial.up,
    down: migration_20261122_205004_initial.down,
    name: '20261122_205004_initial',
  },
  {
    up: migration_20261129_145932_attribution.up,
    down: migration_20261129_145932_attribution.down,
    name: '20261129_145932_attribution'
  },
];
