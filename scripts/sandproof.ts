/**
 * The `sandproof` command line: one dispatcher, one module per subcommand, each loaded only when used.
 * Every subcommand has `--help` and exits 0 on success, 1 on a failed check, 2 on a usage error or a
 * broken harness.
 */
import { pathToFileURL } from 'node:url';
import { type CliIo, type Command, PROCESS_IO } from '../cli/index.js';
import { unsupportedNodeMessage } from '../contract/index.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: {
    summary: 'run one snippet in the reference runtime',
    load: async () => (await import('./run-command.js')).runRunCommand,
  },
  scan: {
    summary: 'scan files with the static security scanner (text, JSON, SARIF)',
    load: async () => {
      const { runScanCli } = await import('../scanner/index.js');
      return (argv, io) => runScanCli(argv, { stdout: { write: io.stdout }, stderr: { write: io.stderr } });
    },
  },
  audit: {
    summary: 'verify an audit log file (`sandproof audit verify FILE`)',
    load: async () => {
      const { runAuditCli } = await import('../runtime/index.js');
      return (argv, io) => runAuditCli(argv, io);
    },
  },
  conformance: {
    summary: 'certify a sandbox against the corpus',
    load: async () => {
      const { runConformanceCli } = await import('../suites/index.js');
      return (argv, io) => runConformanceCli(argv, io);
    },
  },
  adapter: {
    summary: 'write a working adapter skeleton for your sandbox (`sandproof adapter init NAME`)',
    load: async () => (await import('../suites/index.js')).runAdapterCli,
  },
  matrix: {
    summary:
      'compare sandboxes: conformance and bench p50 of each adapter, one HTML page (`--adapter A --adapter B --out DIR`)',
    load: async () => (await import('../suites/index.js')).runMatrixCli,
  },
  bench: {
    summary:
      'run the benchmarks, gate against a baseline (`bench gate`), compare with a git ref (`bench compare`)',
    load: async () => (await import('../bench/index.js')).runBenchCli,
  },
  profile: {
    summary: "write a .cpuprofile of a snippet's guest code through the isolate's inspector",
    load: async () => (await import('../bench/index.js')).runProfileCli,
  },
  report: {
    summary: 'rebuild HTML, JUnit, Markdown and badge reports from a results JSON (`--merge` joins shards)',
    load: async () => {
      const { runReportCli } = await import('../reports/index.js');
      const { mergeConformanceResults } = await import('../suites/index.js');
      return (argv, io) => runReportCli(argv, io, { mergeShards: mergeConformanceResults });
    },
  },
  selfcheck: {
    summary: 'a quick check that every profile holds its contract on this machine',
    load: async () => (await import('./self-check.js')).runSelfCheck,
  },
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `Usage: sandproof <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`sandproof <command> --help\` for a command's options.\n`;
}

/** Runs the CLI with `argv` (without the node and script paths); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const unsupported = unsupportedNodeMessage();
  if (unsupported !== null) {
    io.stderr(`sandproof: ${unsupported}\n`);
    return 2;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`sandproof: unknown command '${name}'\n${help()}`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    io.stderr(`sandproof ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * Makes an exception or rejection that escapes every handler (an adapter's stray timer callback, say) end
 * the process with exit code 2, the code of a broken harness, rather than Node's 1, the code of a failing
 * verdict.
 */
export function exitTwoOnStrayErrors(): void {
  process.on('uncaughtException', (error) => {
    process.stderr.write(`sandproof: harness error (uncaught): ${error?.stack ?? String(error)}\n`);
    process.exit(2);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitTwoOnStrayErrors();
  process.exitCode = await main(process.argv.slice(2));
}
