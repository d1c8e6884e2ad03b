import { checkExpertSet } from "../expert/check-set.ts";
import { EXPERT_V3_CASES } from "./cases.ts";

checkExpertSet("expert review set v3 (issue 16)", EXPERT_V3_CASES, 40);
