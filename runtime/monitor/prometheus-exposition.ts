import type { MetricsSnapshot, ProfileMetrics } from './performance-monitor.js';
import type { PoolMetrics, PoolSnapshot } from './pool-metrics.js';
import type { PrometheusFamily, PrometheusSample } from './prometheus-format.js';
import { formatFamilies } from './prometheus-format.js';
import type { Distribution } from './sample-window.js';

const QUANTILES = [
  ['0.5', 'p50'],
  ['0.95', 'p95'],
  ['0.99', 'p99'],
] as const;

type Profiles = [string, ProfileMetrics][];

/**
 * Renders a snapshot as Prometheus text exposition format 0.0.4. Names are prefixed `sandproof_`, counters end
 * in `_total`, latencies are in seconds and sizes in bytes (the format's base units). Summary quantiles cover the
 * monitor's window (`NaN` while it is empty, as Prometheus clients do); `_sum` and `_count` cover all time.
 * Pool series appear only when pool stats were passed in.
 */
export function renderPrometheus(snapshot: MetricsSnapshot): string {
  const profiles = Object.entries(snapshot.profiles);
  const families: PrometheusFamily[] = [
    {
      name: 'sandproof_executions_total',
      type: 'counter',
      help: 'Executions recorded, refused and failed ones included.',
      samples: profiles.map(([profile, m]) => ({ labels: { profile }, value: m.count })),
    },
    {
      name: 'sandproof_errors_total',
      type: 'counter',
      help: 'Failed or refused executions, by error code.',
      samples: profiles.flatMap(([profile, m]) =>
        Object.entries(m.errorsByCode).map(([code, value]) => ({ labels: { profile, code }, value })),
      ),
    },
    summary(
      'sandproof_execution_wall_seconds',
      'Wall-clock time per execution.',
      profiles,
      (m) => m.wallMs,
      1e-3,
    ),
    summary(
      'sandproof_execution_cpu_seconds',
      'CPU time per execution, when measured.',
      profiles,
      (m) => m.cpuMs,
      1e-3,
    ),
    summary(
      'sandproof_execution_heap_used_bytes',
      'Isolate heap used per execution.',
      profiles,
      (m) => m.heapUsedBytes,
      1,
    ),
  ];
  if (snapshot.pool) families.push(...poolFamilies(snapshot.pool));
  return formatFamilies(families);
}

function summary(
  name: string,
  help: string,
  profiles: Profiles,
  pick: (m: ProfileMetrics) => Distribution,
  scale: number,
): PrometheusFamily {
  const samples: PrometheusSample[] = [];
  for (const [profile, metrics] of profiles) {
    const d = pick(metrics);
    for (const [quantile, key] of QUANTILES) {
      samples.push({ labels: { profile, quantile }, value: d.window === 0 ? Number.NaN : d[key] * scale });
    }
    samples.push({ suffix: '_sum', labels: { profile }, value: d.sum * scale });
    samples.push({ suffix: '_count', labels: { profile }, value: d.count });
  }
  return { name, type: 'summary', help, samples };
}

function perProfile(pool: PoolSnapshot, pick: (m: PoolMetrics) => number): PrometheusSample[] {
  return Object.entries(pool.profiles).map(([profile, m]) => ({ labels: { profile }, value: pick(m) }));
}

function poolFamilies(pool: PoolSnapshot): PrometheusFamily[] {
  const isolates = Object.entries(pool.profiles).flatMap(([profile, m]) => [
    { labels: { profile, state: 'idle' }, value: m.idle },
    { labels: { profile, state: 'busy' }, value: m.busy },
  ]);
  return [
    { name: 'sandproof_pool_isolates', type: 'gauge', help: 'Pooled isolates by state.', samples: isolates },
    {
      name: 'sandproof_pool_queued',
      type: 'gauge',
      help: 'Executions waiting for an isolate.',
      samples: [{ value: pool.queued }],
    },
    {
      name: 'sandproof_pool_isolates_created_total',
      type: 'counter',
      help: 'Isolates created.',
      samples: perProfile(pool, (m) => m.created),
    },
    {
      name: 'sandproof_pool_reuses_total',
      type: 'counter',
      help: 'Executions that reused a pooled isolate.',
      samples: perProfile(pool, (m) => m.reused),
    },
    {
      name: 'sandproof_pool_isolates_recycled_total',
      type: 'counter',
      help: 'Isolates disposed and replaced (timeout, memory limit, age).',
      samples: perProfile(pool, (m) => m.recycled),
    },
    {
      name: 'sandproof_pool_utilization',
      type: 'gauge',
      help: 'Busy isolates over held isolates (busy + idle).',
      samples: [{ value: pool.utilization }],
    },
  ];
}
