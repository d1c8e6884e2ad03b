import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { buildTree, copyBuiltTree, installProduction } from "./built-tree.ts";

/**
 * Builds the tree and installs it, production dependencies only, into the
 * folder given: what .ci/run smoke-tests on other Node majors.
 *   tsx test/dist/prepare.ts DIR
 */
const target = process.argv[2];
if (!target) {
  process.stderr.write("usage: tsx test/dist/prepare.ts DIR\n");
  process.exit(2);
}
await mkdir(resolve(target), { recursive: true });
await buildTree();
await copyBuiltTree(resolve(target));
await installProduction(resolve(target));
process.stdout.write(`built tree with production dependencies in ${resolve(target)}\n`);
