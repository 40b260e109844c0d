import fc from "fast-check";

// Mutation testing runs each property once per mutant: a property that takes seconds (5,000 runs
// of an exact-integer check) times thousands of mutants is hours. Under Stryker each property
// stops after two seconds and counts as passed: a mutant it would catch is caught in the first
// runs (almost always the first few dozen), and the normal suite still runs every property in full.
fc.installGlobalPlugin(fc.interruptAfterTimeLimit(2_000));
