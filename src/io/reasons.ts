// Why a read or write failed, as a message id the catalogue translates (ui/messages: io.*), or the
// system's own code when it is not one people meet.
const KNOWN = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'EIO', 'EMFILE', 'ENOTDIR', 'ENAMETOOLONG', 'not-regular']);

export function ioReason(code: string): string {
  return KNOWN.has(code) ? `io.${code}` : code;
}
