/**
 * Generated variants: obfuscated copies of hand-written malicious samples, derived at load time (never
 * written to disk). Each records `generatedFrom` and `mutator`, and inherits its parent's expectation
 * unchanged, `scan` stage included: the scanner is expected to see through these rewrites, and the
 * runtime stage must hold whatever the scanner does.
 */
import type { Sample, SampleStep } from '../sample.js';
import { aliasGlobal } from './alias-global.js';
import { computedGlobal } from './computed-global.js';
import { fromCharCode } from './from-char-code.js';
import { keySplit } from './key-split.js';
import type { Mutator } from './mutator.js';
import { parseSnippet } from './mutator.js';
import { stringEscape } from './string-escape.js';

export type { Mutator } from './mutator.js';

/** The built-in mutators, in the order their variants are listed. */
export const DEFAULT_MUTATORS: readonly Mutator[] = [
  keySplit,
  stringEscape,
  fromCharCode,
  aliasGlobal,
  computedGlobal,
];

/** Builds the multi-step body back from its steps, so the generated sample's `code` matches its steps. */
function joinSteps(steps: readonly SampleStep[], multi: boolean): string {
  if (!multi) return steps[0]?.code ?? '';
  return steps.map((step) => `//@step tenant=${step.tenant}\n${step.code}`).join('\n');
}

/**
 * Applies one mutator to every step of a sample. The variant exists only when at least one step changed,
 * every step parsed before, and every rewritten step still parses.
 */
export function mutateSample(sample: Sample, mutator: Mutator): Sample | null {
  let changed = false;
  const steps: SampleStep[] = [];
  for (const step of sample.steps) {
    if (!parseSnippet(step.code)) return null;
    const rewritten = mutator.mutate(step.code);
    if (rewritten !== null && rewritten !== step.code) {
      if (!parseSnippet(rewritten)) return null;
      changed = true;
    }
    steps.push({ tenant: step.tenant, code: rewritten ?? step.code });
  }
  if (!changed) return null;
  return {
    ...sample,
    id: `${sample.id}--${mutator.name}`,
    variant: 'obfuscated',
    description: `${sample.description} (generated: ${mutator.description})`,
    code: joinSteps(steps, sample.flags.includes('multi-step')),
    steps,
    generatedFrom: sample.id,
    mutator: mutator.name,
  };
}

/** Derives every sound variant of the hand-written malicious samples. */
export function generateVariants(
  samples: readonly Sample[],
  mutators: readonly Mutator[] = DEFAULT_MUTATORS,
): Sample[] {
  const out: Sample[] = [];
  for (const sample of samples) {
    if (sample.kind !== 'malicious' || sample.generatedFrom !== undefined) continue;
    for (const mutator of mutators) {
      const variant = mutateSample(sample, mutator);
      if (variant) out.push(variant);
    }
  }
  return out;
}
