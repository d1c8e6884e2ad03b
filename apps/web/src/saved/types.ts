import type {
  Assessment,
  AssessmentChanges,
  AssessmentDetail,
  AssessmentList,
  AssessmentSummary,
  Portfolio,
  ProfileRef,
  WorkloadRef,
} from "@platform-advisor/model";

/** The shapes of the saved-assessment endpoints: the same definitions the API's OpenAPI document is made from. */
export type {
  Assessment,
  AssessmentChanges as Changes,
  AssessmentDetail,
  AssessmentList as AssessmentPage,
  AssessmentSummary,
  Portfolio,
  ProfileRef,
  WorkloadRef as Workload,
};
