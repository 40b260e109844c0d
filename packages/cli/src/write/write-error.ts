import { messages, type Language, type MessageCode, type MessageParams } from "@costplan/core";

/** Why a write failed: the catalogue code, its parameters and the one-line message in both languages. */
export interface WriteFailure {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: Readonly<Record<Language, string>>;
}

/**
 * The failure of a write, from the system's error code: a full disk, a folder that is
 * read-only or not ours, a folder that is not there; any other code is quoted.
 */
export function writeFailure(error: unknown): WriteFailure {
  const [code, params] = codeOf((error as NodeJS.ErrnoException | undefined)?.code);
  const text = messages(code, params);
  return { code, params, message: text };
}

/** The one-line message of a failed write (see {@link writeFailure}). */
export function writeErrorMessage(error: unknown): Readonly<Record<Language, string>> {
  return writeFailure(error).message;
}

function codeOf(system: string | undefined): readonly [MessageCode, MessageParams] {
  switch (system) {
    case "ENOSPC":
    case "EDQUOT":
      return ["write-no-space", {}];
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return ["write-read-only", {}];
    case "ENOENT":
    case "ENOTDIR":
      return ["write-no-folder", {}];
    default:
      return ["write-failed", { reason: typeof system === "string" ? system : "error" }];
  }
}
