// The dossier (state file) as the program sees it after loading and validation.
import type { Kind } from './checklist.ts';
import type { Environment } from './identifiers.ts';
import type { StoredValue } from './validators.ts';

/** 1: first layout; 2: adds `certificates` (recorded PKIoverheid certificates) and `artefacts`
 * (generated documents and the checked CPA), both per environment. */
export const SCHEMA_VERSION = 2;

export type StepState = 'open' | 'done' | 'skipped' | 'n/a';
export type Values = Record<string, StoredValue>;

export interface Organisation {
  kind: Kind;
  name: string;
  oin?: string;
  hrn?: string;
  kvk?: string;
  contactEmail?: string;
  afzenderId?: string;
  /**
   * A provider or gateway that does the TLS for this organisation with a certificate carrying its
   * own OIN (Koppelvlakstandaard ebMS2, PartyId; Best Practices EB005, EB014).
   */
  intermediary?: { name: string; oin: string };
}

export interface Choices {
  network?: 'internet' | 'diginetwerk';
  standard?: 'stuf' | 'mo';
  zaaktypen?: string[];
}

export interface StepRecord {
  state: StepState;
  at?: string;
  by?: string;
  note?: string;
  reason?: string;
  /** Done without its artefact (a step driven by one), for this recorded reason. */
  exception?: string;
  values?: Values;
}

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  step?: string;
  values?: Values;
  note?: string;
  reason?: string;
}

export type CertRole = 'client' | 'server';

/** A certificate as `cert add` records it: where it is and what it was. Never key material. */
/** Size and modification time of a recorded file: status trusts an unchanged stat (as git's index does) and hashes otherwise. */
export interface FileStat {
  size?: number;
  mtimeMs?: number;
}

export interface CertRecord extends FileStat {
  /** Paths relative to the dossier's directory (absolute when elsewhere on another drive). */
  path: string;
  chain: string[];
  roots?: string;
  fingerprint256: string;
  /** SHA-256 of the public key (SubjectPublicKeyInfo): a renewal that keeps the key pair shows (recorded since renew). */
  spkiSha256?: string;
  /** SHA-256 of the file's bytes: lets status compare a key store without opening it. */
  fileSha256?: string;
  subject: string;
  identifier: string | null;
  notBefore: string;
  notAfter: string;
  /** Under Staat der Nederlanden Private Root CA - G1 (by its chain or its policy): it ends with G1 (recorded since due). */
  g1?: boolean;
  at: string;
  by: string;
}

/** A generated document (Consumerspecificatie, ping document) and what it was made from. */
export interface ArtefactRecord extends FileStat {
  /** Relative to the dossier; null when it was written to stdout. */
  path: string | null;
  /** The version it replaced, kept beside it (<path>.bak). */
  previous?: string;
  sha256: string;
  at: string;
  by: string;
  inputs: Record<string, unknown>;
  /** Written despite errors (--ignore-errors): it does not complete its step. */
  ignoredErrors?: true;
}

/** A CPA that passed `cpa check`. */
export interface CpaRecord extends FileStat {
  path: string;
  sha256: string;
  cpaId: string;
  start: string | null;
  end: string | null;
  /** Our PartyId as the CPA has it (with an environment suffix, if any). */
  ourPartyId: string | null;
  otherPartyId: string | null;
  at: string;
  by: string;
}

export interface EnvArtefacts {
  consumerspecificatie?: ArtefactRecord;
  ping?: ArtefactRecord;
  cpa?: CpaRecord;
}

/** The outcome of the last `verify` of one environment, for status and help desks. */
export interface VerificationRecord {
  at: string;
  by: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Codes of the errors and warnings, each once, sorted. */
  codes: string[];
}

