/**
 * `sandproof profile FILE --profile P`: a CPU profile of a snippet's guest code, taken through the
 * isolate's inspector (`Profiler.start/stop`), written as a `.cpuprofile` that Chrome DevTools and
 * speedscope open. Neither clinic nor `node --cpu-prof` sees code inside an isolate: they profile the host
 * thread only. The snippet runs in a private inspector-enabled isolate hardened like the profile's
 * (runtime/inspectable-sandbox.ts, with its stated differences: no `require`, no `fetch`); the scanner runs first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type CliIo,
  type Command,
  type CommandLine,
  choiceOption,
  defineCommand,
  integerOption,
  UsageError,
} from '../../cli/index.js';
import { BUILTIN_PROFILES, type BuiltinProfileName, internals } from '../../runtime/index.js';
import { SecurityScanner } from '../../scanner/index.js';

const USAGE = `Usage: sandproof profile FILE [--profile P] [--out FILE.cpuprofile] [--input JSON] [--runs N] [--interval US] [--no-scan]

  FILE        the snippet (the body of an async function, as for \`execute\`)
  --profile   ultra-secure (default), high-security or tenant-isolated
  --out       output path (default FILE's name + .cpuprofile)
  --input     JSON given to the snippet as \`input\`
  --runs      executions to profile, each in a fresh context (default 20)
  --interval  sampling interval in microseconds (default 100)
  --no-scan   skip the security scanner

Open the result in Chrome DevTools (Performance panel, load profile) or https://speedscope.app.
`;

interface ProfileArgs {
  file: string;
  profile: BuiltinProfileName;
  out: string;
  inputJson: string | undefined;
  runs: number;
  intervalUs: number;
  scan: boolean;
}

const OPTIONS = {
  profile: { type: 'string' },
  out: { type: 'string' },
  input: { type: 'string' },
  runs: { type: 'string' },
  interval: { type: 'string' },
  'no-scan': { type: 'boolean' },
} as const;

function toProfileArgs({ values, positionals }: CommandLine<typeof OPTIONS>): ProfileArgs {
  const file = positionals[0] ?? '';
  const profile = choiceOption(
    values.profile ?? 'ultra-secure',
    'profile',
    Object.keys(BUILTIN_PROFILES) as BuiltinProfileName[],
  );
  if (values.input !== undefined) {
    try {
      JSON.parse(values.input);
    } catch {
      throw new UsageError('--input is not JSON');
    }
  }
  return {
    file,
    profile,
    out: values.out ?? `${basename(file).replace(/\.[^.]*$/, '')}.cpuprofile`,
    inputJson: values.input,
    runs: values.runs === undefined ? 20 : integerOption(values.runs, 'runs', 1),
    intervalUs: values.interval === undefined ? 100 : integerOption(values.interval, 'interval', 1),
    scan: values['no-scan'] !== true,
  };
}

/** Profiles `code`; resolves with the DevTools `Profile` object and the last result envelope. */
export async function profileGuest(
  code: string,
  a: Omit<ProfileArgs, 'file' | 'out' | 'scan'>,
): Promise<{ profile: unknown; last: string }> {
  const sandbox = new internals.InspectableSandbox(BUILTIN_PROFILES[a.profile]);
  try {
    await sandbox.post('Profiler.enable');
    await sandbox.post('Profiler.setSamplingInterval', { interval: a.intervalUs });
    await sandbox.post('Profiler.start');
    let last = '';
    for (let i = 0; i < a.runs; i++)
      last = await sandbox.execute(code, a.inputJson, BUILTIN_PROFILES[a.profile].timeoutMs);
    const { profile } = await sandbox.post<{ profile: unknown }>('Profiler.stop');
    return { profile, last };
  } finally {
    sandbox.dispose();
  }
}

/** The `sandproof profile` entry point. */
export const runProfileCli: Command = defineCommand({
  name: 'sandproof profile',
  usage: USAGE,
  options: OPTIONS,
  minPositionals: 1,
  maxPositionals: 1,
  positionalsName: 'FILE (exactly one)',
  run: (line, io) => profileFile(toProfileArgs(line), io),
});

async function profileFile(args: ProfileArgs, io: CliIo): Promise<number> {
  const code = readFileSync(args.file, 'utf8');
  if (args.scan) {
    const report = new SecurityScanner().scanSync({ code, profile: args.profile });
    if (!report.secure) {
      io.stderr(
        `sandproof profile: the scanner refused the snippet (${report.findings.map((f) => f.ruleId).join(', ')})\n`,
      );
      return 1;
    }
  }
  const { profile, last } = await profileGuest(code, args);
  writeFileSync(args.out, JSON.stringify(profile));
  const envelope = JSON.parse(last) as { ok?: boolean; error?: { name?: string } };
  io.stdout(
    `wrote ${args.out} (${args.runs} run(s), ${args.profile}); last run ${envelope.ok ? 'completed' : `threw ${envelope.error?.name ?? 'an error'}`}\n`,
  );
  return 0;
}
