import { existsSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../errors/index.js';
import type { RecordStore } from '../store/store.js';
import type { OptionSpecs } from './options.js';

/** `--store URI` for the commands that read a store (export, idf): it must exist already. */
export const storeInOption = {
  store: {
    type: 'string',
    arg: 'URI',
    required: true,
    schema: z.string().min(1),
    help: 'sqlite:path.db, postgres://..., or jsonl:path.jsonl',
  },
} as const satisfies OptionSpecs;

/** A file store that does not exist is bad usage, not an empty store. */
export async function assertStoreExists(uri: string): Promise<void> {
  const { storeFile } = await import('../store/index.js');
  const file = storeFile(uri);
  if (file && !existsSync(file)) throw new UsageError(`no such store: ${file}`);
}

/** Opens a store to read (see assertStoreExists). */
export async function openExistingStore(uri: string): Promise<RecordStore> {
  await assertStoreExists(uri);
  const { openStore } = await import('../store/index.js');
  return openStore(uri);
}
