/**
 * How far ICU's process-wide calendar caches can grow a process (SECURITY.md, non-claims: "ICU calendar
 * caches"). One `Intl.DateTimeFormat` with calendar CAL formats one date per year over the whole range a
 * `Date` holds (-273,000 to 273,000); the process's RSS growth after a full collection is printed. Run each
 * calendar in its own process: a process that already filled a cache would show no growth.
 * Run: node --expose-gc bench/probes/icu-calendar-cache.ts CAL [STEP]   (CAL: gregory, chinese, dangi, hebrew, islamic...)
 */
const calendar = process.argv[2] ?? 'chinese';
const step = Number(process.argv[3] ?? 1);
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with --expose-gc');
const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
const year = 365.2425 * 86_400_000;
const date = new Date(0);
const before = process.memoryUsage().rss;
const started = Date.now();
let chars = 0;
for (let y = -273_000; y <= 273_000; y += step) {
  date.setTime(y * year);
  chars += format.format(date).length;
}
collect();
const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
console.log(
  `${calendar}: RSS +${grown.toFixed(1)} MiB in ${Date.now() - started} ms (${chars} characters formatted)`,
);
