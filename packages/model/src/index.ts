export * from "./answers.ts";
export * from "./catalogue.ts";
export * from "./platform.ts";
export * from "./platform-id.ts";
export * from "./question.ts";
export * from "./questionnaire.ts";
export * from "./recommendation.ts";
export * from "./sources.ts";
