#!/usr/bin/env node
// The command's entry as npm links it. npm makes node_modules/.bin/platform-advisor when it installs (`npm ci`)
// and skips a bin whose file does not exist yet, which dist/main.js does not before the first build: this file is
// committed, so the link is always made, and it runs the built command.
import { existsSync } from "node:fs";

const built = new URL("../dist/main.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    "platform-advisor is not built yet: run `npm run build` (or `npm start`) in the repository first.\n",
  );
  process.exit(2);
}
await import(built.href);
