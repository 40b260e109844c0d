import { messages, type Language } from "@costplan/core";

/**
 * The one-line message of a failed write, from the system's error code: a full disk, a
 * folder that is read-only or not ours, a folder that is not there; any other code is quoted.
 */
export function writeErrorMessage(error: unknown): Readonly<Record<Language, string>> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return messages("write-no-space", {});
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return messages("write-read-only", {});
    case "ENOENT":
    case "ENOTDIR":
      return messages("write-no-folder", {});
    default:
      return messages("write-failed", {
        reason: typeof code === "string" ? code : "error",
      });
  }
}
