import { CliError } from "./exit-codes.ts";

/**
 * Organisation profiles are not in this build: --profile and --fail-on forbidden
 * are parsed and refused with exit 2 until `recommend(answers, { profile })` exists.
 */
export const loadProfile = async (path: string): Promise<never> => {
  throw new CliError(
    `profiles are not available in this build (--profile ${path})`,
    "run without --profile; organisation profiles arrive in a later version",
  );
};
