export declare const DEFAULT_FILES: number;
export declare const DEFAULT_DIR: string;

export interface CorpusFile {
  /** Relative to the corpus root: `express/routers/users-3.ts`. */
  readonly path: string;
  readonly source: string;
  /** The template that wrote it. */
  readonly template: string;
}

/** The corpus in memory, deterministic for a given total. */
export declare function corpusFiles(total?: number): Generator<CorpusFile>;

/** Writes the corpus to `dir` (emptied first). */
export declare function generateCorpus(dir?: string, total?: number): { files: number; bytes: number };
