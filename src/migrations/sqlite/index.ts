import * as migration_20261121_090445_initial from './20261121_090445_initial';
import * as migration_20261121_095342_content_model from './20261121_095342_content_model';
import * as migration_20261121_103041_owners_and_optional_fields from './20261121_103041_owners_and_optional_fields';
import * as migration_20261121_115957_workflow from './20261121_115957_workflow';
import * as migration_20261121_123729_comments from './20261121_123729_comments';
import * as migration_20261121_133638_import_hash from './20261121_133638_import_hash';
import * as migration_20261121_171129_no_edit_locks from './20261121_171129_no_edit_locks';
import * as migration_20261130_182145_read_path_indexes from './20261130_182145_read_path_indexes';
import * as migration_20261130_184704_read_cache_state from './20261130_184704_read_cache_state';
import * as migration_20261130_190000_history_names from './20261130_190000_history_names';
import * as migration_20261130_220028_comment_rule_blocks from './20261130_220028_comment_rule_blocks';
import * as migration_20261130_224314_admin_lists from './20261130_224314_admin_lists';
import * as migration_20261201_005516_reader_site from './20261201_005516_reader_site';

export const migrations = [
  {
    up: migration_20261121_090445_initial.up,
    down: migration_20261121_090445_initial.down,
    name: '20261121_090445_initial',
  },
  {
    up: migration_20261121_095342_content_model.up,
    down: migration_20261121_095342_content_model.down,
    name: '20261121_095342_content_model',
  },
  {
    up: migration_20261121_103041_owners_and_optional_fields.up,
    down: migration_20261121_103041_owners_and_optional_fields.down,
    name: '20261121_103041_owners_and_optional_fields',
  },
  {
    up: migration_20261121_115957_workflow.up,
    down: migration_20261121_115957_workflow.down,
    name: '20261121_115957_workflow',
  },
  {
    up: migration_20261121_123729_comments.up,
    down: migration_20261121_123729_comments.down,
    name: '20261121_123729_comments',
  },
  {
    up: migration_20261121_133638_import_hash.up,
    down: migration_20261121_133638_import_hash.down,
    name: '20261121_133638_import_hash',
  },
  {
    up: migration_20261121_171129_no_edit_locks.up,
    down: migration_20261121_171129_no_edit_locks.down,
    name: '20261121_171129_no_edit_locks',
  },
  {
    up: migration_20261130_182145_read_path_indexes.up,
    down: migration_20261130_182145_read_path_indexes.down,
    name: '20261130_182145_read_path_indexes',
  },
  {
    up: migration_20261130_184704_read_cache_state.up,
    down: migration_20261130_184704_read_cache_state.down,
    name: '20261130_184704_read_cache_state',
  },
  {
    up: migration_20261130_190000_history_names.up,
    down: migration_20261130_190000_history_names.down,
    name: '20261130_190000_history_names',
  },
  {
    up: migration_20261130_220028_comment_rule_blocks.up,
    down: migration_20261130_220028_comment_rule_blocks.down,
    name: '20261130_220028_comment_rule_blocks',
  },
  {
    up: migration_20261130_224314_admin_lists.up,
    down: migration_20261130_224314_admin_lists.down,
    name: '20261130_224314_admin_lists',
  },
  {
    up: migration_20261201_005516_reader_site.up,
    down: migration_20261201_005516_reader_site.down,
    name: '20261201_005516_reader_site'
  },
];
