import * as migration_20261130_224031_initial from './20261130_224031_initial';
import * as migration_20261130_224032_history_names from './20261130_224032_history_names';
import * as migration_20261130_224726_admin_lists from './20261130_224726_admin_lists';
import * as migration_20261130_235646_schema from './20261130_235646_schema';

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
    up: migration_20261130_235646_schema.up,
    down: migration_20261130_235646_schema.down,
    name: '20261130_235646_schema'
  },
];
