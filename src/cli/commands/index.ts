import type { Command } from '../command.js';
import { batchCommand } from './batch.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';
import { enqueueCommand } from './enqueue.js';
import { workerCommand } from './worker.js';
import { statusCommand } from './status.js';
import { failedCommand } from './failed.js';
import { retryFailedCommand } from './retry-failed.js';

/** Every sub-command, in the order `zhnews --help` lists them. */
export const commands: Command[] = [extractCommand, batchCommand, exportCommand, schemaCommand, enqueueCommand, workerCommand, statusCommand, failedCommand, retryFailedCommand];
