import * as migration_20261130_224031_initial from './20261130_224031_initial';
import * as migration_20261130_224032_history_names from './20261130_224032_history_names';
import * as migration_20261130_224726_admin_lists from './20261130_224726_admin_lists';
import * as migration_20261130_235854_schema from './20261130_235854_schema';
import * as migration_20261130_235706_schema from './20261130_235706_schema';
import * as migration_20261130_235506_media_storage from './20261130_235506_media_storage';

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
    up: migration_20261130_235854_schema.up,
    down: migration_20261130_235854_schema.down,
    name: '20261130_235854_schema'
  },
  {
    up: migration_20261130_235706_schema.up,
    down: migration_20261130_235706_schema.down,
    name: '20261130_235706_schema'
  },
  {
    up: migration_20261130_235506_media_storage.up,
    down: migration_20261130_235506_media_storage.down,
    name: '20261130_235506_media_storage'
  },
];
