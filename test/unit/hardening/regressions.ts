/**
 * Inputs that once broke an invariant in a fuzz run, kept as regression cases (the shrunk
 * counterexample fast-check printed, with what it broke).
 */
export const zoneRegressions: Array<{ text: string; origin: string; broke: string }> = [];

export const replyRegressions: Array<{ text: string; broke: string }> = [];
