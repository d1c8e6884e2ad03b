CREATE TABLE "assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"workload_id" text NOT NULL,
	"workload_name" text,
	"team" text,
	"note" text,
	"answers" jsonb NOT NULL,
	"recommendation" jsonb NOT NULL,
	"recommended" text NOT NULL,
	"score" double precision NOT NULL,
	"ruleset_version" text NOT NULL,
	"profile_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessments_seq_unique" UNIQUE("seq")
);
