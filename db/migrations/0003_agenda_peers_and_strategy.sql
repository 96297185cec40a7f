CREATE TABLE `agenda_goal_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `agenda_goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_goal_measures_pair_idx` ON `agenda_goal_measures` (`goal_id`,`measure_id`);--> statement-breakpoint
CREATE INDEX `agenda_goal_measures_measure_idx` ON `agenda_goal_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `agenda_goals` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_id` text NOT NULL,
	`parent_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`field_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agenda_id`) REFERENCES `agendas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agenda_goals_agenda_idx` ON `agenda_goals` (`agenda_id`);--> statement-breakpoint
CREATE INDEX `agenda_goals_parent_idx` ON `agenda_goals` (`parent_id`);--> statement-breakpoint
CREATE TABLE `agenda_indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_id` text NOT NULL,
	`goal_id` text,
	`measure_id` text,
	`name` text NOT NULL,
	`description` text,
	`unit` text NOT NULL,
	`level` text NOT NULL,
	`baseline` real,
	`baseline_on` text,
	`target` real,
	`target_on` text,
	`source` text,
	`owner` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agenda_id`) REFERENCES `agendas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `agenda_goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_indicators_agenda_idx` ON `agenda_indicators` (`agenda_id`);--> statement-breakpoint
CREATE INDEX `agenda_indicators_goal_idx` ON `agenda_indicators` (`goal_id`);--> statement-breakpoint
CREATE INDEX `agenda_indicators_measure_idx` ON `agenda_indicators` (`measure_id`);--> statement-breakpoint
CREATE TABLE `agenda_measurements` (
	`id` text PRIMARY KEY NOT NULL,
	`indicator_id` text NOT NULL,
	`measured_on` text NOT NULL,
	`value` real NOT NULL,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `agenda_indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_measurements_indicator_idx` ON `agenda_measurements` (`indicator_id`,`measured_on`);--> statement-breakpoint
CREATE TABLE `agenda_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_id` text NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`label` text,
	`council_body` text,
	`decision_number` text,
	`decided_on` text,
	`frozen_at` text,
	`snapshot` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agenda_id`) REFERENCES `agendas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_versions_number_idx` ON `agenda_versions` (`agenda_id`,`number`);--> statement-breakpoint
CREATE TABLE `agendas` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`period_from` integer NOT NULL,
	`period_to` integer NOT NULL,
	`vision` text,
	`principles` text DEFAULT '[]' NOT NULL,
	`starting_position` text,
	`starting_figures` text DEFAULT '[]' NOT NULL,
	`field_ids` text DEFAULT '[]' NOT NULL,
	`implementation` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pack_signing_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`kind` text NOT NULL,
	`partner_ags` text,
	`partner_name` text NOT NULL,
	`agreement` text,
	`cost_share` real,
	`status` text NOT NULL,
	`contact` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partnerships_measure_idx` ON `partnerships` (`measure_id`);--> statement-breakpoint
CREATE INDEX `partnerships_ags_idx` ON `partnerships` (`partner_ags`);--> statement-breakpoint
CREATE TABLE `peer_adoptions` (
	`id` text PRIMARY KEY NOT NULL,
	`idea_id` text NOT NULL,
	`pack_id` text NOT NULL,
	`project_id` text NOT NULL,
	`project_title` text NOT NULL,
	`pack_title` text NOT NULL,
	`publisher_name` text NOT NULL,
	`license` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_adoptions_idea_idx` ON `peer_adoptions` (`idea_id`);--> statement-breakpoint
CREATE INDEX `peer_adoptions_project_idx` ON `peer_adoptions` (`pack_id`,`project_id`);--> statement-breakpoint
CREATE TABLE `peer_field_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`publisher_key` text NOT NULL,
	`pack_field` text NOT NULL,
	`field_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_field_mappings_key_idx` ON `peer_field_mappings` (`publisher_key`,`pack_field`);--> statement-breakpoint
CREATE TABLE `peer_packs` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`title` text NOT NULL,
	`publisher_name` text NOT NULL,
	`publisher_ags` text,
	`publisher_contact_name` text,
	`publisher_contact_email` text,
	`license` text NOT NULL,
	`pack_created_at` text NOT NULL,
	`language` text,
	`signed` integer DEFAULT false NOT NULL,
	`key_fingerprint` text,
	`notes` text,
	`file_name` text,
	`project_count` integer DEFAULT 0 NOT NULL,
	`imported_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_packs_pack_id_unique` ON `peer_packs` (`pack_id`);--> statement-breakpoint
CREATE TABLE `peer_projects` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_row_id` text NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`description` text,
	`field` text,
	`field_id` text,
	`ozg_ids` text,
	`leika_ids` text,
	`tags` text,
	`funding` text,
	`partners` text,
	`links` text,
	`status` text,
	`start` text,
	`end` text,
	`budget` real,
	`currency` text,
	`contact_name` text,
	`contact_email` text,
	`results` text,
	`lessons_learned` text,
	`unknown_keys` text,
	`content_hash` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`pack_row_id`) REFERENCES `peer_packs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_projects_pack_project_idx` ON `peer_projects` (`pack_row_id`,`project_id`);--> statement-breakpoint
CREATE INDEX `peer_projects_field_idx` ON `peer_projects` (`field_id`);--> statement-breakpoint
CREATE TABLE `ozg_maturity` (
	`id` text PRIMARY KEY NOT NULL,
	`ozg_id` text NOT NULL,
	`name` text NOT NULL,
	`relevant` integer DEFAULT true NOT NULL,
	`model` text NOT NULL,
	`level_ist` integer,
	`level_soll` integer,
	`unit` text,
	`efa_provider` text,
	`assessed_on` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ozg_maturity_ozg_id_unique` ON `ozg_maturity` (`ozg_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_goals` (
	`id` text PRIMARY KEY NOT NULL,
	`stakeholder_id` text NOT NULL,
	`goal_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `agenda_goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_goals_pair_idx` ON `stakeholder_goals` (`stakeholder_id`,`goal_id`);--> statement-breakpoint
CREATE INDEX `stakeholder_goals_goal_idx` ON `stakeholder_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`stakeholder_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_measures_pair_idx` ON `stakeholder_measures` (`stakeholder_id`,`measure_id`);--> statement-breakpoint
CREATE INDEX `stakeholder_measures_measure_idx` ON `stakeholder_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_relations` (
	`id` text PRIMARY KEY NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_relations_triple_idx` ON `stakeholder_relations` (`from_id`,`to_id`,`kind`);--> statement-breakpoint
CREATE INDEX `stakeholder_relations_to_idx` ON `stakeholder_relations` (`to_id`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`scope` text NOT NULL,
	`category` text,
	`organisation` text,
	`influence` integer NOT NULL,
	`interest` integer NOT NULL,
	`attitude` text NOT NULL,
	`engagement_now` text NOT NULL,
	`engagement_wanted` text NOT NULL,
	`power` integer DEFAULT false NOT NULL,
	`legitimacy` integer DEFAULT false NOT NULL,
	`urgency` integer DEFAULT false NOT NULL,
	`strategy` text,
	`next_contact` text,
	`notes` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stakeholders_name_idx` ON `stakeholders` (`name`);