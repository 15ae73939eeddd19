export declare const DEFAULT_FILES: number;
export declare const DEFAULT_DIR: string;
export declare const DENSE_DIR: string;

/** `realistic`: handler files as dense as real applications'; `dense`: the stress test. */
export type CorpusLayout = 'realistic' | 'dense';

export interface CorpusFile {
  /** Relative to the corpus root: `express/routers/users-3.ts`. */
  readonly path: string;
  readonly source: string;
  /** The template that wrote it. */
  readonly template: string;
}

/** The corpus in memory, deterministic for a given total and layout. */
export declare function corpusFiles(total?: number, layout?: CorpusLayout): Generator<CorpusFile>;

/** Writes the corpus to `dir` (emptied first). */
export declare function generateCorpus(dir?: string, total?: number, layout?: CorpusLayout): { files: number; bytes: number };
