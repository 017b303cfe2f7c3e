/**
 * The performance monitor: bounded-memory execution metrics per profile (exact window percentiles, error counts
 * by code), pool ratios, and Prometheus text exposition.
 */
export type {
  MetricsSnapshot,
  PerformanceMonitor,
  PerformanceMonitorOptions,
  PerformanceSample,
  ProfileMetrics,
} from './performance-monitor.js';
export {
  createPerformanceMonitor,
  DEFAULT_WINDOW,
  MAX_ERROR_CODES,
  MAX_PROFILE_SERIES,
  UNKNOWN_PROFILE,
} from './performance-monitor.js';
export type { PoolCounters, PoolMetrics, PoolSnapshot, PoolStatsLike } from './pool-metrics.js';
export { poolMetrics, poolSnapshot } from './pool-metrics.js';
export { renderPrometheus } from './prometheus-exposition.js';
export type { PrometheusFamily, PrometheusSample, PrometheusType } from './prometheus-format.js';
export {
  escapeLabelValue,
  formatFamilies,
  formatValue,
  PROMETHEUS_CONTENT_TYPE,
} from './prometheus-format.js';
export type { Distribution } from './sample-window.js';
export { nearestRank, SampleWindow } from './sample-window.js';
