import { EXPERT_CASES } from "./cases.ts";
import { checkExpertSet } from "./check-set.ts";

checkExpertSet("expert review set", EXPERT_CASES, 45);
