/**
 * What export and restore tell the operator, kept together so the wording stays consistent and
 * the tests can match it.
 */

/**
 * The backup or the target database is not fit for a restore, and nothing was written. The CLI
 * exits 1 on it (2 is for a command that could not run at all).
 */
export class BackupRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupRefusal'
  }
}

/** "1 document", "3 documents": counts read as sentences in the CLI's output. */
export const countOf = (count: number, noun: string) =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`

export const messages = {
  noManifest: (dir: string) => `${dir} is not a backup: manifest.json is missing`,
  badManifest: (reason: string) => `manifest.json is not a backup manifest (${reason})`,
  newerFormat: (found: number, known: number) =>
    `the backup is format ${found}, newer than this CMS reads (${known}); restore it with a newer version`,
  missingFile: (file: string) =>
    `the backup is incomplete: ${file} is listed in the manifest but missing`,
  corruptFile: (file: string) =>
    `the backup is corrupt: ${file} does not match its checksum in the manifest`,
  badLine: (file: string, line: number, reason: string) =>
    `the backup is corrupt: ${file} line ${line}: ${reason}`,
  badFileName: (where: string, name: string) =>
    `the backup is corrupt: ${where} names the file "${name}", which is not a plain file name`,
  countMismatch: (file: string, expected: number, found: number) =>
    `the backup is corrupt: ${file} holds ${found} documents, the manifest says ${expected}`,
  unknownCollection: (slug: string) =>
    `the backup holds the collection "${slug}", which this CMS does not have; restore it with the version that wrote it`,
  unknownGlobal: (slug: string) =>
    `the backup holds the global "${slug}", which this CMS does not have; restore it with the version that wrote it`,
  notEmpty: (what: string[]) =>
    `the database is not empty (${what.join(', ')}); restore into an empty database, or pass --force to replace its content`,
  unsupportedIds: (adapter: string, idType: string) =>
    `cannot restore into a ${adapter} database with ${idType} IDs: only string IDs (UUID or ObjectId) can be given on create`,
  localized:
    'localized content is not supported by export and restore (this CMS defines no locales)',
  notKept: (what: string, expected: number, found: number) =>
    `the restore did not take: ${what} has ${found} documents after commit, ${expected} expected`,
}
