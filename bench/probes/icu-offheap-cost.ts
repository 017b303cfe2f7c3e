/**
 * What each ICU path a guest has costs off the V8 heap, per object kept: the figures the execution's
 * off-heap ledger charges are set from these (runtime/guest/accounting-taming-source.ts). For each path a
 * fresh process makes an isolate, warms the path's ICU data, then keeps N objects and reports its RSS
 * growth minus the isolate's heap growth (used plus external), per object, in KiB. Each path runs in its own
 * process: a process that freed memory reuses it, and the next path would look free.
 * Run: node --no-node-snapshot --import tsx bench/probes/icu-offheap-cost.ts [N]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ivm from 'isolated-vm';

const d0 = 'new Date(0)';
const d1 = 'new Date(1e12)';
const PATHS: Record<string, string> = {
  dtf: `new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'})`,
  dtfFormat: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.format(${d0}); return f })()`,
  dtfToParts: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.formatToParts(${d0}); return f })()`,
  dtfRange: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.formatRange(${d0}, ${d1}); return f })()`,
  dtfRangeParts: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.formatRangeToParts(${d0}, ${d1}); return f })()`,
  dtfResolved: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.resolvedOptions(); return f })()`,
  dtfJa: `new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {dateStyle:'full', timeStyle:'full', timeZone:'Asia/Tokyo'})`,
  dtfJaRange: `(() => { const f = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {dateStyle:'full', timeStyle:'full', timeZone:'Asia/Tokyo'}); f.formatRange(${d0}, ${d1}); return f })()`,
  dtfArRange: `(() => { const f = new Intl.DateTimeFormat('ar-EG-u-ca-islamic', {year:'numeric', month:'long', day:'numeric', hour:'numeric', minute:'numeric', second: 'numeric', fractionalSecondDigits: 3, timeZoneName: 'longGeneric'}); f.formatRange(${d0}, ${d1}); f.formatRange(${d0}, new Date(5)); return f })()`,
  dtfRange3: `(() => { const f = new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full'}); f.formatRange(${d0}, ${d1}); f.formatRange(${d0}, new Date(60000)); f.formatRangeToParts(${d0}, new Date(5e9)); return f })()`,
  dJa: `new Intl.DateTimeFormat('ja', {dateStyle:'full', timeStyle:'full'})`,
  dTz: `new Intl.DateTimeFormat('en', {dateStyle:'full', timeStyle:'full', timeZone:'Asia/Tokyo'})`,
  dCal: `new Intl.DateTimeFormat('en-u-ca-japanese', {dateStyle:'full', timeStyle:'full'})`,
  dCalC: `new Intl.DateTimeFormat('en-u-ca-chinese', {dateStyle:'full', timeStyle:'full'})`,
  dCalCRange: `(() => { const f = new Intl.DateTimeFormat('en-u-ca-chinese', {dateStyle:'full', timeStyle:'full'}); f.formatRange(${d0}, ${d1}); return f })()`,
  dCalRange: `(() => { const f = new Intl.DateTimeFormat('en-u-ca-japanese', {dateStyle:'full', timeStyle:'full'}); f.formatRange(${d0}, ${d1}); return f })()`,
  colZh: `(() => { const c = new Intl.Collator('zh-u-co-pinyin'); c.compare('a', 'b'); return c })()`,
  colJa: `(() => { const c = new Intl.Collator('ja'); c.compare('a', 'b'); return c })()`,
  colKo: `(() => { const c = new Intl.Collator('ko-u-co-searchjl', {usage:'search'}); c.compare('a', 'b'); return c })()`,
  nfJa: `(() => { const f = new Intl.NumberFormat('ja-u-nu-jpanfin', {notation:'compact', compactDisplay:'long'}); f.format(12345678); f.formatRange(1,1e9); return f })()`,
  rtfJa: `(() => { const r = new Intl.RelativeTimeFormat('ja', {numeric:'auto', style:'long'}); r.format(1, 'day'); return r })()`,
  plAr: `(() => { const p = new Intl.PluralRules('ar', {type:'ordinal'}); p.selectRange(1, 5); return p })()`,
  dnJa: `(() => { const d = new Intl.DisplayNames('ja', {type:'language', languageDisplay:'dialect'}); d.of('en-US'); return d })()`,
  lfJa: `(() => { const l = new Intl.ListFormat('ja', {type:'unit', style:'narrow'}); l.format(['a','b','c']); return l })()`,
  durJa: `(() => { const d = new Intl.DurationFormat('ja', {style:'digital'}); d.format({hours: 1, minutes: 2, seconds: 3}); return d })()`,
  nf: `new Intl.NumberFormat('en', {style:'currency', currency:'EUR'})`,
  nfFormat: `(() => { const f = new Intl.NumberFormat('en', {style:'currency', currency:'EUR'}); f.format(1234.5); f.formatToParts(1.5); return f })()`,
  nfRange: `(() => { const f = new Intl.NumberFormat('en', {style:'currency', currency:'EUR'}); f.formatRange(1, 5); f.formatRangeToParts(1, 5); return f })()`,
  collator: `(() => { const c = new Intl.Collator('de'); c.compare('a', 'b'); return c })()`,
  plural: `(() => { const p = new Intl.PluralRules('en'); p.select(1); return p })()`,
  pluralRange: `(() => { const p = new Intl.PluralRules('en'); p.selectRange(1, 5); return p })()`,
  rtf: `(() => { const r = new Intl.RelativeTimeFormat('en'); r.format(1, 'day'); r.formatToParts(2, 'day'); return r })()`,
  list: `(() => { const l = new Intl.ListFormat('en'); l.format(['a', 'b']); l.formatToParts(['a', 'b']); return l })()`,
  display: `(() => { const d = new Intl.DisplayNames('en', {type:'region'}); d.of('US'); return d })()`,
  dnLanguage: `(() => { const d = new Intl.DisplayNames('en', {type:'language'}); d.of('fr-CA'); return d })()`,
  dnScript: `(() => { const d = new Intl.DisplayNames('en', {type:'script'}); d.of('Latn'); return d })()`,
  dnCurrency: `(() => { const d = new Intl.DisplayNames('en', {type:'currency'}); d.of('EUR'); return d })()`,
  dnCalendar: `(() => { const d = new Intl.DisplayNames('en', {type:'calendar'}); d.of('gregory'); return d })()`,
  dnDateTimeField: `(() => { const d = new Intl.DisplayNames('en', {type:'dateTimeField'}); d.of('era'); return d })()`,
  dnDateTimeFieldJa: `(() => { const d = new Intl.DisplayNames('ja', {type:'dateTimeField', style:'narrow'}); d.of('era'); return d })()`,
  dnDateTimeFieldAr: `(() => { const d = new Intl.DisplayNames('ar', {type:'dateTimeField', style:'short'}); d.of('era'); return d })()`,
  duration: `(() => { const d = new Intl.DurationFormat('en'); d.format({hours: 1}); d.formatToParts({hours: 1}); return d })()`,
  locale: `(() => { const l = new Intl.Locale('en-Latn-US'); l.maximize(); l.minimize(); l.getCalendars(); l.getWeekInfo(); l.getTimeZones(); return l })()`,
  dateLocale: `new Date(0).toLocaleString('en', {dateStyle:'full'})`,
};

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;

function measureOne(name: string, n: number): void {
  const isolate = new ivm.Isolate({ memoryLimit: 512 });
  const context = isolate.createContextSync();
  context.evalSync(`globalThis.keep = []; for (let i = 0; i < 5; i++) keep.push(${PATHS[name]}); keep = [];`);
  const heap = () => {
    const h = isolate.getHeapStatisticsSync();
    return h.used_heap_size + h.externally_allocated_size;
  };
  const h0 = heap();
  const r0 = rss();
  context.evalSync(`for (let i = 0; i < ${n}; i++) keep.push(${PATHS[name]});`);
  const heapGrowth = heap() - h0;
  const rssGrowth = rss() - r0;
  const kib = (bytes: number) => (bytes / n / 1024).toFixed(1);
  console.log(
    `${name.padEnd(14)} rss ${kib(rssGrowth).padStart(6)}  heap ${kib(heapGrowth).padStart(5)}  off-heap ${kib(rssGrowth - heapGrowth).padStart(6)} KiB per object`,
  );
  isolate.dispose();
}

const [pathArg, nArg] = process.argv.slice(2);
if (pathArg !== undefined && pathArg in PATHS) {
  measureOne(pathArg, Number(nArg));
} else {
  const n = Number(pathArg ?? 300);
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(PATHS)) {
    const child = spawnSync(
      process.execPath,
      ['--no-node-snapshot', '--import', 'tsx', self, name, String(n)],
      {
        encoding: 'utf8',
      },
    );
    process.stdout.write(child.stdout || `${name}: failed ${child.stderr.slice(0, 200)}\n`);
  }
}
