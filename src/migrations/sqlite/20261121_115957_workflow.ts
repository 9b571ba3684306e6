import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`posts_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_history_order_idx\` ON \`posts_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`posts_history_parent_id_idx\` ON \`posts_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_history_by_idx\` ON \`posts_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_order_idx\` ON \`_posts_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_parent_id_idx\` ON \`_posts_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_by_idx\` ON \`_posts_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`artworks_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artworks_history_order_idx\` ON \`artworks_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`artworks_history_parent_id_idx\` ON \`artworks_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`artworks_history_by_idx\` ON \`artworks_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_artworks_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artworks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_history_order_idx\` ON \`_artworks_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_history_parent_id_idx\` ON \`_artworks_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_history_by_idx\` ON \`_artworks_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`galleries_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`galleries_history_order_idx\` ON \`galleries_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`galleries_history_parent_id_idx\` ON \`galleries_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_history_by_idx\` ON \`galleries_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_galleries_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_galleries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_history_order_idx\` ON \`_galleries_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_history_parent_id_idx\` ON \`_galleries_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_history_by_idx\` ON \`_galleries_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`event_type\` text NOT NULL,
  	\`document_collection\` text,
  	\`document_id\` text,
  	\`document_slug\` text,
  	\`event\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`attempts\` numeric DEFAULT 0,
  	\`last_status\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_type_idx\` ON \`webhook_deliveries\` (\`event_type\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_document_id_idx\` ON \`webhook_deliveries\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`runner_leases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`runner_leases_key_idx\` ON \`runner_leases\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`runner_leases_updated_at_idx\` ON \`runner_leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`runner_leases_created_at_idx\` ON \`runner_leases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_webhooks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text,
  	\`enabled\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_webhooks_order_idx\` ON \`site_settings_webhooks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_webhooks_parent_id_idx\` ON \`site_settings_webhooks\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`publish_at\` text;`)
  await db.run(sql`CREATE INDEX \`posts_stage_idx\` ON \`posts\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_stage_idx\` ON \`_posts_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_publish_at_idx\` ON \`_posts_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`artworks\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`artworks\` ADD \`publish_at\` text;`)
  await db.run(sql`CREATE INDEX \`artworks_stage_idx\` ON \`artworks\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`artworks_publish_at_idx\` ON \`artworks\` (\`publish_at\`);`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_stage_idx\` ON \`_artworks_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_version_version_publish_at_idx\` ON \`_artworks_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_artworks_v_autosave_idx\` ON \`_artworks_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`publish_at\` text;`)
  await db.run(sql`CREATE INDEX \`galleries_stage_idx\` ON \`galleries\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`galleries_publish_at_idx\` ON \`galleries\` (\`publish_at\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_stage_idx\` ON \`_galleries_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_publish_at_idx\` ON \`_galleries_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_autosave_idx\` ON \`_galleries_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` text(36) REFERENCES webhook_deliveries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`runner_leases_id\` text(36) REFERENCES runner_leases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_runner_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`runner_leases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`posts_history\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`artworks_history\`;`)
  await db.run(sql`DROP TABLE \`_artworks_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`galleries_history\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`runner_leases\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`site_settings_webhooks\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` text(36),
  	\`authors_id\` text(36),
  	\`categories_id\` text(36),
  	\`tags_id\` text(36),
  	\`artworks_id\` text(36),
  	\`galleries_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artworks_id\`) REFERENCES \`artworks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "authors_id", "categories_id", "tags_id", "artworks_id", "galleries_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "posts_id", "authors_id", "categories_id", "tags_id", "artworks_id", "galleries_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_artworks_id_idx\` ON \`payload_locked_documents_rels\` (\`artworks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`posts_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`posts_publish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_version_version_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`artworks_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`artworks_publish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`artworks\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`artworks\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`DROP INDEX \`_artworks_v_version_version_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_artworks_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_artworks_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_artworks_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`galleries_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`galleries_publish_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`galleries\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`galleries\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`DROP INDEX \`_galleries_v_version_version_stage_idx\`;`)
  await db.run(sql`DROP INDEX \`_galleries_v_version_version_publish_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_galleries_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` DROP COLUMN \`autosave\`;`)
}
