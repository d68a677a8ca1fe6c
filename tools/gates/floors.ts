/** The recorded floors (floors.json): read and checked once here, written back by `--record`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { GateResult } from './gate.js';

const Floor = z
  .object({
    figure: z.number().min(0).max(1),
    floor: z.number().min(0).max(1),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();
const Floors = z.record(z.string(), Floor);

export type Floor = z.infer<typeof Floor>;
export type Floors = z.infer<typeof Floors>;

/** How far under today's figure a floor sits: room for noise, none for a real regression. */
export const MARGIN = 0.01;

export function loadFloors(path: string): Floors {
  if (!existsSync(path)) return {};
  const parsed = Floors.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function floorFor(r: GateResult, measured: string): Floor {
  return { figure: round4(r.figure), floor: round4(Math.max(0, r.figure - MARGIN)), digest: r.digest, measured };
}

export function saveFloors(path: string, floors: Floors): void {
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
}
