import { formatPoints } from "@platform-advisor/model";

/**
 * Builds the number formatter ahead of need. A page's first `toLocaleString` sets up ICU's formatter: 30-50 ms on a
 * phone (120-190 ms at Lighthouse's 4x slowdown), which would otherwise land in the render of the result's first
 * screen. Later calls cost microseconds, so calling this more than once is harmless.
 */
export const warmUpNumberFormat = (): void => {
  formatPoints(1.5);
};
