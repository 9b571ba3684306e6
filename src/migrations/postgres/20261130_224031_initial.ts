import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_posts_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_posts_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_posts_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__posts_v_version_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__posts_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_authors_social_links_platform" AS ENUM('website', 'mastodon', 'bluesky', 'x', 'facebook', 'instagram', 'youtube', 'other');
  CREATE TYPE "public"."enum_authors_kind" AS ENUM('writer', 'artist', 'guest');
  CREATE TYPE "public"."enum_artworks_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_artworks_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_artworks_dimensions_unit" AS ENUM('cm', 'in');
  CREATE TYPE "public"."enum_artworks_prints_availability" AS ENUM('unavailable', 'on_request', 'available');
  CREATE TYPE "public"."enum_artworks_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_artworks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__artworks_v_version_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__artworks_v_version_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__artworks_v_version_dimensions_unit" AS ENUM('cm', 'in');
  CREATE TYPE "public"."enum__artworks_v_version_prints_availability" AS ENUM('unavailable', 'on_request', 'available');
  CREATE TYPE "public"."enum__artworks_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__artworks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_galleries_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_galleries_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_galleries_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_galleries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__galleries_v_version_history_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__galleries_v_version_history_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__galleries_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__galleries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_comments_kind" AS ENUM('comment', 'correction');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'approved', 'rejected', 'spam');
  CREATE TYPE "public"."enum_comments_visibility" AS ENUM('public', 'private');
  CREATE TYPE "public"."enum_comment_policies_blocks_watch_words_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_blocked_words_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_heated_tone_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_too_many_links_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_length_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_close_after_days_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_first_comment_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_comment_policies_blocks_corrections_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_watch_words_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_blocked_words_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_heated_tone_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_too_many_links_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_length_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_close_after_days_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_first_comment_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum__comment_policies_v_blocks_corrections_action" AS ENUM('allow', 'hold', 'reject');
  CREATE TYPE "public"."enum_reader_questions_attribution" AS ENUM('named', 'anonymous');
  CREATE TYPE "public"."enum_reader_questions_status" AS ENUM('waiting', 'answered', 'declined');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'author', 'contributor', 'moderator');
  CREATE TYPE "public"."enum_webhook_deliveries_event_type" AS ENUM('publish', 'unpublish', 'update', 'delete');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendNotification', 'publishAsScheduled', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendNotification', 'publishAsScheduled', 'schedulePublish');
  CREATE TABLE "posts_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"comment_id" uuid
  );
  
  CREATE TABLE "posts_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum_posts_history_from",
  	"to" "enum_posts_history_to",
  	"note" varchar
  );
  
  CREATE TABLE "posts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"excerpt" varchar,
  	"content" jsonb,
  	"featured_image_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"reading_time" numeric,
  	"word_count" numeric,
  	"comments_open" boolean DEFAULT true,
  	"comment_policy_id" uuid,
  	"import_hash" varchar,
  	"stage" "enum_posts_stage" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"owner_id" uuid,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"authors_id" uuid,
  	"categories_id" uuid,
  	"tags_id" uuid,
  	"posts_id" uuid
  );
  
  CREATE TABLE "_posts_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"comment_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum__posts_v_version_history_from",
  	"to" "enum__posts_v_version_history_to",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version_featured_image_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reading_time" numeric,
  	"version_word_count" numeric,
  	"version_comments_open" boolean DEFAULT true,
  	"version_comment_policy_id" uuid,
  	"version_import_hash" varchar,
  	"version_stage" "enum__posts_v_version_stage" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_owner_id" uuid,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"authors_id" uuid,
  	"categories_id" uuid,
  	"tags_id" uuid,
  	"posts_id" uuid
  );
  
  CREATE TABLE "authors_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_authors_social_links_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "authors" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_authors_kind" DEFAULT 'writer',
  	"short_bio" varchar,
  	"bio" jsonb,
  	"portrait_id" uuid,
  	"user_id" uuid,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"description" varchar,
  	"parent_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tags" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "artworks_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum_artworks_history_from",
  	"to" "enum_artworks_history_to",
  	"note" varchar
  );
  
  CREATE TABLE "artworks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"image_id" uuid,
  	"artist_id" uuid,
  	"subject" varchar,
  	"tradition" varchar,
  	"medium" varchar,
  	"dimensions_width" numeric,
  	"dimensions_height" numeric,
  	"dimensions_depth" numeric,
  	"dimensions_unit" "enum_artworks_dimensions_unit" DEFAULT 'cm',
  	"year" numeric,
  	"description" jsonb,
  	"prints_availability" "enum_artworks_prints_availability" DEFAULT 'unavailable',
  	"prints_note" varchar,
  	"prints_url" varchar,
  	"stage" "enum_artworks_stage" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"owner_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_artworks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_artworks_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum__artworks_v_version_history_from",
  	"to" "enum__artworks_v_version_history_to",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_artworks_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_image_id" uuid,
  	"version_artist_id" uuid,
  	"version_subject" varchar,
  	"version_tradition" varchar,
  	"version_medium" varchar,
  	"version_dimensions_width" numeric,
  	"version_dimensions_height" numeric,
  	"version_dimensions_depth" numeric,
  	"version_dimensions_unit" "enum__artworks_v_version_dimensions_unit" DEFAULT 'cm',
  	"version_year" numeric,
  	"version_description" jsonb,
  	"version_prints_availability" "enum__artworks_v_version_prints_availability" DEFAULT 'unavailable',
  	"version_prints_note" varchar,
  	"version_prints_url" varchar,
  	"version_stage" "enum__artworks_v_version_stage" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_owner_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__artworks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "galleries_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"artwork_id" uuid,
  	"caption" varchar
  );
  
  CREATE TABLE "galleries_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum_galleries_history_from",
  	"to" "enum_galleries_history_to",
  	"note" varchar
  );
  
  CREATE TABLE "galleries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"description" jsonb,
  	"curator_id" uuid,
  	"cover_id" uuid,
  	"stage" "enum_galleries_stage" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"owner_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_galleries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_galleries_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"artwork_id" uuid,
  	"caption" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_galleries_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" uuid,
  	"by_name" varchar,
  	"from" "enum__galleries_v_version_history_from",
  	"to" "enum__galleries_v_version_history_to",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_galleries_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_description" jsonb,
  	"version_curator_id" uuid,
  	"version_cover_id" uuid,
  	"version_stage" "enum__galleries_v_version_stage" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_owner_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__galleries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"owner_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "comments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"post_id" uuid NOT NULL,
  	"parent_id" uuid,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"from_author" boolean DEFAULT false,
  	"kind" "enum_comments_kind" DEFAULT 'comment',
  	"status" "enum_comments_status" DEFAULT 'pending',
  	"moderation_note" varchar,
  	"visibility" "enum_comments_visibility" DEFAULT 'public',
  	"verdict" jsonb,
  	"policy_id" uuid,
  	"policy_revision" numeric,
  	"depth" numeric DEFAULT 0,
  	"user_id" uuid,
  	"ip_hash" varchar,
  	"edit_token_hash" varchar,
  	"cool_off_until" timestamp(3) with time zone,
  	"moderated_at" timestamp(3) with time zone,
  	"moderated_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_watch_words_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_watch_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_watch_words_action",
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_blocked_words_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar,
  	"pattern" boolean DEFAULT false
  );
  
  CREATE TABLE "comment_policies_blocks_blocked_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_blocked_words_action",
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_heated_tone_insults" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_heated_tone" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_heated_tone_action",
  	"capitals_percent" numeric,
  	"min_letters" numeric,
  	"exclamation_run" numeric,
  	"cool_off_minutes" numeric,
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_too_many_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_too_many_links_action",
  	"max_links" numeric,
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_length" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_length_action",
  	"min" numeric,
  	"max" numeric,
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_close_after_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_close_after_days_action",
  	"days" numeric,
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_first_comment" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_first_comment_action",
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies_blocks_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum_comment_policies_blocks_corrections_action",
  	"rule_id" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "comment_policies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"introduction" jsonb,
  	"revision" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_comment_policies_v_blocks_watch_words_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"word" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_watch_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_watch_words_action",
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_blocked_words_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"word" varchar,
  	"pattern" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_blocked_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_blocked_words_action",
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_heated_tone_insults" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"word" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_heated_tone" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_heated_tone_action",
  	"capitals_percent" numeric,
  	"min_letters" numeric,
  	"exclamation_run" numeric,
  	"cool_off_minutes" numeric,
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_too_many_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_too_many_links_action",
  	"max_links" numeric,
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_length" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_length_action",
  	"min" numeric,
  	"max" numeric,
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_close_after_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_close_after_days_action",
  	"days" numeric,
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_first_comment" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_first_comment_action",
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v_blocks_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"action" "enum__comment_policies_v_blocks_corrections_action",
  	"rule_id" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_comment_policies_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar NOT NULL,
  	"version_introduction" jsonb,
  	"version_revision" numeric DEFAULT 1,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reader_questions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"question" varchar NOT NULL,
  	"consent_to_publish" boolean DEFAULT false,
  	"attribution" "enum_reader_questions_attribution" DEFAULT 'anonymous',
  	"status" "enum_reader_questions_status" DEFAULT 'waiting',
  	"answered_in_id" uuid,
  	"verdict" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"url" varchar NOT NULL,
  	"event_type" "enum_webhook_deliveries_event_type" NOT NULL,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"document_slug" varchar,
  	"event" jsonb NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending',
  	"attempts" numeric DEFAULT 0,
  	"last_status" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "runner_leases" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"authors_id" uuid,
  	"categories_id" uuid,
  	"tags_id" uuid,
  	"media_id" uuid,
  	"comments_id" uuid,
  	"comment_policies_id" uuid,
  	"reader_questions_id" uuid,
  	"users_id" uuid,
  	"webhook_deliveries_id" uuid,
  	"runner_leases_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_webhooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"description" varchar,
  	"enabled" boolean DEFAULT true
  );
  
  CREATE TABLE "site_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"site_title" varchar DEFAULT 'My blog',
  	"tagline" varchar,
  	"featured_artwork_artwork_id" uuid,
  	"featured_artwork_label" varchar,
  	"about_author_id" uuid,
  	"default_comment_policy_id" uuid,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "read_cache_state" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"generation" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "posts_corrections" ADD CONSTRAINT "posts_corrections_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_corrections" ADD CONSTRAINT "posts_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_history" ADD CONSTRAINT "posts_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_history" ADD CONSTRAINT "posts_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_featured_image_id_media_id_fk" FOREIGN KEY ("featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_comment_policy_id_comment_policies_id_fk" FOREIGN KEY ("comment_policy_id") REFERENCES "public"."comment_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_corrections" ADD CONSTRAINT "_posts_v_version_corrections_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_version_corrections" ADD CONSTRAINT "_posts_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_history" ADD CONSTRAINT "_posts_v_version_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_version_history" ADD CONSTRAINT "_posts_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_featured_image_id_media_id_fk" FOREIGN KEY ("version_featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_comment_policy_id_comment_policies_id_fk" FOREIGN KEY ("version_comment_policy_id") REFERENCES "public"."comment_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_social_links" ADD CONSTRAINT "authors_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artworks_history" ADD CONSTRAINT "artworks_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artworks_history" ADD CONSTRAINT "artworks_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artworks" ADD CONSTRAINT "artworks_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artworks" ADD CONSTRAINT "artworks_artist_id_authors_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artworks" ADD CONSTRAINT "artworks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artworks_v_version_history" ADD CONSTRAINT "_artworks_v_version_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artworks_v_version_history" ADD CONSTRAINT "_artworks_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artworks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artworks_v" ADD CONSTRAINT "_artworks_v_parent_id_artworks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."artworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artworks_v" ADD CONSTRAINT "_artworks_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artworks_v" ADD CONSTRAINT "_artworks_v_version_artist_id_authors_id_fk" FOREIGN KEY ("version_artist_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artworks_v" ADD CONSTRAINT "_artworks_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_items" ADD CONSTRAINT "galleries_items_artwork_id_artworks_id_fk" FOREIGN KEY ("artwork_id") REFERENCES "public"."artworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_items" ADD CONSTRAINT "galleries_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_history" ADD CONSTRAINT "galleries_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_history" ADD CONSTRAINT "galleries_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_curator_id_authors_id_fk" FOREIGN KEY ("curator_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_items" ADD CONSTRAINT "_galleries_v_version_items_artwork_id_artworks_id_fk" FOREIGN KEY ("artwork_id") REFERENCES "public"."artworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_items" ADD CONSTRAINT "_galleries_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_history" ADD CONSTRAINT "_galleries_v_version_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_history" ADD CONSTRAINT "_galleries_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_parent_id_galleries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_curator_id_authors_id_fk" FOREIGN KEY ("version_curator_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_policy_id_comment_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."comment_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_texts" ADD CONSTRAINT "comments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_watch_words_words" ADD CONSTRAINT "comment_policies_blocks_watch_words_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies_blocks_watch_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_watch_words" ADD CONSTRAINT "comment_policies_blocks_watch_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_blocked_words_words" ADD CONSTRAINT "comment_policies_blocks_blocked_words_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies_blocks_blocked_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_blocked_words" ADD CONSTRAINT "comment_policies_blocks_blocked_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_heated_tone_insults" ADD CONSTRAINT "comment_policies_blocks_heated_tone_insults_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies_blocks_heated_tone"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_heated_tone" ADD CONSTRAINT "comment_policies_blocks_heated_tone_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_too_many_links" ADD CONSTRAINT "comment_policies_blocks_too_many_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_length" ADD CONSTRAINT "comment_policies_blocks_length_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_close_after_days" ADD CONSTRAINT "comment_policies_blocks_close_after_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_first_comment" ADD CONSTRAINT "comment_policies_blocks_first_comment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_policies_blocks_corrections" ADD CONSTRAINT "comment_policies_blocks_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_watch_words_words" ADD CONSTRAINT "_comment_policies_v_blocks_watch_words_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v_blocks_watch_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_watch_words" ADD CONSTRAINT "_comment_policies_v_blocks_watch_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_blocked_words_words" ADD CONSTRAINT "_comment_policies_v_blocks_blocked_words_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v_blocks_blocked_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_blocked_words" ADD CONSTRAINT "_comment_policies_v_blocks_blocked_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_heated_tone_insults" ADD CONSTRAINT "_comment_policies_v_blocks_heated_tone_insults_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v_blocks_heated_tone"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_heated_tone" ADD CONSTRAINT "_comment_policies_v_blocks_heated_tone_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_too_many_links" ADD CONSTRAINT "_comment_policies_v_blocks_too_many_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_length" ADD CONSTRAINT "_comment_policies_v_blocks_length_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_close_after_days" ADD CONSTRAINT "_comment_policies_v_blocks_close_after_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_first_comment" ADD CONSTRAINT "_comment_policies_v_blocks_first_comment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v_blocks_corrections" ADD CONSTRAINT "_comment_policies_v_blocks_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comment_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comment_policies_v" ADD CONSTRAINT "_comment_policies_v_parent_id_comment_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comment_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reader_questions" ADD CONSTRAINT "reader_questions_answered_in_id_posts_id_fk" FOREIGN KEY ("answered_in_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_policies_fk" FOREIGN KEY ("comment_policies_id") REFERENCES "public"."comment_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_questions_fk" FOREIGN KEY ("reader_questions_id") REFERENCES "public"."reader_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_runner_leases_fk" FOREIGN KEY ("runner_leases_id") REFERENCES "public"."runner_leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_webhooks" ADD CONSTRAINT "site_settings_webhooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_featured_artwork_artwork_id_artworks_id_fk" FOREIGN KEY ("featured_artwork_artwork_id") REFERENCES "public"."artworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_about_author_id_authors_id_fk" FOREIGN KEY ("about_author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_default_comment_policy_id_comment_policies_id_fk" FOREIGN KEY ("default_comment_policy_id") REFERENCES "public"."comment_policies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_corrections_order_idx" ON "posts_corrections" USING btree ("_order");
  CREATE INDEX "posts_corrections_parent_id_idx" ON "posts_corrections" USING btree ("_parent_id");
  CREATE INDEX "posts_corrections_comment_idx" ON "posts_corrections" USING btree ("comment_id");
  CREATE INDEX "posts_history_order_idx" ON "posts_history" USING btree ("_order");
  CREATE INDEX "posts_history_parent_id_idx" ON "posts_history" USING btree ("_parent_id");
  CREATE INDEX "posts_history_by_idx" ON "posts_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_featured_image_idx" ON "posts" USING btree ("featured_image_id");
  CREATE INDEX "posts_published_at_idx" ON "posts" USING btree ("published_at");
  CREATE INDEX "posts_comment_policy_idx" ON "posts" USING btree ("comment_policy_id");
  CREATE INDEX "posts_import_hash_idx" ON "posts" USING btree ("import_hash");
  CREATE INDEX "posts_stage_idx" ON "posts" USING btree ("stage");
  CREATE INDEX "posts_publish_at_idx" ON "posts" USING btree ("publish_at");
  CREATE INDEX "posts_owner_idx" ON "posts" USING btree ("owner_id");
  CREATE INDEX "posts_meta_meta_image_idx" ON "posts" USING btree ("meta_image_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "posts" USING btree ("_status","published_at","created_at");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_authors_id_idx" ON "posts_rels" USING btree ("authors_id");
  CREATE INDEX "posts_rels_categories_id_idx" ON "posts_rels" USING btree ("categories_id");
  CREATE INDEX "posts_rels_tags_id_idx" ON "posts_rels" USING btree ("tags_id");
  CREATE INDEX "posts_rels_posts_id_idx" ON "posts_rels" USING btree ("posts_id");
  CREATE INDEX "_posts_v_version_corrections_order_idx" ON "_posts_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_posts_v_version_corrections_parent_id_idx" ON "_posts_v_version_corrections" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_corrections_comment_idx" ON "_posts_v_version_corrections" USING btree ("comment_id");
  CREATE INDEX "_posts_v_version_history_order_idx" ON "_posts_v_version_history" USING btree ("_order");
  CREATE INDEX "_posts_v_version_history_parent_id_idx" ON "_posts_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_history_by_idx" ON "_posts_v_version_history" USING btree ("by_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_featured_image_idx" ON "_posts_v" USING btree ("version_featured_image_id");
  CREATE INDEX "_posts_v_version_version_published_at_idx" ON "_posts_v" USING btree ("version_published_at");
  CREATE INDEX "_posts_v_version_version_comment_policy_idx" ON "_posts_v" USING btree ("version_comment_policy_id");
  CREATE INDEX "_posts_v_version_version_import_hash_idx" ON "_posts_v" USING btree ("version_import_hash");
  CREATE INDEX "_posts_v_version_version_stage_idx" ON "_posts_v" USING btree ("version_stage");
  CREATE INDEX "_posts_v_version_version_publish_at_idx" ON "_posts_v" USING btree ("version_publish_at");
  CREATE INDEX "_posts_v_version_version_owner_idx" ON "_posts_v" USING btree ("version_owner_id");
  CREATE INDEX "_posts_v_version_meta_version_meta_image_idx" ON "_posts_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE INDEX "_posts_v_autosave_idx" ON "_posts_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_posts_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "_posts_v_parent_updated_at_idx" ON "_posts_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_posts_v_latest_sort_idx" ON "_posts_v" USING btree ("latest","version_published_at","created_at");
  CREATE INDEX "_posts_v_rels_order_idx" ON "_posts_v_rels" USING btree ("order");
  CREATE INDEX "_posts_v_rels_parent_idx" ON "_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_rels_path_idx" ON "_posts_v_rels" USING btree ("path");
  CREATE INDEX "_posts_v_rels_authors_id_idx" ON "_posts_v_rels" USING btree ("authors_id");
  CREATE INDEX "_posts_v_rels_categories_id_idx" ON "_posts_v_rels" USING btree ("categories_id");
  CREATE INDEX "_posts_v_rels_tags_id_idx" ON "_posts_v_rels" USING btree ("tags_id");
  CREATE INDEX "_posts_v_rels_posts_id_idx" ON "_posts_v_rels" USING btree ("posts_id");
  CREATE INDEX "authors_social_links_order_idx" ON "authors_social_links" USING btree ("_order");
  CREATE INDEX "authors_social_links_parent_id_idx" ON "authors_social_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "authors_slug_idx" ON "authors" USING btree ("slug");
  CREATE INDEX "authors_portrait_idx" ON "authors" USING btree ("portrait_id");
  CREATE UNIQUE INDEX "authors_user_idx" ON "authors" USING btree ("user_id");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE INDEX "categories_title_idx" ON "categories" USING btree ("title");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "tags_title_idx" ON "tags" USING btree ("title");
  CREATE UNIQUE INDEX "tags_slug_idx" ON "tags" USING btree ("slug");
  CREATE INDEX "tags_updated_at_idx" ON "tags" USING btree ("updated_at");
  CREATE INDEX "tags_created_at_idx" ON "tags" USING btree ("created_at");
  CREATE INDEX "artworks_history_order_idx" ON "artworks_history" USING btree ("_order");
  CREATE INDEX "artworks_history_parent_id_idx" ON "artworks_history" USING btree ("_parent_id");
  CREATE INDEX "artworks_history_by_idx" ON "artworks_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "artworks_slug_idx" ON "artworks" USING btree ("slug");
  CREATE INDEX "artworks_image_idx" ON "artworks" USING btree ("image_id");
  CREATE INDEX "artworks_artist_idx" ON "artworks" USING btree ("artist_id");
  CREATE INDEX "artworks_stage_idx" ON "artworks" USING btree ("stage");
  CREATE INDEX "artworks_publish_at_idx" ON "artworks" USING btree ("publish_at");
  CREATE INDEX "artworks_owner_idx" ON "artworks" USING btree ("owner_id");
  CREATE INDEX "artworks_updated_at_idx" ON "artworks" USING btree ("updated_at");
  CREATE INDEX "artworks_created_at_idx" ON "artworks" USING btree ("created_at");
  CREATE INDEX "artworks__status_idx" ON "artworks" USING btree ("_status");
  CREATE INDEX "_status_createdAt_idx" ON "artworks" USING btree ("_status","created_at");
  CREATE INDEX "artist__status_createdAt_idx" ON "artworks" USING btree ("artist_id","_status","created_at");
  CREATE INDEX "_artworks_v_version_history_order_idx" ON "_artworks_v_version_history" USING btree ("_order");
  CREATE INDEX "_artworks_v_version_history_parent_id_idx" ON "_artworks_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_artworks_v_version_history_by_idx" ON "_artworks_v_version_history" USING btree ("by_id");
  CREATE INDEX "_artworks_v_parent_idx" ON "_artworks_v" USING btree ("parent_id");
  CREATE INDEX "_artworks_v_version_version_slug_idx" ON "_artworks_v" USING btree ("version_slug");
  CREATE INDEX "_artworks_v_version_version_image_idx" ON "_artworks_v" USING btree ("version_image_id");
  CREATE INDEX "_artworks_v_version_version_artist_idx" ON "_artworks_v" USING btree ("version_artist_id");
  CREATE INDEX "_artworks_v_version_version_stage_idx" ON "_artworks_v" USING btree ("version_stage");
  CREATE INDEX "_artworks_v_version_version_publish_at_idx" ON "_artworks_v" USING btree ("version_publish_at");
  CREATE INDEX "_artworks_v_version_version_owner_idx" ON "_artworks_v" USING btree ("version_owner_id");
  CREATE INDEX "_artworks_v_version_version_updated_at_idx" ON "_artworks_v" USING btree ("version_updated_at");
  CREATE INDEX "_artworks_v_version_version_created_at_idx" ON "_artworks_v" USING btree ("version_created_at");
  CREATE INDEX "_artworks_v_version_version__status_idx" ON "_artworks_v" USING btree ("version__status");
  CREATE INDEX "_artworks_v_created_at_idx" ON "_artworks_v" USING btree ("created_at");
  CREATE INDEX "_artworks_v_updated_at_idx" ON "_artworks_v" USING btree ("updated_at");
  CREATE INDEX "_artworks_v_latest_idx" ON "_artworks_v" USING btree ("latest");
  CREATE INDEX "_artworks_v_autosave_idx" ON "_artworks_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_artworks_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "version_artist_version__status_version_createdAt_idx" ON "_artworks_v" USING btree ("version_artist_id","version__status","version_created_at");
  CREATE INDEX "_artworks_v_parent_updated_at_idx" ON "_artworks_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_artworks_v_latest_sort_idx" ON "_artworks_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "galleries_items_order_idx" ON "galleries_items" USING btree ("_order");
  CREATE INDEX "galleries_items_parent_id_idx" ON "galleries_items" USING btree ("_parent_id");
  CREATE INDEX "galleries_items_artwork_idx" ON "galleries_items" USING btree ("artwork_id");
  CREATE INDEX "galleries_history_order_idx" ON "galleries_history" USING btree ("_order");
  CREATE INDEX "galleries_history_parent_id_idx" ON "galleries_history" USING btree ("_parent_id");
  CREATE INDEX "galleries_history_by_idx" ON "galleries_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "galleries_slug_idx" ON "galleries" USING btree ("slug");
  CREATE INDEX "galleries_curator_idx" ON "galleries" USING btree ("curator_id");
  CREATE INDEX "galleries_cover_idx" ON "galleries" USING btree ("cover_id");
  CREATE INDEX "galleries_stage_idx" ON "galleries" USING btree ("stage");
  CREATE INDEX "galleries_publish_at_idx" ON "galleries" USING btree ("publish_at");
  CREATE INDEX "galleries_owner_idx" ON "galleries" USING btree ("owner_id");
  CREATE INDEX "galleries_updated_at_idx" ON "galleries" USING btree ("updated_at");
  CREATE INDEX "galleries_created_at_idx" ON "galleries" USING btree ("created_at");
  CREATE INDEX "galleries__status_idx" ON "galleries" USING btree ("_status");
  CREATE INDEX "_status_createdAt_1_idx" ON "galleries" USING btree ("_status","created_at");
  CREATE INDEX "_galleries_v_version_items_order_idx" ON "_galleries_v_version_items" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_items_parent_id_idx" ON "_galleries_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_items_artwork_idx" ON "_galleries_v_version_items" USING btree ("artwork_id");
  CREATE INDEX "_galleries_v_version_history_order_idx" ON "_galleries_v_version_history" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_history_parent_id_idx" ON "_galleries_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_history_by_idx" ON "_galleries_v_version_history" USING btree ("by_id");
  CREATE INDEX "_galleries_v_parent_idx" ON "_galleries_v" USING btree ("parent_id");
  CREATE INDEX "_galleries_v_version_version_slug_idx" ON "_galleries_v" USING btree ("version_slug");
  CREATE INDEX "_galleries_v_version_version_curator_idx" ON "_galleries_v" USING btree ("version_curator_id");
  CREATE INDEX "_galleries_v_version_version_cover_idx" ON "_galleries_v" USING btree ("version_cover_id");
  CREATE INDEX "_galleries_v_version_version_stage_idx" ON "_galleries_v" USING btree ("version_stage");
  CREATE INDEX "_galleries_v_version_version_publish_at_idx" ON "_galleries_v" USING btree ("version_publish_at");
  CREATE INDEX "_galleries_v_version_version_owner_idx" ON "_galleries_v" USING btree ("version_owner_id");
  CREATE INDEX "_galleries_v_version_version_updated_at_idx" ON "_galleries_v" USING btree ("version_updated_at");
  CREATE INDEX "_galleries_v_version_version_created_at_idx" ON "_galleries_v" USING btree ("version_created_at");
  CREATE INDEX "_galleries_v_version_version__status_idx" ON "_galleries_v" USING btree ("version__status");
  CREATE INDEX "_galleries_v_created_at_idx" ON "_galleries_v" USING btree ("created_at");
  CREATE INDEX "_galleries_v_updated_at_idx" ON "_galleries_v" USING btree ("updated_at");
  CREATE INDEX "_galleries_v_latest_idx" ON "_galleries_v" USING btree ("latest");
  CREATE INDEX "_galleries_v_autosave_idx" ON "_galleries_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_galleries_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_galleries_v_parent_updated_at_idx" ON "_galleries_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_galleries_v_latest_sort_idx" ON "_galleries_v" USING btree ("latest","version_created_at","created_at");
  CREATE INDEX "media_owner_idx" ON "media" USING btree ("owner_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "comments_post_idx" ON "comments" USING btree ("post_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_email_idx" ON "comments" USING btree ("email");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_policy_idx" ON "comments" USING btree ("policy_id");
  CREATE INDEX "comments_user_idx" ON "comments" USING btree ("user_id");
  CREATE INDEX "comments_moderated_by_idx" ON "comments" USING btree ("moderated_by_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "post_status_createdAt_idx" ON "comments" USING btree ("post_id","status","created_at");
  CREATE INDEX "status_createdAt_idx" ON "comments" USING btree ("status","created_at");
  CREATE INDEX "comments_texts_order_parent" ON "comments_texts" USING btree ("order","parent_id");
  CREATE INDEX "comments_texts_text_idx" ON "comments_texts" USING btree ("text");
  CREATE INDEX "comment_policies_blocks_watch_words_words_order_idx" ON "comment_policies_blocks_watch_words_words" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_watch_words_words_parent_id_idx" ON "comment_policies_blocks_watch_words_words" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_watch_words_order_idx" ON "comment_policies_blocks_watch_words" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_watch_words_parent_id_idx" ON "comment_policies_blocks_watch_words" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_watch_words_path_idx" ON "comment_policies_blocks_watch_words" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_blocked_words_words_order_idx" ON "comment_policies_blocks_blocked_words_words" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_blocked_words_words_parent_id_idx" ON "comment_policies_blocks_blocked_words_words" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_blocked_words_order_idx" ON "comment_policies_blocks_blocked_words" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_blocked_words_parent_id_idx" ON "comment_policies_blocks_blocked_words" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_blocked_words_path_idx" ON "comment_policies_blocks_blocked_words" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_heated_tone_insults_order_idx" ON "comment_policies_blocks_heated_tone_insults" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_heated_tone_insults_parent_id_idx" ON "comment_policies_blocks_heated_tone_insults" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_heated_tone_order_idx" ON "comment_policies_blocks_heated_tone" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_heated_tone_parent_id_idx" ON "comment_policies_blocks_heated_tone" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_heated_tone_path_idx" ON "comment_policies_blocks_heated_tone" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_too_many_links_order_idx" ON "comment_policies_blocks_too_many_links" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_too_many_links_parent_id_idx" ON "comment_policies_blocks_too_many_links" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_too_many_links_path_idx" ON "comment_policies_blocks_too_many_links" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_length_order_idx" ON "comment_policies_blocks_length" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_length_parent_id_idx" ON "comment_policies_blocks_length" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_length_path_idx" ON "comment_policies_blocks_length" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_close_after_days_order_idx" ON "comment_policies_blocks_close_after_days" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_close_after_days_parent_id_idx" ON "comment_policies_blocks_close_after_days" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_close_after_days_path_idx" ON "comment_policies_blocks_close_after_days" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_first_comment_order_idx" ON "comment_policies_blocks_first_comment" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_first_comment_parent_id_idx" ON "comment_policies_blocks_first_comment" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_first_comment_path_idx" ON "comment_policies_blocks_first_comment" USING btree ("_path");
  CREATE INDEX "comment_policies_blocks_corrections_order_idx" ON "comment_policies_blocks_corrections" USING btree ("_order");
  CREATE INDEX "comment_policies_blocks_corrections_parent_id_idx" ON "comment_policies_blocks_corrections" USING btree ("_parent_id");
  CREATE INDEX "comment_policies_blocks_corrections_path_idx" ON "comment_policies_blocks_corrections" USING btree ("_path");
  CREATE INDEX "comment_policies_updated_at_idx" ON "comment_policies" USING btree ("updated_at");
  CREATE INDEX "comment_policies_created_at_idx" ON "comment_policies" USING btree ("created_at");
  CREATE INDEX "_comment_policies_v_blocks_watch_words_words_order_idx" ON "_comment_policies_v_blocks_watch_words_words" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_watch_words_words_parent_id_idx" ON "_comment_policies_v_blocks_watch_words_words" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_watch_words_order_idx" ON "_comment_policies_v_blocks_watch_words" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_watch_words_parent_id_idx" ON "_comment_policies_v_blocks_watch_words" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_watch_words_path_idx" ON "_comment_policies_v_blocks_watch_words" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_blocked_words_words_order_idx" ON "_comment_policies_v_blocks_blocked_words_words" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_blocked_words_words_parent_id_idx" ON "_comment_policies_v_blocks_blocked_words_words" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_blocked_words_order_idx" ON "_comment_policies_v_blocks_blocked_words" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_blocked_words_parent_id_idx" ON "_comment_policies_v_blocks_blocked_words" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_blocked_words_path_idx" ON "_comment_policies_v_blocks_blocked_words" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_heated_tone_insults_order_idx" ON "_comment_policies_v_blocks_heated_tone_insults" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_heated_tone_insults_parent_id_idx" ON "_comment_policies_v_blocks_heated_tone_insults" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_heated_tone_order_idx" ON "_comment_policies_v_blocks_heated_tone" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_heated_tone_parent_id_idx" ON "_comment_policies_v_blocks_heated_tone" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_heated_tone_path_idx" ON "_comment_policies_v_blocks_heated_tone" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_too_many_links_order_idx" ON "_comment_policies_v_blocks_too_many_links" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_too_many_links_parent_id_idx" ON "_comment_policies_v_blocks_too_many_links" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_too_many_links_path_idx" ON "_comment_policies_v_blocks_too_many_links" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_length_order_idx" ON "_comment_policies_v_blocks_length" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_length_parent_id_idx" ON "_comment_policies_v_blocks_length" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_length_path_idx" ON "_comment_policies_v_blocks_length" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_close_after_days_order_idx" ON "_comment_policies_v_blocks_close_after_days" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_close_after_days_parent_id_idx" ON "_comment_policies_v_blocks_close_after_days" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_close_after_days_path_idx" ON "_comment_policies_v_blocks_close_after_days" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_first_comment_order_idx" ON "_comment_policies_v_blocks_first_comment" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_first_comment_parent_id_idx" ON "_comment_policies_v_blocks_first_comment" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_first_comment_path_idx" ON "_comment_policies_v_blocks_first_comment" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_blocks_corrections_order_idx" ON "_comment_policies_v_blocks_corrections" USING btree ("_order");
  CREATE INDEX "_comment_policies_v_blocks_corrections_parent_id_idx" ON "_comment_policies_v_blocks_corrections" USING btree ("_parent_id");
  CREATE INDEX "_comment_policies_v_blocks_corrections_path_idx" ON "_comment_policies_v_blocks_corrections" USING btree ("_path");
  CREATE INDEX "_comment_policies_v_parent_idx" ON "_comment_policies_v" USING btree ("parent_id");
  CREATE INDEX "_comment_policies_v_version_version_updated_at_idx" ON "_comment_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_comment_policies_v_version_version_created_at_idx" ON "_comment_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_comment_policies_v_created_at_idx" ON "_comment_policies_v" USING btree ("created_at");
  CREATE INDEX "_comment_policies_v_updated_at_idx" ON "_comment_policies_v" USING btree ("updated_at");
  CREATE INDEX "reader_questions_answered_in_idx" ON "reader_questions" USING btree ("answered_in_id");
  CREATE INDEX "reader_questions_updated_at_idx" ON "reader_questions" USING btree ("updated_at");
  CREATE INDEX "reader_questions_created_at_idx" ON "reader_questions" USING btree ("created_at");
  CREATE INDEX "status_createdAt_1_idx" ON "reader_questions" USING btree ("status","created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "webhook_deliveries_event_type_idx" ON "webhook_deliveries" USING btree ("event_type");
  CREATE INDEX "webhook_deliveries_document_id_idx" ON "webhook_deliveries" USING btree ("document_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "runner_leases_key_idx" ON "runner_leases" USING btree ("key");
  CREATE INDEX "runner_leases_updated_at_idx" ON "runner_leases" USING btree ("updated_at");
  CREATE INDEX "runner_leases_created_at_idx" ON "runner_leases" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("tags_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_comment_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_policies_id");
  CREATE INDEX "payload_locked_documents_rels_reader_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_questions_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_runner_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("runner_leases_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_webhooks_order_idx" ON "site_settings_webhooks" USING btree ("_order");
  CREATE INDEX "site_settings_webhooks_parent_id_idx" ON "site_settings_webhooks" USING btree ("_parent_id");
  CREATE INDEX "site_settings_featured_artwork_featured_artwork_artwork_idx" ON "site_settings" USING btree ("featured_artwork_artwork_id");
  CREATE INDEX "site_settings_about_author_idx" ON "site_settings" USING btree ("about_author_id");
  CREATE INDEX "site_settings_default_comment_policy_idx" ON "site_settings" USING btree ("default_comment_policy_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts_corrections" CASCADE;
  DROP TABLE "posts_history" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "_posts_v_version_corrections" CASCADE;
  DROP TABLE "_posts_v_version_history" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_rels" CASCADE;
  DROP TABLE "authors_social_links" CASCADE;
  DROP TABLE "authors" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "tags" CASCADE;
  DROP TABLE "artworks_history" CASCADE;
  DROP TABLE "artworks" CASCADE;
  DROP TABLE "_artworks_v_version_history" CASCADE;
  DROP TABLE "_artworks_v" CASCADE;
  DROP TABLE "galleries_items" CASCADE;
  DROP TABLE "galleries_history" CASCADE;
  DROP TABLE "galleries" CASCADE;
  DROP TABLE "_galleries_v_version_items" CASCADE;
  DROP TABLE "_galleries_v_version_history" CASCADE;
  DROP TABLE "_galleries_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_texts" CASCADE;
  DROP TABLE "comment_policies_blocks_watch_words_words" CASCADE;
  DROP TABLE "comment_policies_blocks_watch_words" CASCADE;
  DROP TABLE "comment_policies_blocks_blocked_words_words" CASCADE;
  DROP TABLE "comment_policies_blocks_blocked_words" CASCADE;
  DROP TABLE "comment_policies_blocks_heated_tone_insults" CASCADE;
  DROP TABLE "comment_policies_blocks_heated_tone" CASCADE;
  DROP TABLE "comment_policies_blocks_too_many_links" CASCADE;
  DROP TABLE "comment_policies_blocks_length" CASCADE;
  DROP TABLE "comment_policies_blocks_close_after_days" CASCADE;
  DROP TABLE "comment_policies_blocks_first_comment" CASCADE;
  DROP TABLE "comment_policies_blocks_corrections" CASCADE;
  DROP TABLE "comment_policies" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_watch_words_words" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_watch_words" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_blocked_words_words" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_blocked_words" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_heated_tone_insults" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_heated_tone" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_too_many_links" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_length" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_close_after_days" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_first_comment" CASCADE;
  DROP TABLE "_comment_policies_v_blocks_corrections" CASCADE;
  DROP TABLE "_comment_policies_v" CASCADE;
  DROP TABLE "reader_questions" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "runner_leases" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_webhooks" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "read_cache_state" CASCADE;
  DROP TYPE "public"."enum_posts_history_from";
  DROP TYPE "public"."enum_posts_history_to";
  DROP TYPE "public"."enum_posts_stage";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_history_from";
  DROP TYPE "public"."enum__posts_v_version_history_to";
  DROP TYPE "public"."enum__posts_v_version_stage";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum_authors_social_links_platform";
  DROP TYPE "public"."enum_authors_kind";
  DROP TYPE "public"."enum_artworks_history_from";
  DROP TYPE "public"."enum_artworks_history_to";
  DROP TYPE "public"."enum_artworks_dimensions_unit";
  DROP TYPE "public"."enum_artworks_prints_availability";
  DROP TYPE "public"."enum_artworks_stage";
  DROP TYPE "public"."enum_artworks_status";
  DROP TYPE "public"."enum__artworks_v_version_history_from";
  DROP TYPE "public"."enum__artworks_v_version_history_to";
  DROP TYPE "public"."enum__artworks_v_version_dimensions_unit";
  DROP TYPE "public"."enum__artworks_v_version_prints_availability";
  DROP TYPE "public"."enum__artworks_v_version_stage";
  DROP TYPE "public"."enum__artworks_v_version_status";
  DROP TYPE "public"."enum_galleries_history_from";
  DROP TYPE "public"."enum_galleries_history_to";
  DROP TYPE "public"."enum_galleries_stage";
  DROP TYPE "public"."enum_galleries_status";
  DROP TYPE "public"."enum__galleries_v_version_history_from";
  DROP TYPE "public"."enum__galleries_v_version_history_to";
  DROP TYPE "public"."enum__galleries_v_version_stage";
  DROP TYPE "public"."enum__galleries_v_version_status";
  DROP TYPE "public"."enum_comments_kind";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_visibility";
  DROP TYPE "public"."enum_comment_policies_blocks_watch_words_action";
  DROP TYPE "public"."enum_comment_policies_blocks_blocked_words_action";
  DROP TYPE "public"."enum_comment_policies_blocks_heated_tone_action";
  DROP TYPE "public"."enum_comment_policies_blocks_too_many_links_action";
  DROP TYPE "public"."enum_comment_policies_blocks_length_action";
  DROP TYPE "public"."enum_comment_policies_blocks_close_after_days_action";
  DROP TYPE "public"."enum_comment_policies_blocks_first_comment_action";
  DROP TYPE "public"."enum_comment_policies_blocks_corrections_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_watch_words_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_blocked_words_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_heated_tone_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_too_many_links_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_length_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_close_after_days_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_first_comment_action";
  DROP TYPE "public"."enum__comment_policies_v_blocks_corrections_action";
  DROP TYPE "public"."enum_reader_questions_attribution";
  DROP TYPE "public"."enum_reader_questions_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_webhook_deliveries_event_type";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