/** A certificate replacement (`lz-onboard renew`): in progress until a CPA with the new certificate is checked. */
export interface RenewalRecord {
  env: Environment;
  role: CertRole;
  state: 'in-progress' | 'done' | 'cancelled';
  at: string;
  by: string;
  /** The certificate being replaced, as it was recorded; it stays in use until the new CPA is in. */
  old: CertRecord;
  /** The new one (its record is certificates[env][role]). */
  newFingerprint256: string;
  /** The day the new certificate takes over (YYYY-MM-DD). */
  changeDate: string;
  /** The change notice to Logius written for it. */
  notice?: { path: string; sha256: string };
  /** The day the notice was sent to Logius. */
  announcedOn?: string;
  /** The Consumerspecificatie it replaced, kept under its own name, with the record it had. */
  previousSpec?: { path: string; sha256: string; record?: ArtefactRecord };
  /** Steps the renewal reopened, as they were (a cancel puts them back). */
  reopened?: Record<string, StepRecord>;
  doneAt?: string;
}

export type TestResult = 'pass' | 'fail' | 'blocked';

/** One run of a chain-test scenario (`lz-onboard test record`); runs are only ever added. */
export interface TestRun {
  /** 1, 2, 3… in the order recorded. */
  n: number;
  /** The test round it belongs to (a rejected report starts the next). */
  round: number;
  /** When the test was run (ISO); `recordedAt`/`by` say when and by whom it was written down. */
  at: string;
  recordedAt: string;
  by: string;
  env: Environment;
  scenario: string;
  /** null for a scenario run once for the whole connection. */
  zaaktype: string | null;
  result: TestResult;
  /** A recorded test BSN (never any other BSN). */
  bsn?: string;
  /** StUF referentienummer, ebMS MessageId and ConversationId of the messages involved. */
  refs?: { stuf?: string; messageId?: string; conversationId?: string };
  /** What the scenario expected, as it read when the run was recorded. */
  expected: { nl: string; en: string };
  observed?: string;
  /** Screenshots, adapter logs: by path (relative to the dossier) and SHA-256, like certificates. */
  evidence?: { path: string; sha256: string; size: number }[];
  note?: string;
}

/** Phase 3's chain test: the plan's scenarios and the runs (`lz-onboard test`). */
export interface TestingRecord {
  /** The scenario set the plan uses: the default (path null) or the organisation's file; its items by id. */
  scenarios: { path: string | null; sha256: string; items: { id: string; perZaaktype: boolean }[] };
  round: number;
  runs: TestRun[];
  /** Rounds Logius did not approve (`test round --rejected`), oldest first. */
  rejections?: { round: number; at: string; by: string; reason: string }[];
  /** Reports written (`test report -o`), oldest first: what was sent is on record. */
  reports?: { round: number; at: string; by: string; path: string; sha256: string; format: 'md' | 'html' | 'json' }[];
}

export interface Dossier {
  schemaVersion: number;
  organisation: Organisation;
  choices: Choices;
  environments: Record<Environment, Values>;
  certificates: Record<Environment, Partial<Record<CertRole, CertRecord>>>;
  artefacts: Record<Environment, EnvArtefacts>;
  /** Written by `verify`; absent until it has run. */
  verification?: Partial<Record<Environment, VerificationRecord>>;
  /** The language last chosen for this dossier (--lang or LZ_ONBOARD_LANG); used when nothing else says. */
  language?: 'nl' | 'en';
  /** Certificate replacements, oldest first; absent until the first `renew`. */
  renewals?: RenewalRecord[];
  /** The chain test's plan and runs; absent until the first `test record`. */
  testing?: TestingRecord;
  /** Documents written for phase 4 (`lz-onboard docs`), oldest first. */
  documents?: { kind: 'beheer' | 'helpdesk'; at: string; by: string; path: string; sha256: string; format: 'md' | 'html' }[];
  steps: Record<string, StepRecord>;
  history: HistoryEntry[];
}

export const ENVIRONMENTS: readonly Environment[] = ['preproductie', 'productie'];

/** The environments a dossier connects to: a supplier never gets a production connection. */
export function environmentsOf(d: Dossier): Environment[] {
  return d.organisation.kind === 'leverancier' ? ['preproductie'] : [...ENVIRONMENTS];
}
