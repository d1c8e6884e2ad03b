/** Thrown by `recommend` when the rules (or an organisation profile) leave no platform eligible. */
export class NoEligiblePlatformError extends Error {
  override name = "NoEligiblePlatformError";
}
