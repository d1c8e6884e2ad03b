CREATE TABLE `assessments` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`workload_id` text NOT NULL,
	`workload_name` text,
	`team` text,
	`note` text,
	`answers` text NOT NULL,
	`recommendation` text NOT NULL,
	`recommended` text NOT NULL,
	`score` real NOT NULL,
	`ruleset_version` text NOT NULL,
	`profile_hash` text,
	`current_platform` text,
	`created_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_id_unique` ON `assessments` (`id`);--> statement-breakpoint
CREATE INDEX `assessments_workload_seq` ON `assessments` (`workload_id`,`seq`);--> statement-breakpoint
CREATE INDEX `assessments_team_seq` ON `assessments` (`team`,`seq`);