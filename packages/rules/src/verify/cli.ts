import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseProfile } from "../profile-file.ts";
import { proveEquivalence } from "./equivalence.ts";
import { proveFastPath } from "./fast-path.ts";
import { checkProfile } from "./profile-check.ts";
import { isClean, verify } from "./verify.ts";

// Profile: `--profile FILE` checks which answer sets the organisation profile leaves with no eligible platform.
const { values } = parseArgs({ options: { profile: { type: "string" } } });
if (values.profile) {
  const check = checkProfile(parseProfile(readFileSync(values.profile, "utf8"), values.profile));
  console.log(`Checked ${check.checked.toLocaleString("en-US")} answer sets under the profile ${values.profile}:`);
  console.log(`  with no eligible platform: ${check.noEligible.toLocaleString("en-US")}`);
  for (const answers of check.examples) console.log(`  no eligible platform <- ${JSON.stringify(answers)}`);
  console.log(check.noEligible === 0 ? "\nverify --profile: clean" : "\nverify --profile: FAILED");
  process.exit(check.noEligible === 0 ? 0 : 1);
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
