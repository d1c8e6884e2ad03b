import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessmentStore, MIGRATIONS, openStorage, type Storage } from "@platform-advisor/api";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase, STORES, stopStores } from "./stores.ts";

const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  await stopStores();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The migration folder as it was after its first migration: the previous schema. */
const firstMigrationOnly = () => {
  const dir = tempFolder("platform-advisor-migrations-");
  cpSync(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
};

/** Both drivers answer raw queries with `{ rows }`. */
const columns = async (storage: Storage) => {
  const result = (await storage.db.execute(
    sql`select column_name from information_schema.columns where table_name = 'assessments' order by column_name`,
  )) as unknown as { rows: { column_name: string }[] };
  return result.rows.map((row) => row.column_name);
};

describe.each(STORES)("migrations on the %s store", (kind) => {
  it("bring an empty database to the current schema, and run again as a no-op", async () => {
    const target = await emptyDatabase(kind);
    const storage = await openStorage(target);
    try {
      expect(await columns(storage)).toContain("current_platform");
      const store = assessmentStore(storage);
      expect(await store.list({ limit: 1 })).toEqual({ items: [], next: null });
    } finally {
      await storage.close();
    }
    if (kind === "postgres") {
      const again = await openStorage(target);
      expect(await columns(again)).toContain("current_platform");
      await again.close();
    }
  }, 120_000);

  it("bring the previous schema forward, keeping and backfilling its rows", async () => {
    const target = await emptyDatabase(kind);
    const dir = kind === "embedded" ? tempFolder("platform-advisor-pglite-") : undefined;
    const where = dir ? { dataDir: dir } : target;
    const previous = await openStorage(where, firstMigrationOnly());
    expect(await columns(previous)).not.toContain("current_platform");
    await previous.db.execute(sql`
      insert into assessments (id, workload_id, answers, recommendation, recommended, score, ruleset_version, created_at)
      values ('saved-before', 'legacy-app', '{"currentPlatform":"mesos"}', '{"recommended":"kubernetes","ranking":[]}',
              'kubernetes', 71, '0.9.0+old', '2026-01-01T00:00:00Z')`);
    await previous.close();

    const current = await openStorage(where);
    try {
      const store = assessmentStore(current);
      expect((await store.get("saved-before"))?.workload).toEqual({ id: "legacy-app" });
      expect(await store.latestPerWorkload()).toEqual([
        {
          workload: { id: "legacy-app" },
          recommended: "kubernetes",
          currentPlatform: "mesos",
          rulesetVersion: "0.9.0+old",
          profileHash: null,
        },
      ]);
    } finally {
      await current.close();
    }
  }, 120_000);
});
