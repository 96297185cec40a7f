CREATE TABLE `reference_sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`attribution` text NOT NULL,
	`licence` text NOT NULL,
	`rows` integer NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workspace_meta` (
	`id` text PRIMARY KEY NOT NULL,
	`ags` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`land` text NOT NULL,
	`population` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `fields` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`color` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fields_name_unique` ON `fields` (`name`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`field_id` text,
	`phase` text NOT NULL,
	`priority` text NOT NULL,
	`start` text,
	`end` text,
	`lead_unit` text,
	`budget` real,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `measures_field_idx` ON `measures` (`field_id`);--> statement-breakpoint
CREATE INDEX `measures_updated_idx` ON `measures` (`updated_at`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`step` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`label` text NOT NULL,
	`before` text,
	`after` text,
	`at` text NOT NULL,
	`undone` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_entity_idx` ON `change_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `change_log_step_idx` ON `change_log` (`step`);--> statement-breakpoint
CREATE TABLE `leika_services` (
	`row_id` integer PRIMARY KEY NOT NULL,
	`leika_key` text,
	`name` text NOT NULL,
	`typisierung` text,
	`ozg_id` text,
	`legal_basis` text,
	FOREIGN KEY (`ozg_id`) REFERENCES `ozg_services`(`ozg_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leika_services_ozg_idx` ON `leika_services` (`ozg_id`);--> statement-breakpoint
CREATE TABLE `ozg_services` (
	`ozg_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`lebenslage` text NOT NULL,
	`themenfeld` text NOT NULL,
	`leika_count` integer NOT NULL,
	`leika_types` text NOT NULL,
	`municipal` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ozg_services_themenfeld_idx` ON `ozg_services` (`themenfeld`);