ALTER TABLE "assessments" ADD COLUMN "current_platform" text;--> statement-breakpoint
CREATE INDEX "assessments_workload_seq" ON "assessments" USING btree ("workload_id","seq");--> statement-breakpoint
CREATE INDEX "assessments_team_seq" ON "assessments" USING btree ("team","seq");--> statement-breakpoint
UPDATE "assessments" SET "current_platform" = "answers"->>'currentPlatform' WHERE "current_platform" IS NULL;
