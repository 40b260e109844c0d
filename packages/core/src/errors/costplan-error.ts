import { messages, type Language, type MessageCode, type MessageParams } from "./catalogue.js";

/**
 * The error costplan functions throw for input they cannot work with.
 * It carries a code, the parameters of its message and the message in both languages,
 * so each interface shows it in its user's language.
 */
export class CostplanError extends Error {
  override readonly name = "CostplanError";
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly messages: Readonly<Record<Language, string>>;

  constructor(code: MessageCode, params: MessageParams) {
    const text = messages(code, params);
    super(text.en);
    this.code = code;
    this.params = params;
    this.messages = text;
  }
}
