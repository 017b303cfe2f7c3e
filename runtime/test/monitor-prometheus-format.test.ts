import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { PoolCounters, PrometheusFamily } from '../monitor/index.js';
import { createPerformanceMonitor, escapeLabelValue, formatFamilies, formatValue } from '../monitor/index.js';

// The text exposition format 0.0.4 grammar, one line at a time.
const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"`;
const VALUE = '(?:[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?Inf|NaN)';
const SAMPLE_LINE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*)?\\})? (${VALUE})(?: -?\\d+)?$`);
const HELP_LINE = new RegExp(`^# HELP (${NAME}) (?:[^\\\\\\n]|\\\\[\\\\n])*$`);
const TYPE_LINE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|summary|histogram|untyped)$`);

/** Throws a plain Error (not an assertion) so a test can expect the grammar check to throw. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

interface ParsedSample {
  name: string;
  labels: string;
  value: number;
}

/** Parses exposition text strictly; throws on the first line that breaks the grammar or the family rules. */
function parseExposition(text: string): ParsedSample[] {
  check(text.endsWith('\n'), 'text ends with a newline');
  const types = new Map<string, string>();
  const helps = new Set<string>();
  const closed = new Set<string>();
  const series = new Set<string>();
  const samples: ParsedSample[] = [];
  let current: string | null = null;
  for (const line of text.slice(0, -1).split('\n')) {
    const help = HELP_LINE.exec(line);
    const type = TYPE_LINE.exec(line);
    const sample = SAMPLE_LINE.exec(line);
    if (help) {
      check(!helps.has(help[1] as string), `one HELP per family: ${line}`);
      helps.add(help[1] as string);
    } else if (type) {
      const name = type[1] as string;
      check(!types.has(name), `one TYPE per family: ${line}`);
      check(!closed.has(name), `TYPE before samples: ${line}`);
      types.set(name, type[2] as string);
      if (current) closed.add(current);
      current = name;
    } else if (sample) {
      const [, name, labels = '', value] = sample as unknown as [string, string, string | undefined, string];
      const family = familyOf(name, types);
      check(family !== null, `sample of a declared family: ${line}`);
      check(family === current, `samples of a family are contiguous: ${line}`);
      const key = `${name}${labels}`;
      check(!series.has(key), `no duplicate series: ${line}`);
      series.add(key);
      samples.push({
        name,
        labels,
        value: value === 'NaN' ? Number.NaN : Number(value.replace('Inf', 'Infinity')),
      });
    } else {
      check(false, `line breaks the exposition grammar: ${JSON.stringify(line)}`);
    }
  }
  return samples;
}

function familyOf(name: string, types: Map<string, string>): string | null {
  if (types.has(name)) return name;
  const base = name.replace(/_(sum|count|bucket)$/, '');
  return base !== name && ['summary', 'histogram'].includes(types.get(base) ?? '') ? base : null;
}

const zero: PoolCounters = { created: 0, reused: 0, recycled: 0, idle: 0, busy: 0, queued: 0, executions: 0 };

function busyMonitor(profileName: string, code: string): ReturnType<typeof createPerformanceMonitor> {
  const monitor = createPerformanceMonitor();
  for (let i = 1; i <= 100; i += 1) {
    monitor.record({
      profile: profileName,
      wallMs: i,
      cpuMs: i / 2,
      heapUsedBytes: i * 1000,
      errorCode: i % 10 === 0 ? code : null,
    });
  }
  monitor.record({
    profile: 'high-security',
    wallMs: 0.5,
    cpuMs: null,
    heapUsedBytes: null,
    errorCode: null,
  });
  return monitor;
}

test('the output of a busy monitor with pool stats parses line by line against the grammar', () => {
  const monitor = busyMonitor('ultra-secure', 'ERR_TIMEOUT');
  const pool = {
    total: { ...zero, created: 4, reused: 96, idle: 3, busy: 1, queued: 2, executions: 100 },
    profiles: { 'ultra-secure': { ...zero, created: 4, reused: 96, idle: 3, busy: 1, executions: 100 } },
  };
  const samples = parseExposition(monitor.prometheus(pool));
  const find = (name: string, labels: string) =>
    samples.find((s) => s.name === name && s.labels === labels)?.value;
  assert.is(find('sandproof_executions_total', '{profile="ultra-secure"}'), 100);
  assert.is(find('sandproof_errors_total', '{profile="ultra-secure",code="ERR_TIMEOUT"}'), 10);
  assert.is(find('sandproof_execution_wall_seconds', '{profile="ultra-secure",quantile="0.99"}'), 0.099);
  assert.is(find('sandproof_execution_wall_seconds_count', '{profile="ultra-secure"}'), 100);
  assert.is(find('sandproof_execution_wall_seconds_sum', '{profile="ultra-secure"}'), 5.05);
  assert.ok(
    Number.isNaN(find('sandproof_execution_cpu_seconds', '{profile="high-security",quantile="0.5"}') ?? 0),
  );
  assert.is(find('sandproof_pool_isolates', '{profile="ultra-secure",state="idle"}'), 3);
  assert.is(find('sandproof_pool_queued', ''), 2);
  assert.is(find('sandproof_pool_reuses_total', '{profile="ultra-secure"}'), 96);
});

test('an empty monitor still produces valid exposition text', () => {
  const samples = parseExposition(createPerformanceMonitor().prometheus());
  assert.is(samples.length, 0);
});

test('hostile profile names and error codes are escaped and cannot break or forge a line', () => {
  const hostile = 'evil"} 1\nsandproof_executions_total{profile="forged\\';
  const monitor = busyMonitor(hostile, 'ERR_"\n\\X');
  const text = monitor.prometheus({ total: zero, profiles: { [hostile]: zero } });
  const samples = parseExposition(text);
  assert.not.ok(samples.some((s) => s.labels.startsWith('{profile="forged')));
  assert.ok(text.includes(`{profile="${escapeLabelValue(hostile)}"}`));
  assert.is(escapeLabelValue('a\\b"c\nd'), 'a\\\\b\\"c\\nd');
});

test('the grammar check itself rejects malformed lines', () => {
  const bad = [
    'sandproof_x{profile="a"} \n',
    'sandproof x 1\n',
    'sandproof_x{profile="a\nb"} 1\n',
    'sandproof_x{profile=a} 1\n',
    'sandproof_x 1,5\n',
  ];
  for (const text of bad) {
    const typed = `# TYPE sandproof_x gauge\n${text}`;
    assert.throws(() => parseExposition(typed), undefined, JSON.stringify(text));
  }
  assert.throws(() => parseExposition('sandproof_undeclared 1\n'));
});

test('values are spelled as the format expects', () => {
  assert.equal(
    [formatValue(Number.NaN), formatValue(Number.POSITIVE_INFINITY), formatValue(-Infinity)],
    ['NaN', '+Inf', '-Inf'],
  );
  assert.is(formatValue(1e-7), '1e-7');
  const family: PrometheusFamily = {
    name: 'sandproof_t',
    type: 'gauge',
    help: 'a\\b\nc',
    samples: [{ value: 1e21 }],
  };
  assert.is(
    formatFamilies([family]),
    '# HELP sandproof_t a\\\\b\\nc\n# TYPE sandproof_t gauge\nsandproof_t 1e+21\n',
  );
  parseExposition(formatFamilies([family]));
});

test.run();
