/**
 * What every CLI command gets and how it fails: a CliError carries the exit
 * code and ONE line for stderr, already in the chosen language.
 */
import type { ApiError, ErrorCode } from '../../api/index.ts';
import type { Lang } from '../../core/index.ts';

export interface CliContext {
  lang: Lang;
  /** Folder of the workspace list (the "recent" list the desktop app shows). */
  dataDir: string;
  out(line: string): void;
  err(line: string): void;
}

export interface ParsedArgs {
  positionals: string[];
  values: {
    ags?: string;
    demo?: boolean;
    port?: string;
    open?: boolean;
    workspace?: string;
    yes?: boolean;
    format?: string;
    out?: string;
    agendaVersion?: string;
    sign?: boolean;
  };
}

export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

const NOT_THE_INPUT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['internal', 'storage_full', 'read_only', 'workspace_damaged']);

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    /** The core's error code, when the failure came from the core. */
    readonly code?: ErrorCode,
  ) {
    super(message);
    this.name = 'CliError';
  }

  static badInput(message: string): CliError {
    return new CliError(EXIT.badInput, message);
  }

  /**
   * A core answer: an internal failure, a full disk or a read-only file is no fault of what was
   * typed (exit 1, like a damaged workspace); everything else is about the input (exit 2).
   */
  static fromApi(error: ApiError): CliError {
    return new CliError(NOT_THE_INPUT.has(error.code) ? EXIT.internal : EXIT.badInput, error.message, error.code);
  }
}

export interface CommandSpec {
  name: string;
  /** The call line shown in help and in "missing argument" messages. */
  usage: Record<Lang, string>;
  /** Options this command accepts besides the global ones. */
  options: readonly ('ags' | 'demo' | 'port' | 'open' | 'workspace' | 'yes' | 'format' | 'out' | 'agenda-version' | 'sign')[];
  run(ctx: CliContext, args: ParsedArgs): Promise<number>;
}

/** A command without its code: enough to check a command line and to name the call in messages. */
export type CommandHead = Omit<CommandSpec, 'run'>;
