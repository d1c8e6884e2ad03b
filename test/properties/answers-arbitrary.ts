import {
  type Answers,
  EdgeFootprint,
  Environment,
  Experience,
  HostingTarget,
  Management,
  Need,
  PLATFORM_IDS,
  Scaling,
  Traffic,
  Workload,
} from "@platform-advisor/model";
import fc from "fast-check";

const uniqueOf = <T>(values: readonly T[], minLength = 0) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength: values.length });

/** Any valid answers, every field optional, numbers biased towards the thresholds the rules use. */
export const validAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    environment: fc.constantFrom(...Environment.options),
    teamSize: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 100_000 })),
    containerCount: fc.oneof(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 10_000_000 })),
    hostCount: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1_000_000 })),
    hosting: uniqueOf(HostingTarget.options, 1) as fc.Arbitrary<NonNullable<Answers["hosting"]>>,
    management: fc.constantFrom(...Management.options),
    highAvailability: fc.boolean(),
    scaling: fc.constantFrom(...Scaling.options),
    zeroDowntimeDeploys: fc.boolean(),
    experience: fc.constantFrom(...Experience.options),
    workloads: uniqueOf(Workload.options),
    needs: uniqueOf(Need.options),
    currentPlatform: fc.constantFrom("none" as const, ...PLATFORM_IDS),
    traffic: uniqueOf(Traffic.options, 1) as fc.Arbitrary<NonNullable<Answers["traffic"]>>,
    edgeFootprint: fc.constantFrom(...EdgeFootprint.options),
  },
  { requiredKeys: [] },
);
