// What a CPAId may be: see cpaIdShape.
export type CpaIdShape = 'ok' | 'unusual' | 'invalid';

/**
 * A CPAId is chosen by the CPA register or a provider and repeated verbatim (the ping must carry
 * it): any non-empty token without white space is accepted. "No dots or other unusual characters"
 * is Best Practices ebMS2 ch03 advice to whoever names a CPA, so those give a warning only.
 */
export function cpaIdShape(v: string): CpaIdShape {
  if (!v || /[\s\u0000-\u001F\u007F-\u009F]/.test(v)) return 'invalid';
  return /^[A-Za-z0-9_:-]+$/.test(v) ? 'ok' : 'unusual';
}
