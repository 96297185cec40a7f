CREATE TABLE `cost_items` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`recurrence` text NOT NULL,
	`category` text,
	`plan` real DEFAULT 0 NOT NULL,
	`actual` real,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cost_items_measure_idx` ON `cost_items` (`measure_id`);--> statement-breakpoint
CREATE INDEX `cost_items_year_idx` ON `cost_items` (`year`);--> statement-breakpoint
CREATE TABLE `financing_items` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`source_type` text NOT NULL,
	`name` text,
	`amount` real NOT NULL,
	`programme_id` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_id`) REFERENCES `funding_programmes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `financing_items_measure_idx` ON `financing_items` (`measure_id`);--> statement-breakpoint
CREATE TABLE `funding_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`programme_id` text NOT NULL,
	`status` text NOT NULL,
	`amount_requested` real,
	`amount_approved` real,
	`submitted_on` text,
	`decision_on` text,
	`reporting_deadline` text,
	`note` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_id`) REFERENCES `funding_programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `funding_applications_measure_idx` ON `funding_applications` (`measure_id`);--> statement-breakpoint
CREATE INDEX `funding_applications_programme_idx` ON `funding_applications` (`programme_id`);--> statement-breakpoint
CREATE TABLE `funding_programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`funder` text NOT NULL,
	`max_quota` real,
	`min_own_share` real,
	`eligible` text,
	`fields_text` text,
	`keywords` text,
	`deadline` text,
	`url` text,
	`description` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ideas` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`source` text NOT NULL,
	`submitter` text,
	`submitted_on` text,
	`field_id` text,
	`status` text NOT NULL,
	`status_reason` text,
	`measure_id` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ideas_status_idx` ON `ideas` (`status`);--> statement-breakpoint
CREATE INDEX `ideas_measure_idx` ON `ideas` (`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_dependencies` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`depends_on_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`depends_on_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_dependencies_pair_idx` ON `measure_dependencies` (`measure_id`,`depends_on_id`);--> statement-breakpoint
CREATE INDEX `measure_dependencies_on_idx` ON `measure_dependencies` (`depends_on_id`);--> statement-breakpoint
CREATE TABLE `measure_ozg_services` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`ozg_id` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_ozg_pair_idx` ON `measure_ozg_services` (`measure_id`,`ozg_id`);--> statement-breakpoint
CREATE TABLE `measure_scores` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`score` integer NOT NULL,
	`justification` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `scoring_criteria`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_scores_pair_idx` ON `measure_scores` (`measure_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `measure_scores_criterion_idx` ON `measure_scores` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`title` text NOT NULL,
	`planned_on` text,
	`actual_on` text,
	`done` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_measure_idx` ON `milestones` (`measure_id`);--> statement-breakpoint
CREATE INDEX `milestones_planned_idx` ON `milestones` (`planned_on`);--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`config` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_name_unique` ON `saved_views` (`name`);--> statement-breakpoint
CREATE TABLE `scoring_criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`weight` real NOT NULL,
	`scale_max` integer DEFAULT 5 NOT NULL,
	`direction` text DEFAULT 'benefit' NOT NULL,
	`axis` text DEFAULT 'value' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scoring_criteria_name_unique` ON `scoring_criteria` (`name`);--> statement-breakpoint
CREATE TABLE `status_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`reported_on` text NOT NULL,
	`overall` text NOT NULL,
	`schedule` text NOT NULL,
	`cost` text NOT NULL,
	`scope` text NOT NULL,
	`resources` text NOT NULL,
	`impact` text NOT NULL,
	`achievements` text,
	`next_steps` text,
	`risks` text,
	`decisions_needed` text,
	`proposed` text,
	`origin` text DEFAULT 'local' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `status_reports_measure_idx` ON `status_reports` (`measure_id`,`reported_on`);--> statement-breakpoint
ALTER TABLE `measures` ADD `goals` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `impact` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `project_lead` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `participants` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `risks` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `efa_reuse` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `efa_provider` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `ikz_partners` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `progress` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `must_legal` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `must_legal_deadline` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `must_critical` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `must_political` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `tags` text;