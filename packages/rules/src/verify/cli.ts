import { parseArgs } from "node:util";
import type { OrgProfile } from "@platform-advisor/model";
import { ProfileError, parseProfile, readProfileFile } from "../profile-file.ts";
import { proveEquivalence } from "./equivalence.ts";
import { proveFastPath } from "./fast-path.ts";
import { checkProfile } from "./profile-check.ts";
import { isClean, verify } from "./verify.ts";

// Profile: `--profile FILE` sweeps the built-in and the profile's own questions together (profile-check.ts).
const { values } = parseArgs({ options: { profile: { type: "string" } } });
if (values.profile) {
  let profile: OrgProfile;
  try {
    profile = parseProfile(readProfileFile(values.profile), values.profile);
  } catch (error) {
    // A profile that does not parse is the user's to fix: its message names each field, no stack trace.
    if (!(error instanceof ProfileError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const check = checkProfile(profile);
  const count = (n: number) => n.toLocaleString("en-US");
  console.log(
    `Checked ${count(check.checked)} answer sets under the profile ${values.profile} (the built-in sweep, each with ${count(check.customCombinations)} combination${check.customCombinations === 1 ? "" : "s"} of answers to its own questions):`,
  );
  console.log(`  with no eligible platform: ${count(check.noEligible)}`);
  for (const answers of check.examples) console.log(`    no eligible platform <- ${JSON.stringify(answers)}`);
  console.log(
    `  dead options (they set a requirement and never change who leads): ${check.deadOptions.length || "none"}`,
  );
  for (const dead of check.deadOptions) console.log(`    ${dead.question} = ${dead.value}: ${dead.why}`);
  const own = check.neverLead.filter((entry) => entry.platform.startsWith("org-") && !entry.excluded);
  console.log(`  platforms that never lead: ${check.neverLead.length || "none"}`);
  for (const entry of check.neverLead) {
    console.log(
      `    ${entry.name} (${entry.platform})${entry.excluded ? `: ruled out by the profile (${entry.excluded})` : ""}`,
    );
  }
  const clean = check.noEligible === 0 && check.deadOptions.length === 0 && own.length === 0;
  console.log(
    clean
      ? "\nverify --profile: clean"
      : "\nverify --profile: FAILED (answer sets with no eligible platform, dead options or an internal platform that never leads)",
  );
  process.exit(clean ? 0 : 1);
}

const report = verify();
const total = report.exhaustive + report.covering;
console.log(`Verified ${total.toLocaleString("en-US")} answer sets in ${report.seconds.toFixed(1)} s:`);
console.log(`  exhaustive over the seed decision dimensions: ${report.exhaustive.toLocaleString("en-US")}`);
console.log(`  3-wise covering array over every field:       ${report.covering.toLocaleString("en-US")}`);
console.log("\nRule coverage (answer sets on which each rule fired):");
const width = Math.max(...report.coverage.map((c) => c.rule.length));
for (const { rule, fired } of report.coverage) {
  console.log(
    `  ${rule.padEnd(width)}  ${fired.toLocaleString("en-US").padStart(9)}  ${((100 * fired) / total).toFixed(1).padStart(5)}%`,
  );
}
if (report.neverFired.length > 0) console.log(`\nRules that never fire: ${report.neverFired.join(", ")}`);
for (const [kind, count] of Object.entries(report.counts))
  console.log(`\nPROBLEM ${kind}: ${count.toLocaleString("en-US")} answer sets`);
for (const problem of report.problems)
  console.log(`  ${problem.kind}: ${problem.detail} <- ${JSON.stringify(problem.answers)}`);
console.log(
  `\nGrowth axes whose raw leader returns to an earlier platform (left out of the growth path): ${report.returningGrowth.toLocaleString("en-US")}`,
);
const equivalence = await proveEquivalence();
console.log(
  `\njson-rules-engine and the compiled rules over the whole sweep: ${equivalence.checked.toLocaleString("en-US")} answer sets, ${equivalence.mismatches} mismatches, ${equivalence.seconds.toFixed(1)} s`,
);
const fastPath = await proveFastPath();
console.log(
  `recommend() with the incremental leader search and with the reference path: ${fastPath.checked.toLocaleString("en-US")} answer sets, ${fastPath.mismatches} differ, ${fastPath.seconds.toFixed(1)} s`,
);
for (const answers of fastPath.examples) console.log(`  differs <- ${JSON.stringify(answers)}`);
const clean = isClean(report) && equivalence.mismatches === 0 && fastPath.mismatches === 0;
console.log(clean ? "\nverify: clean" : "\nverify: FAILED");
process.exitCode = clean ? 0 : 1;
