import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessmentStore, MIGRATIONS, openStorage, SQLITE_MIGRATIONS, type Storage } from "@platform-advisor/api";
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

/** A migration folder as it was after its first `count` migrations: an older schema. */
const firstMigrations = (folder: string, count: number) => {
  const dir = tempFolder("platform-advisor-migrations-");
  cpSync(folder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
};

const columns = async (storage: Storage) => {
  const rows =
    storage.kind === "postgres"
      ? await storage.raw(
          "select column_name as name from information_schema.columns where table_name = 'assessments' order by 1",
        )
      : await storage.raw("select name from pragma_table_info('assessments') order by 1");
  return rows.map((row) => String(row.name));
};

describe.each(STORES)("migrations on the %s store", (kind) => {
  it("bring an empty database to the current schema, and run again as a no-op keeping the rows", async () => {
    const target =
      kind === "embedded"
        ? { dataDir: join(tempFolder("platform-advisor-sqlite-"), "data") }
        : await emptyDatabase(kind);
    const storage = await openStorage(target);
    try {
      expect(await columns(storage)).toEqual(expect.arrayContaining(["current_platform", "created_by"]));
      const store = assessmentStore(storage);
      expect(await store.list({ limit: 1 })).toEqual({ items: [], next: null });
      await storage.raw(
        `insert into assessments (id, workload_id, answers, recommendation, recommended, score, ruleset_version, created_at)
         values ('kept', 'app', '{}', '{"recommended":"kubernetes","ranking":[]}', 'kubernetes', 1, '1', ${kind === "postgres" ? "now()" : "0"})`,
      );
    } finally {
      await storage.close();
    }
    const again = await openStorage(target);
    try {
      expect((await assessmentStore(again).get("kept"))?.workload).toEqual({ id: "app" });
    } finally {
      await again.close();
    }
  }, 120_000);
});

describe("migrations on PostgreSQL", () => {
  it("bring the first schema forward, keeping and backfilling its rows", async () => {
    const target = await emptyDatabase("postgres");
    const previous = await openStorage(target, { migrations: firstMigrations(MIGRATIONS, 1) });
    expect(await columns(previous)).not.toContain("current_platform");
    await previous.raw(`
      insert into assessments (id, workload_id, answers, recommendation, recommended, score, ruleset_version, created_at)
      values ('saved-before', 'legacy-app', '{"currentPlatform":"mesos"}', '{"recommended":"kubernetes","ranking":[]}',
              'kubernetes', 71, '0.9.0+old', '2026-01-01T00:00:00Z')`);
    await previous.close();

    const current = await openStorage(target);
    try {
      const store = assessmentStore(current);
      const saved = await store.get("saved-before");
      expect(saved?.workload).toEqual({ id: "legacy-app" });
      expect(saved).not.toHaveProperty("createdBy");
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

describe("the embedded store's migrations", () => {
  it("are SQLite's own folder, apart from PostgreSQL's", () => {
    expect(SQLITE_MIGRATIONS).not.toBe(MIGRATIONS);
    expect(readFileSync(join(SQLITE_MIGRATIONS, "0000_assessments.sql"), "utf8")).toContain("AUTOINCREMENT");
  });
});
