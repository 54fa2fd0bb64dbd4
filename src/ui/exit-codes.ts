// The exit codes, the same for every command (also listed in --help and README).
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  dossier: 3,
  cancelled: 130,
} as const;

export const FORMAT_VERSION = 1;
