import type { ArchiveLimits } from './limits.js';
import type { SourceItem } from './source-item.js';

/** What the reader thread is started with. */
export interface ReaderData {
  paths: string[];
  limits?: Partial<ArchiveLimits>;
}

/** Main thread -> reader: read up to `items` more articles (or `bytes`, whichever comes first). */
export interface ReaderPull {
  items: number;
  bytes: number;
}

/** Reader -> main thread: a run of articles (bytes transferred, SHA-256 computed), and how far it has read. */
export type ReaderBatch =
  | { items: SourceItem[]; done: boolean; progress: { base: number; current: number } }
  | { error: { name: string; message: string; exitCode: number } };
