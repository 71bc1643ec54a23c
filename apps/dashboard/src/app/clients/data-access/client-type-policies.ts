import type { TypePolicies } from '@apollo/client';

/**
 * How the cache keeps a client's record. Objects without an id (GAS level descriptions, the
 * baseline) belong to their parent, so a newer answer merges into them instead of replacing.
 */
export const clientTypePolicies: TypePolicies = {
  GasLevels: { merge: true },
  Baseline: { merge: true },
};
