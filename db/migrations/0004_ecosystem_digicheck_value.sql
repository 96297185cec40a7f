CREATE TABLE `actor_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`field_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actor_fields_pair_idx` ON `actor_fields` (`actor_id`,`field_id`);--> statement-breakpoint
CREATE INDEX `actor_fields_field_idx` ON `actor_fields` (`field_id`);--> statement-breakpoint
CREATE TABLE `actor_relations` (
	`id` text PRIMARY KEY NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actor_relations_triple_idx` ON `actor_relations` (`from_id`,`to_id`,`kind`);--> statement-breakpoint
CREATE INDEX `actor_relations_to_idx` ON `actor_relations` (`to_id`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`sphere` text NOT NULL,
	`description` text,
	`contact` text,
	`org_unit_id` text,
	`stakeholder_id` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `actors_sphere_idx` ON `actors` (`sphere`);--> statement-breakpoint
CREATE INDEX `actors_unit_idx` ON `actors` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `actors_stakeholder_idx` ON `actors` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`parent_id` text,
	`kind` text NOT NULL,
	`head` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `org_units_parent_idx` ON `org_units` (`parent_id`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`title` text,
	`holder_name` text,
	`actor_id` text,
	`org_unit_id` text,
	`note` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `role_assignments_role_idx` ON `role_assignments` (`role`);--> statement-breakpoint
CREATE INDEX `role_assignments_unit_idx` ON `role_assignments` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `role_assignments_actor_idx` ON `role_assignments` (`actor_id`);--> statement-breakpoint
CREATE TABLE `digicheck_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`question_id` text NOT NULL,
	`ist` integer,
	`soll` integer,
	`justification` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `digicheck_assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `digicheck_questions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digicheck_answers_pair_idx` ON `digicheck_answers` (`assessment_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `digicheck_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`catalogue_id` text NOT NULL,
	`org_unit_id` text,
	`field_id` text,
	`unit_name` text,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`participants` text,
	`starting_position` text,
	`need_for_change` text,
	`it_challenges` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`catalogue_id`) REFERENCES `digicheck_catalogues`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `digicheck_assessments_unit_idx` ON `digicheck_assessments` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `digicheck_assessments_field_idx` ON `digicheck_assessments` (`field_id`);--> statement-breakpoint
CREATE TABLE `digicheck_catalogues` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer NOT NULL,
	`based_on_id` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digicheck_catalogues_name_version_idx` ON `digicheck_catalogues` (`name`,`version`);--> statement-breakpoint
CREATE TABLE `digicheck_dimensions` (
	`id` text PRIMARY KEY NOT NULL,
	`catalogue_id` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`weight` real DEFAULT 1 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`catalogue_id`) REFERENCES `digicheck_catalogues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digicheck_dimensions_key_idx` ON `digicheck_dimensions` (`catalogue_id`,`key`);--> statement-breakpoint
CREATE TABLE `digicheck_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`dimension_id` text NOT NULL,
	`key` text NOT NULL,
	`text` text NOT NULL,
	`help` text,
	`weight` real DEFAULT 1 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dimension_id`) REFERENCES `digicheck_dimensions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `digicheck_questions_dimension_idx` ON `digicheck_questions` (`dimension_id`);--> statement-breakpoint
CREATE TABLE `digicheck_recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`dimension_key` text,
	`title` text NOT NULL,
	`description` text,
	`priority` text NOT NULL,
	`year` integer NOT NULL,
	`one_off_min` real,
	`one_off_max` real,
	`yearly_min` real,
	`yearly_max` real,
	`staff_fte` real,
	`staff_note` text,
	`idea_id` text,
	`measure_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `digicheck_assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `digicheck_recommendations_assessment_idx` ON `digicheck_recommendations` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `value_fits` (
	`id` text PRIMARY KEY NOT NULL,
	`proposition_id` text NOT NULL,
	`our_item_id` text NOT NULL,
	`their_item_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposition_id`) REFERENCES `value_propositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`our_item_id`) REFERENCES `value_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`their_item_id`) REFERENCES `value_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `value_fits_pair_idx` ON `value_fits` (`our_item_id`,`their_item_id`);--> statement-breakpoint
CREATE INDEX `value_fits_their_idx` ON `value_fits` (`their_item_id`);--> statement-breakpoint
CREATE TABLE `value_items` (
	`id` text PRIMARY KEY NOT NULL,
	`proposition_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`rank` integer NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposition_id`) REFERENCES `value_propositions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `value_items_proposition_idx` ON `value_items` (`proposition_id`,`kind`,`rank`);--> statement-breakpoint
CREATE TABLE `value_proposition_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`proposition_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposition_id`) REFERENCES `value_propositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `value_proposition_measures_pair_idx` ON `value_proposition_measures` (`proposition_id`,`measure_id`);--> statement-breakpoint
CREATE INDEX `value_proposition_measures_measure_idx` ON `value_proposition_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `value_propositions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`target_group` text NOT NULL,
	`stakeholder_id` text,
	`description` text,
	`item_text` text DEFAULT '' NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `value_propositions_title_idx` ON `value_propositions` (`title`);--> statement-breakpoint
CREATE INDEX `measures_title_idx` ON `measures` ("title" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `measures_phase_idx` ON `measures` (`phase`);--> statement-breakpoint
CREATE INDEX `measure_scores_ranking_idx` ON `measure_scores` (`measure_id`,`criterion_id`,`score`);