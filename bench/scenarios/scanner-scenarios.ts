/**
 * Scanner speed on benign code of 1 KB and 10 KB, with the parse alone as the same-run baseline: the
 * scanner's own cost reads as a ratio to acorn's, which moves with the machine as the scanner does.
 */
import { parse } from 'acorn';
import { SecurityScanner, wrapSnippet } from '../../scanner/index.js';
import type { LatencyTask } from '../lib/interleaved-rounds.js';
import { benignSnippet } from './bench-snippets.js';

/** `scanner.1kb`, `scanner.10kb` and the baseline `scanner.parse-only.10kb`. */
export function createScannerScenarios(): LatencyTask[] {
  // A generous budget: a scan that hits its wall-clock budget fails closed, which would time a refusal.
  const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });
  const small = benignSnippet(1024);
  const large = benignSnippet(10 * 1024);
  for (const code of [small, large]) {
    const report = scanner.scanSync({ code });
    if (!report.secure || report.findings.length > 0) {
      throw new Error(
        `benign scanner input is not clean: ${report.findings.map((f) => f.ruleId).join(', ')}`,
      );
    }
  }
  const wrappedLarge = wrapSnippet(large);
  return [
    {
      id: 'scanner.1kb',
      description: 'SecurityScanner.scanSync on 1 KB of benign code',
      run: () => scanner.scanSync({ code: small }),
    },
    {
      id: 'scanner.10kb',
      description: 'SecurityScanner.scanSync on 10 KB of benign code',
      run: () => scanner.scanSync({ code: large }),
    },
    {
      id: 'scanner.parse-only.10kb',
      description: 'baseline: acorn parse alone of the same 10 KB',
      run: () => parse(wrappedLarge, { ecmaVersion: 'latest', sourceType: 'script' }),
    },
  ];
}
