import type { Command } from '../command.js';

/**
 * Every sub-command, in the order `zhnews --help` lists them. A command's module (and what it
 * imports: the pipeline, BullMQ, the stores) loads only when that command runs, so that
 * `zhnews --help` and `zhnews schema` start in a fraction of the time.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'extract',
    summary: 'one article in, one JSON record out on stdout',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  {
    name: 'batch',
    summary: 'many articles in-process into one dataset or store (no Redis needed)',
    load: async () => (await import('./batch.js')).batchCommand,
  },
  {
    name: 'export',
    summary: 'write the stored records as a dataset (jsonl, csv, parquet)',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'serve',
    summary: 'a local web viewer of a store (articles, highlights, organisations) and the queue',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'idf',
    summary: 'an IDF table from the stored articles, for keywords (--idf)',
    load: async () => (await import('./idf.js')).idfCommand,
  },
  { name: 'schema', summary: "print the record's JSON Schema", load: async () => (await import('./schema.js')).schemaCommand },
  {
    name: 'enqueue',
    summary: 'put articles on the BullMQ queue for `zhnews worker`',
    load: async () => (await import('./enqueue.js')).enqueueCommand,
  },
  {
    name: 'worker',
    summary: "process the queue's articles into a store until stopped",
    load: async () => (await import('./worker.js')).workerCommand,
  },
  {
    name: 'status',
    summary: 'queue counts per state, throughput over the last minute, oldest waiting job',
    load: async () => (await import('./status.js')).statusCommand,
  },
  {
    name: 'failed',
    summary: "list the queue's failed jobs with their reasons",
    load: async () => (await import('./failed.js')).failedCommand,
  },
  {
    name: 'retry-failed',
    summary: 'move every failed job back to waiting',
    load: async () => (await import('./retry-failed.js')).retryFailedCommand,
  },
];
