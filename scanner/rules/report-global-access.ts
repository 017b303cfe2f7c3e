/**
 * Shared by the rules that flag globals reached by name (eval, Function, host globals, wasm, shared memory):
 * reports each access once, at its source, whatever the spelling (`\u0065val`, `globalThis['ev'+'al']`,
 * `const { eval: e } = self`). A `typeof x` (or `typeof obj.x`) probe is reported at `low`: it never throws and grants nothing.
 */
import type { GlobalAccess } from '../global-access.js';
import { isTypeofOperand, type RuleContext } from '../rule.js';
import type { Severity } from '../types.js';

/** Options of {@link reportGlobalAccesses}. */
export interface GlobalAccessReport {
  /** The global names to flag, each with the reason shown in the message. */
  readonly names: ReadonlyMap<string, string>;
  /** Severity of a `typeof` probe (default `low`). */
  readonly probeSeverity?: Severity;
  /** Accesses to skip (for example `x instanceof Function`). */
  readonly exempt?: (access: GlobalAccess) => boolean;
  /** The severity of an access (default: the rule's). */
  readonly severity?: (access: GlobalAccess) => Severity | undefined;
}

/** Reports every access to one of `names` under the rule being checked. */
export function reportGlobalAccesses(ctx: RuleContext, report: GlobalAccessReport): void {
  for (const access of ctx.globalAccesses) {
    const reason = report.names.get(access.name);
    if (reason === undefined || report.exempt?.(access)) continue;
    // `typeof x` and `typeof obj.x` are probes: they never throw and grant nothing.
    if (isTypeofOperand(ctx.index, access.node)) {
      ctx.report(access.node, `typeof probe of \`${access.name}\`: ${reason}`, report.probeSeverity ?? 'low');
    } else {
      ctx.report(access.node, `\`${access.name}\` is reached: ${reason}`, report.severity?.(access));
    }
  }
}
