import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createApp, loadConfig, silentLogger } from "../src/index.ts";

/**
 * Writes one report of each format for a sample team into a directory
 * (default ./report-samples), through the API as a client gets them, so they
 * can be opened and looked at: `npm run samples -w @platform-advisor/api [dir]`.
 */
const out = resolve(process.argv[2] ?? "report-samples");
const answers = {
  environment: "production",
  teamSize: 8,
  containerCount: 40,
  hostCount: 3,
  hosting: ["on-prem"],
  highAvailability: true,
  zeroDowntimeDeploys: true,
  experience: "docker",
  workloads: ["stateless", "stateful"],
};

const app = createApp(loadConfig({ LOG_LEVEL: "silent" }), { logger: silentLogger });
mkdirSync(out, { recursive: true });
for (const format of ["md", "html", "pdf", "json", "adr"]) {
  const response = await app.request(`/api/v1/reports?format=${format}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers }),
  });
  if (!response.ok) throw new Error(`${format}: ${response.status} ${await response.text()}`);
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `report.${format}`;
  writeFileSync(resolve(out, name), Buffer.from(await response.arrayBuffer()));
  console.log(resolve(out, name));
}
