import * as migration_20261130_224031_initial from './20261130_224031_initial';
import * as migration_20261130_224032_history_names from './20261130_224032_history_names';
import * as migration_20261130_224726_admin_lists from './20261130_224726_admin_lists';
import * as migration_20261201_005519_reader_site from './20261201_005519_reader_site';

export const migrations = [
  {
    up: migration_20261130_224031_initial.up,
    down: migration_20261130_224031_initial.down,
    name: '20261130_224031_initial',
  },
  {
    up: migration_20261130_224032_history_names.up,
    down: migration_20261130_224032_history_names.down,
    name: '20261130_224032_history_names',
  },
  {
    up: migration_20261130_224726_admin_lists.up,
    down: migration_20261130_224726_admin_lists.down,
    name: '20261130_224726_admin_lists',
  },
  {
    up: migration_20261201_005519_reader_site.up,
    down: migration_20261201_005519_reader_site.down,
    name: '20261201_005519_reader_site'
  },
];
