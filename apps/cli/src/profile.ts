import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { OrgProfile } from "@platform-advisor/model";
import { ProfileError, parseProfile } from "@platform-advisor/rules";
import { CliError } from "./exit-codes.ts";

/** Reads and validates an organisation profile (YAML or JSON); a bad file is a usage error naming the field at fault. */
export const loadProfile = async (path: string, cwd: string): Promise<OrgProfile> => {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new CliError(`cannot read the profile ${path}: ${(error as Error).message}`, "check the path to --profile");
  }
  try {
    return parseProfile(text, path);
  } catch (error) {
    if (error instanceof ProfileError) {
      throw new CliError(error.message, "fix the field named above; GET /api/v1/profile/schema has the schema");
    }
    throw error;
  }
};
