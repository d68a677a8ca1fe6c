/**
 * A quality gate: one figure measured on data, compared with a floor recorded in floors.json.
 * Adding a gate is one entry in registry.ts.
 */
export interface GateResult {
  /** the figure, a share in [0, 1] (F1, accuracy) */
  figure: number;
  /** sha256 of the data the figure was measured on: figures on other data are not comparable */
  digest: string;
}

export interface Gate {
  name: string;
  /** paths under the data folder the gate reads; when one is absent the gate skips */
  needs: readonly string[];
  run(dataDir: string): Promise<GateResult>;
}
