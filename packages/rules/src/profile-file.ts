import { OrgProfile } from "@platform-advisor/model";
import { parse as parseYaml } from "yaml";

/** Thrown when a profile file cannot be read as YAML or JSON or breaks the schema; the message names each field at fault. */
export class ProfileError extends Error {
  override name = "ProfileError";
}

/** Parses an organisation profile from YAML or JSON text (JSON is YAML) and validates it. */
export const parseProfile = (text: string, where = "the profile"): OrgProfile => {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ProfileError(`${where} is not valid YAML or JSON: ${error instanceof Error ? error.message : error}`);
  }
  const result = OrgProfile.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.map(String).join(".") || "(top)";
      const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      return `  ${path}: ${issue.message}${keys}`;
    });
    throw new ProfileError(`${where} is not a valid organisation profile:\n${lines.join("\n")}`);
  }
  return result.data;
};
