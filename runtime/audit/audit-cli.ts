import { readFile } from 'node:fs/promises';
import { AuditError } from './audit-error.js';
import type { ChainHead } from './chain-verifier.js';
import type { TailAnchor } from './verify-audit-log.js';
import { verifyAuditLog } from './verify-audit-log.js';

/** Where {@link runAuditCli} writes; defaults to the process streams. */
export interface AuditCliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes of `sandproof audit`: the log verifies, it does not, or the command could not run. */
export const AUDIT_EXIT = { ok: 0, notOk: 1, usage: 2 } as const;

const USAGE = `Usage: sandproof audit verify FILE [--json] [--head SEQ:HASH | --head-file F]

Verifies the SHA-256 hash chain of an audit log (JSONL). The chain alone cannot see its own end: without a
head stored elsewhere, deleting the final records, or rewriting them and recomputing their hashes, verifies.

Options:
  --json                  print the result as JSON
  --head SEQ:HASH         require the record SEQ to have HASH (runtime.audit.head(), stored elsewhere):
                          the log must end at that head or extend it (--expect-head is the same option)
  --head-file F           read SEQ:HASH (or the JSON {"seq":..,"hash":..}) from the file F
  --help                  show this help

Exit codes: 0 the log verifies, 1 it does not, 2 usage error or unreadable file.
`;

interface VerifyCommand {
  file: string;
  json: boolean;
  expectedHead?: ChainHead;
  headFile?: string;
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
  let head = parsed.expectedHead;
  if (parsed.headFile !== undefined) {
    head = (await readHeadFile(parsed.headFile)) ?? undefined;
    if (!head) {
      io.stderr(`sandproof audit: --head-file ${parsed.headFile} holds no SEQ:HASH head\n`);
      return AUDIT_EXIT.usage;
    }
  }
  try {
    const result = await verifyAuditLog(parsed.file, head ? { head } : {});
    if (parsed.json) {
      io.stdout(`${JSON.stringify({ file: parsed.file, ...result })}\n`);
    } else if (result.ok) {
      io.stdout(
        `ok: ${result.records} records, head ${result.head.seq}:${result.head.hash}; ${tailNote(result.tail, head)}\n`,
      );
    } else {
      io.stdout(
        `NOT OK: first bad record at line ${result.firstBadRecord} (${result.reason}); the chain has ${result.records} valid records\n`,
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
  let headFile: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--expect-head' || arg === '--head') {
      const head = parseHead(rest[i + 1]);
      if (!head) return `${arg} needs SEQ:HASH (a record number and 64 hex digits)`;
      if (expectedHead || headFile !== undefined) return 'one head only';
      expectedHead = head;
      i += 1;
    } else if (arg === '--head-file') {
      const path = rest[i + 1];
      if (path === undefined) return '--head-file needs a file';
      if (expectedHead || headFile !== undefined) return 'one head only';
      headFile = path;
      i += 1;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'missing FILE' : 'exactly one FILE expected';
  return {
    file: files[0] as string,
    json,
    ...(expectedHead ? { expectedHead } : {}),
    ...(headFile !== undefined ? { headFile } : {}),
  };
}

function tailNote(tail: TailAnchor, head: ChainHead | undefined): string {
  if (tail === 'at-head') return `ends at the anchored head ${head?.seq}`;
  if (tail === 'extends-head')
    return `contains the anchored head ${head?.seq}; the records after it are not anchored`;
  return 'tail not anchored (records deleted from the end, or a final record rewritten with its hash recomputed, would verify; pass --head)';
}

/** A head file holds `SEQ:HASH` or `{"seq":N,"hash":"..."}` (what `JSON.stringify(runtime.audit.head())` writes). */
async function readHeadFile(path: string): Promise<ChainHead | null> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch {
    return null;
  }
  if (text.startsWith('{')) {
    try {
      const { seq, hash } = JSON.parse(text) as { seq?: unknown; hash?: unknown };
      return parseHead(`${String(seq)}:${String(hash)}`);
    } catch {
      return null;
    }
  }
  return parseHead(text);
}

function parseHead(text: string | undefined): ChainHead | null {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text ?? '');
  if (!match) return null;
  return { seq: Number(match[1]), hash: match[2] as string };
}
