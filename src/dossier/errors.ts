// A problem with the dossier file itself (exit code 3). The message id and parameters are rendered
// by ui/messages; `file` and `backup` let the message name both.
export class DossierError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string>,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DossierError';
  }
}
