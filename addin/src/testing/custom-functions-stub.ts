/**
 * A stand-in for the `CustomFunctions` global of Excel's runtime, for tests outside Excel:
 * error values keep their code and message, and `associate` records what was registered.
 */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface StubRuntime {
  readonly Error: typeof StubError;
  readonly ErrorCode: Readonly<Record<string, string>>;
  readonly associated: Map<string, (...args: never[]) => unknown>;
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/** A fresh stub runtime. */
export function stubRuntime(): StubRuntime {
  const associated = new Map<string, (...args: never[]) => unknown>();
  return {
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associated,
    associate(id, fn) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
}

/** Installs a stub runtime as the global `CustomFunctions` and returns it. */
export function installStub(): StubRuntime {
  const runtime = stubRuntime();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  return runtime;
}
