import type { Command } from '../command.js';
import { batchCommand } from './batch.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';

/** Every sub-command, in the order `zhnews --help` lists them. */
export const commands: Command[] = [extractCommand, batchCommand, schemaCommand];
