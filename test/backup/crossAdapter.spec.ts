/**
 * Export and restore across adapters: the demo site on SQLite, exported, restored into Postgres,
 * exported from there and restored into a fresh SQLite file, comes back identical at each step
 * (IDs, timestamps, rich text, versions, globals, password hashes).
 */
import path from 'node:path'

import { exportBackup, restoreBackup } from '../../src/lib/backup'
import { seed } from '../../src/seed'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/scripts/throwawayPostgres'
import { postgresTestDatabase, sqliteTestDatabase, testsOnPostgres } from '../helpers/database'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'
import { addHistory, dumpDatabase, type Dump } from './fixtures'

describe('backup across adapters: SQLite -> Postgres -> SQLite', () => {
  let postgres: ThrowawayPostgres | undefined
  const booted: TestPayload[] = []
  let temp: { dir: string; remove: () => void }
  let before: Dump

  beforeAll(async () => {
    const serverUri = testsOnPostgres()
      ? process.env.TEST_DATABASE_URI!
      : (postgres = await startThrowawayPostgres()).uri
    temp = makeTempDir('cross-adapter')
    const source = await bootPayload('cross-source', { database: sqliteTestDatabase('cross') })
    booted.push(source)
    await seed(source.payload, { demoPassword: 'cross-demo-password-1', log: () => undefined })
    await addHistory(source.payload)
    await exportBackup(source.payload, { dir: path.join(temp.dir, 'from-sqlite') })
    before = await dumpDatabase(source.payload)
    booted.push(
      await bootPayload('cross-postgres', {
        separate: true,
        database: postgresTestDatabase(serverUri, 'cross'),
      }),
      await bootPayload('cross-back', { separate: true, database: sqliteTestDatabase('back') }),
    )
  })
  afterAll(async () => {
    for (const instance of booted.reverse()) await instance.teardown()
    temp?.remove()
    postgres?.stop()
  })

  it('should restore a SQLite export into Postgres identical to the source', async () => {
    const target = booted[1]!
    expect(target.payload.db.name).toBe('postgres')
    const summary = await restoreBackup(target.payload, { dir: path.join(temp.dir, 'from-sqlite') })
    expect(summary).toMatchObject({ idMode: 'keep', droppedReferences: [] })
    expect(await dumpDatabase(target.payload)).toEqual(before)
  })

  it('should restore that Postgres export into SQLite identical again', async () => {
    const [, fromPostgres, back] = booted
    const dir = path.join(temp.dir, 'from-postgres')
    const exported = await exportBackup(fromPostgres!.payload, { dir })
    expect(exported.manifest.source).toEqual({ adapter: 'postgres', idType: 'text' })
    await restoreBackup(back!.payload, { dir })
    expect(back!.payload.db.name).toBe('sqlite')
    expect(await dumpDatabase(back!.payload)).toEqual(before)
  })
})
