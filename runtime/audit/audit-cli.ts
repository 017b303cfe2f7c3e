import { AuditError } from './audit-error.js';
import type { ChainHead } from './chain-verifier.js';
import { verifyAuditLog } from './verify-audit-log.js';

/** Where {@link runAuditCli} writes; defaults to the process streams. */
export interface AuditCliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes of `sandproof audit`: the log verifies, it does not, or the command could not run. */
export const AUDIT_EXIT = { ok: 0, notOk: 1, usage: 2 } as const;

const USAGE = `Usage: sandproof audit verify FILE [--json] [--expect-head SEQ:HASH]

Verifies the SHA-256 hash chain of an audit log (JSONL).

Options:
  --json                  print the result as JSON
  --expect-head SEQ:HASH  also require the record SEQ to have HASH (a head anchored elsewhere);
                          detects truncation and whole-file rewrites, which a keyless chain cannot
  --help                  show this help

Exit codes: 0 the log verifies, 1 it does not, 2 usage error or unreadable file.
`;

interface VerifyCommand {
  file: string;
  json: boolean;
  expectedHead?: ChainHead;
}

const defaultIo: AuditCliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/**
 * Runs `sandproof audit ...`; `argv` is what follows `audit` (e.g. `['verify', 'log.jsonl', '--json']`).
 * Resolves to the exit code and never throws.
 */
export async function runAuditCli(argv: string[], io: AuditCliIo = defaultIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return AUDIT_EXIT.ok;
  }
  const parsed = parseVerify(argv);
  if (typeof parsed === 'string') {
    io.stderr(`sandproof audit: ${parsed}\n\n${USAGE}`);
    return AUDIT_EXIT.usage;
  }
  try {
    const result = await verifyAuditLog(
      parsed.file,
      parsed.expectedHead ? { expectedHead: parsed.expectedHead } : {},
    );
    if (parsed.json) {
      io.stdout(`${JSON.stringify({ file: parsed.file, ...result })}\n`);
    } else if (result.ok) {
      io.stdout(`ok: ${result.records} records, head ${result.head.seq}:${result.head.hash}\n`);
    } else {
      io.stdout(
        `NOT OK: first bad record at line ${result.firstBadRecord} (${result.reason}); ${result.records} valid records before it\n`,
      );
    }
    return result.ok ? AUDIT_EXIT.ok : AUDIT_EXIT.notOk;
  } catch (error) {
    const code = error instanceof AuditError ? error.code : 'ERR_INTERNAL';
    io.stderr(`sandproof audit: cannot verify ${parsed.file} (${code})\n`);
    return AUDIT_EXIT.usage;
  }
}

function parseVerify(argv: string[]): VerifyCommand | string {
  const [command, ...rest] = argv;
  if (command !== 'verify') return command === undefined ? 'missing command' : `unknown command ${command}`;
  const files: string[] = [];
  let json = false;
  let expectedHead: ChainHead | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--expect-head') {
      const head = parseHead(rest[i + 1]);
      if (!head) return '--expect-head needs SEQ:HASH (a record number and 64 hex digits)';
      expectedHead = head;
      i += 1;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'missing FILE' : 'exactly one FILE expected';
  return { file: files[0] as string, json, ...(expectedHead ? { expectedHead } : {}) };
}

function parseHead(text: string | undefined): ChainHead | null {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text ?? '');
  if (!match) return null;
  return { seq: Number(match[1]), hash: match[2] as string };
}
