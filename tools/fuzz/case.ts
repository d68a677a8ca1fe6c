/** One fuzz input and what became of it: the shapes shared by the generator, the child and the corpus. */

export const TARGETS = ['ingest', 'normalize', 'jsonl', 'tar', 'zip', 'gzip', 'warc', 'pipeline-rules', 'pipeline-model', 'cli'] as const;
export type Target = (typeof TARGETS)[number];

/** The targets that read a file through the sources, and the file name each input is written as. */
export const SOURCE_TARGETS: Partial<Record<Target, true>> = { jsonl: true, tar: true, zip: true, gzip: true, warc: true };

export interface CaseEntity {
  type: string;
  text: string;
  start: number;
  end: number;
  score: number;
  source: string;
}

export interface CaseMeta {
  /** ingest/pipeline: how the bytes are to be read, and the HTTP-style hint. */
  kind?: 'auto' | 'html' | 'text' | 'body';
  contentType?: string | null;
  publishedAt?: string | null;
  /** sources: the file's extension (`.jsonl`, `.tar.gz`, …), which picks its reader. */
  ext?: string;
  /** normalize: the NER entities given with the text (UTF-16 offsets; bytes are UTF-16LE text). */
  entities?: CaseEntity[];
  /** cli: the command run on the input file (written with `ext`) and its extra arguments. */
  cli?: { command: 'extract' | 'batch'; args: string[] };
}

export interface FuzzCase {
  target: Target;
  bytes: Uint8Array;
  meta: CaseMeta;
}

/**
 * `ok`: a record (or the sources' items, all well-formed); `rejected`: a clear named error
 * (InputError, EntryTooLargeError) or the sources' failure items only. The rest are findings:
 * `crash` (any other error, or a broken invariant), `hang` (over the time limit),
 * `memory` (over the RSS ceiling), `died` (the process exited: a native crash or heap OOM).
 */
export type OutcomeKind = 'ok' | 'rejected' | 'crash' | 'hang' | 'memory' | 'died';

export interface Outcome {
  kind: OutcomeKind;
  /** Error name, or the invariant broken, or the exit signal. */
  name?: string;
  message?: string;
  ms?: number;
}

export const isFinding = (o: Outcome): boolean => o.kind !== 'ok' && o.kind !== 'rejected';

/** Two findings are the same bug when their kind and error name agree (messages carry sizes and offsets). */
export const signature = (o: Outcome): string => `${o.kind}:${o.name ?? ''}`;
