/**
 * Version of the per-document analysis format and behaviour. Persisted analyses (the server's
 * index cache) are reused only under the same version; bump it when the pipeline's output changes
 * in a way a build fingerprint would not reveal. (The server also keys the cache by a hash of its
 * own bundle, which includes the lexicon, so a new build never reuses stale analyses.)
 */
export const ANALYSER_VERSION = 1;
