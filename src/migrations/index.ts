import * as migration_20261121_090445_initial from './20261121_090445_initial';
import * as migration_20261121_095342_content_model from './20261121_095342_content_model';

export const migrations = [
  {
    up: migration_20261121_090445_initial.up,
    down: migration_20261121_090445_initial.down,
    name: '20261121_090445_initial',
  },
  {
    up: migration_20261121_095342_content_model.up,
    down: migration_20261121_095342_content_model.down,
    name: '20261121_095342_content_model'
  },
];
