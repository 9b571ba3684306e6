import crypto from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { blockFromRule, type PolicyRule, type RuleBlock, type WordRow } from '../../lib/commentPolicy'

type OldRow = {
  _order: number
  _parent_id: string
  id: string
  title: string
  message: string
  kind: string
  action: string | null
  settings: string | null
  rule_id: string | null
  _uuid?: string | null
}

type Db = MigrateUpArgs['db']

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** The rule rows of a policy table, read before the table goes. */
async function oldRows(db: Db, table: string): Promise<OldRow[]> {
  return (await db.run(sql`SELECT * FROM ${sql.identifier(table)} ORDER BY _parent_id, _order`))
    .rows as unknown as OldRow[]
}

/**
 * Writes one old rule row (its settings were JSON) as the block the form now holds: the same id,
 * position and parent; numbers in their columns; word lists as rows of their own.
 */
async function writeBlock(db: Db, row: OldRow, versions: boolean) {
  const prefix = versions ? '_comment_policies_v_blocks_' : 'comment_policies_blocks_'
  let settings: unknown = {}
  try {
    settings = row.settings ? JSON.parse(row.settings) : {}
  } catch (error) {
    // A policy was validated on every save, so this is a hand-edited database: keep the rule
    // with the kind's defaults rather than lose it, and say so.
    console.warn(`comment_rule_blocks: rule ${row.id} had unreadable settings (${String(error)})`)
  }
  const block = blockFromRule({
    id: row.rule_id ?? undefined,
    title: row.title,
    message: row.message,
    kind: row.kind,
    action: row.action ?? undefined,
    settings,
  } as PolicyRule) as RuleBlock & Record<string, unknown>
  const table = `${prefix}${snake(block.blockType)}`
  const lists: [string, WordRow[]][] = []
  const values: Record<string, unknown> = {
    _order: row._order,
    _parent_id: row._parent_id,
    _path: versions ? 'version.rules' : 'rules',
    id: row.id,
    title: row.title,
    message: row.message,
    action: row.action,
    rule_id: row.rule_id,
    ...(versions ? { _uuid: row._uuid ?? null } : {}),
  }
  for (const [key, value] of Object.entries(block)) {
    if (['blockType', 'title', 'message', 'action', 'ruleId'].includes(key)) continue
    if (Array.isArray(value)) lists.push([key, value as WordRow[]])
    else if (typeof value === 'number') values[snake(key)] = value
  }
  const columns = Object.keys(values)
  await db.run(
    sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    )}) VALUES (${sql.join(
      columns.map((column) => sql`${values[column]}`),
      sql`, `,
    )})`,
  )
  for (const [list, rows] of lists) {
    for (const [order, word] of rows.entries()) {
      const id = crypto.randomUUID()
      const wordValues: Record<string, unknown> = {
        _order: order + 1,
        _parent_id: row.id,
        id,
        word: word.word ?? null,
        ...(word.pattern === undefined ? {} : { pattern: word.pattern ? 1 : 0 }),
        ...(versions ? { _uuid: id } : {}),
      }
      const wordColumns = Object.keys(wordValues)
      await db.run(
        sql`INSERT INTO ${sql.identifier(`${table}_${snake(list)}`)} (${sql.join(
          wordColumns.map((column) => sql.identifier(column)),
          sql`, `,
        )}) VALUES (${sql.join(
          wordColumns.map((column) => sql`${wordValues[column]}`),
          sql`, `,
        )})`,
      )
    }
  }
}

/**
 * Policy rules become one block per kind (the admin's forms) instead of a kind and JSON
 * settings. Every existing rule, in every policy and every kept revision, is rewritten as its
 * block with the same id, position, title, message, action and settings, so verdicts, revisions
 * and the engine's judgement are unchanged. Comments gain a moderation note and the mark of a
 * reply from the author.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  const current = await oldRows(db, 'comment_policies_rules')
  const kept = await oldRows(db, '_comment_policies_v_version_rules')
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_watch_words_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies_blocks_watch_words\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_watch_words_words_order_idx\` ON \`comment_policies_blocks_watch_words_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_watch_words_words_parent_id_idx\` ON \`comment_policies_blocks_watch_words_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_watch_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_watch_words_order_idx\` ON \`comment_policies_blocks_watch_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_watch_words_parent_id_idx\` ON \`comment_policies_blocks_watch_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_watch_words_path_idx\` ON \`comment_policies_blocks_watch_words\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_blocked_words_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`pattern\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies_blocks_blocked_words\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_blocked_words_words_order_idx\` ON \`comment_policies_blocks_blocked_words_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_blocked_words_words_parent_id_idx\` ON \`comment_policies_blocks_blocked_words_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_blocked_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_blocked_words_order_idx\` ON \`comment_policies_blocks_blocked_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_blocked_words_parent_id_idx\` ON \`comment_policies_blocks_blocked_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_blocked_words_path_idx\` ON \`comment_policies_blocks_blocked_words\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_heated_tone_insults\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies_blocks_heated_tone\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_heated_tone_insults_order_idx\` ON \`comment_policies_blocks_heated_tone_insults\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_heated_tone_insults_parent_id_idx\` ON \`comment_policies_blocks_heated_tone_insults\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_heated_tone\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`capitals_percent\` numeric,
  	\`min_letters\` numeric,
  	\`exclamation_run\` numeric,
  	\`cool_off_minutes\` numeric,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_heated_tone_order_idx\` ON \`comment_policies_blocks_heated_tone\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_heated_tone_parent_id_idx\` ON \`comment_policies_blocks_heated_tone\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_heated_tone_path_idx\` ON \`comment_policies_blocks_heated_tone\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_too_many_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`max_links\` numeric,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_too_many_links_order_idx\` ON \`comment_policies_blocks_too_many_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_too_many_links_parent_id_idx\` ON \`comment_policies_blocks_too_many_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_too_many_links_path_idx\` ON \`comment_policies_blocks_too_many_links\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_length\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_length_order_idx\` ON \`comment_policies_blocks_length\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_length_parent_id_idx\` ON \`comment_policies_blocks_length\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_length_path_idx\` ON \`comment_policies_blocks_length\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_close_after_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`days\` numeric,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_close_after_days_order_idx\` ON \`comment_policies_blocks_close_after_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_close_after_days_parent_id_idx\` ON \`comment_policies_blocks_close_after_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_close_after_days_path_idx\` ON \`comment_policies_blocks_close_after_days\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_first_comment\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_first_comment_order_idx\` ON \`comment_policies_blocks_first_comment\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_first_comment_parent_id_idx\` ON \`comment_policies_blocks_first_comment\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_first_comment_path_idx\` ON \`comment_policies_blocks_first_comment\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`comment_policies_blocks_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_corrections_order_idx\` ON \`comment_policies_blocks_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_corrections_parent_id_idx\` ON \`comment_policies_blocks_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_blocks_corrections_path_idx\` ON \`comment_policies_blocks_corrections\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_watch_words_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v_blocks_watch_words\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_watch_words_words_order_idx\` ON \`_comment_policies_v_blocks_watch_words_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_watch_words_words_parent_id_idx\` ON \`_comment_policies_v_blocks_watch_words_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_watch_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_watch_words_order_idx\` ON \`_comment_policies_v_blocks_watch_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_watch_words_parent_id_idx\` ON \`_comment_policies_v_blocks_watch_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_watch_words_path_idx\` ON \`_comment_policies_v_blocks_watch_words\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_blocked_words_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`pattern\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v_blocks_blocked_words\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_blocked_words_words_order_idx\` ON \`_comment_policies_v_blocks_blocked_words_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_blocked_words_words_parent_id_idx\` ON \`_comment_policies_v_blocks_blocked_words_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_blocked_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_blocked_words_order_idx\` ON \`_comment_policies_v_blocks_blocked_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_blocked_words_parent_id_idx\` ON \`_comment_policies_v_blocks_blocked_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_blocked_words_path_idx\` ON \`_comment_policies_v_blocks_blocked_words\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_heated_tone_insults\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`word\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v_blocks_heated_tone\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_heated_tone_insults_order_idx\` ON \`_comment_policies_v_blocks_heated_tone_insults\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_heated_tone_insults_parent_id_idx\` ON \`_comment_policies_v_blocks_heated_tone_insults\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_heated_tone\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`capitals_percent\` numeric,
  	\`min_letters\` numeric,
  	\`exclamation_run\` numeric,
  	\`cool_off_minutes\` numeric,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_heated_tone_order_idx\` ON \`_comment_policies_v_blocks_heated_tone\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_heated_tone_parent_id_idx\` ON \`_comment_policies_v_blocks_heated_tone\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_heated_tone_path_idx\` ON \`_comment_policies_v_blocks_heated_tone\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_too_many_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`max_links\` numeric,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_too_many_links_order_idx\` ON \`_comment_policies_v_blocks_too_many_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_too_many_links_parent_id_idx\` ON \`_comment_policies_v_blocks_too_many_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_too_many_links_path_idx\` ON \`_comment_policies_v_blocks_too_many_links\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_length\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_length_order_idx\` ON \`_comment_policies_v_blocks_length\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_length_parent_id_idx\` ON \`_comment_policies_v_blocks_length\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_length_path_idx\` ON \`_comment_policies_v_blocks_length\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_close_after_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`days\` numeric,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_close_after_days_order_idx\` ON \`_comment_policies_v_blocks_close_after_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_close_after_days_parent_id_idx\` ON \`_comment_policies_v_blocks_close_after_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_close_after_days_path_idx\` ON \`_comment_policies_v_blocks_close_after_days\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_first_comment\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_first_comment_order_idx\` ON \`_comment_policies_v_blocks_first_comment\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_first_comment_parent_id_idx\` ON \`_comment_policies_v_blocks_first_comment\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_first_comment_path_idx\` ON \`_comment_policies_v_blocks_first_comment\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_blocks_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`action\` text,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_corrections_order_idx\` ON \`_comment_policies_v_blocks_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_corrections_parent_id_idx\` ON \`_comment_policies_v_blocks_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_blocks_corrections_path_idx\` ON \`_comment_policies_v_blocks_corrections\` (\`_path\`);`)
  for (const row of current) await writeBlock(db, row, false)
  for (const row of kept) await writeBlock(db, row, true)
  await db.run(sql`DROP TABLE \`comment_policies_rules\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_version_rules\`;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`from_author\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`moderation_note\` text;`)
}

/** Back to the old tables' shape; the rules' settings are not converted back. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comment_policies_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`action\` text,
  	\`settings\` text,
  	\`rule_id\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_policies_rules_order_idx\` ON \`comment_policies_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_policies_rules_parent_id_idx\` ON \`comment_policies_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_comment_policies_v_version_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`action\` text,
  	\`settings\` text,
  	\`rule_id\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comment_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_version_rules_order_idx\` ON \`_comment_policies_v_version_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_comment_policies_v_version_rules_parent_id_idx\` ON \`_comment_policies_v_version_rules\` (\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_watch_words_words\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_watch_words\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_blocked_words_words\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_blocked_words\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_heated_tone_insults\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_heated_tone\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_too_many_links\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_length\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_close_after_days\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_first_comment\`;`)
  await db.run(sql`DROP TABLE \`comment_policies_blocks_corrections\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_watch_words_words\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_watch_words\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_blocked_words_words\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_blocked_words\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_heated_tone_insults\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_heated_tone\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_too_many_links\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_length\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_close_after_days\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_first_comment\`;`)
  await db.run(sql`DROP TABLE \`_comment_policies_v_blocks_corrections\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`from_author\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`moderation_note\`;`)
}
