// Copy detection: group near-duplicate articles, name the original, keep the evidence (see README).
export { detectCopies, type DetectContext, type DetectResult } from './detect.js';
export { rebuildAll, type RebuildOptions, type RebuildResult } from './rebuild.js';
export { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, resolveParams, signatureParams, type DedupParams, type Thresholds } from './params.js';
export { prepareDoc, type PreparedDoc } from './prepare.js';
export { clusterIdOf } from './cluster-build.js';
export type { DedupStore } from './port.js';
