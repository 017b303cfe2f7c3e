/**
 * The commands area: the `sandproof` dispatcher and the soak runner, the top of the area graph (they may
 * import every other area's index; nothing imports them but their tests and the cross-area tests).
 */
export { exitTwoOnStrayErrors, main } from './sandproof.js';
export { type MemorySample, runSoak, type SoakCheck, type SoakOptions, type SoakReport } from './soak.js';
