// A domain rule was broken by the input. Carries a message id (see ui/messages) and its parameters;
// the command layer decides the exit code and the language.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
