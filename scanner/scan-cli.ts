/**
 * `sandproof scan FILE... [--profile P] [--format text|json|sarif] [--help]`: scans snippet files (each the
 * body of an async function, as the runtime takes it) and prints a report. Exit codes: 0 every file is
 * secure, 1 at least one is not, 2 usage error (unknown flag, bad value, missing or unreadable file).
 */
import { readFile } from 'node:fs/promises';
import { toSarif } from './sarif.js';
import { DEFAULT_SCAN_PROFILE, isScanProfileName, type ScanProfileName } from './scan-profile.js';
import { SecurityScanner } from './security-scanner.js';
import type { ScanReport } from './types.js';

/** Where the command writes; defaults to the process streams. */
export interface ScanCliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

type Format = 'text' | 'json' | 'sarif';

const USAGE = `Usage: sandproof scan FILE... [--profile P] [--format text|json|sarif] [--help]

Statically scans snippet files (each the body of an async function) before execution.

Options:
  --profile P   ultra-secure (default), high-security or tenant-isolated
  --format F    text (default), json or sarif
  --help        show this help

Exit codes: 0 all files secure, 1 some file insecure, 2 usage error.
`;

class UsageError extends Error {}

interface CliArgs {
  readonly files: string[];
  readonly profile: ScanProfileName;
  readonly format: Format;
  readonly help: boolean;
}

/** Runs the scan command with `argv` (the arguments after `scan`); resolves to the exit code. */
export async function runScanCli(argv: readonly string[], io: ScanCliIo = process): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`sandproof scan: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const scanner = new SecurityScanner();
  const results: Array<{ file: string; report: ScanReport }> = [];
  for (const file of args.files) {
    let code: string;
    try {
      code = await readFile(file, 'utf8');
    } catch {
      io.stderr.write(`sandproof scan: cannot read ${file}\n`);
      return 2;
    }
    results.push({ file, report: await scanner.scan({ code, profile: args.profile }) });
  }
  io.stdout.write(render(results, args.format));
  return results.every((r) => r.report.secure) ? 0 : 1;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  let profile: ScanProfileName = DEFAULT_SCAN_PROFILE;
  let format: Format = 'text';
  let help = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--') onlyFiles = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--profile') profile = checkProfile(value());
    else if (flag === '--format') format = checkFormat(value());
    else throw new UsageError(`unknown option ${flag}`);
  }
  if (!help && files.length === 0) throw new UsageError('no file to scan');
  return { files, profile, format, help };
}

function checkProfile(name: string): ScanProfileName {
  if (!isScanProfileName(name)) throw new UsageError(`unknown profile ${name}`);
  return name;
}

function checkFormat(name: string): Format {
  if (name !== 'text' && name !== 'json' && name !== 'sarif') throw new UsageError(`unknown format ${name}`);
  return name;
}

function render(results: ReadonlyArray<{ file: string; report: ScanReport }>, format: Format): string {
  if (format === 'json') return `${JSON.stringify({ files: results }, null, 2)}\n`;
  if (format === 'sarif') {
    return `${JSON.stringify(toSarif(results.map((r) => ({ uri: r.file, report: r.report }))), null, 2)}\n`;
  }
  const lines: string[] = [];
  for (const { file, report } of results) {
    const verdict = report.secure ? 'secure' : 'INSECURE';
    lines.push(`${file}: ${verdict}, grade ${report.grade}, score ${report.score} (${report.profile})`);
    for (const f of report.findings) {
      lines.push(`  ${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(22)} ${f.message}`);
    }
    for (const w of report.warnings) lines.push(`  warning: ${w}`);
  }
  const insecure = results.filter((r) => !r.report.secure).length;
  lines.push(`${results.length} file(s) scanned, ${insecure} insecure`);
  return `${lines.join('\n')}\n`;
}
