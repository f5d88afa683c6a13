/** Settings pulled from the client (`sourceAnnotator.*`), turned into typed options for the core. */
import type { RuleCode, Severity } from '../core/index';
import { DEFAULT_SEVERITIES } from '../core/index';
import { DEFAULT_MAX_BYTES } from '../node/read-article';
import { maxFileBytes } from '../node/file-size';

export interface Settings {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severities: Record<RuleCode, Severity>;
  /** `inlayHints.speakers`: name the speaker after quotes credited to a pronoun or title. */
  inlayHintSpeakers: boolean;
  /** `codeLens.enabled`: the summary lenses on an article's first line. */
  codeLens: boolean;
  /** `indexWorkers`: threads that analyse files while a folder is indexed ("auto", or 0 for none). */
  indexWorkers: number | 'auto';
}

export const DEFAULT_SETTINGS: Settings = {
  include: [],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.source-annotator/**'],
  maxFileSize: DEFAULT_MAX_BYTES,
  severities: { ...DEFAULT_SEVERITIES },
  inlayHintSpeakers: true,
  codeLens: true,
  indexWorkers: 'auto',
};

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Validates whatever the client sent; anything missing or malformed keeps its default. */
export function toSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : d);
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  const flag = (section: unknown, k: string, d: boolean) => {
    const v = section && typeof section === 'object' ? (section as Record<string, unknown>)[k] : undefined;
    return typeof v === 'boolean' ? v : d;
  };
  const pick = (k: string, d: Severity) => (SEVERITIES.includes(sev[k] as Severity) ? sev[k] as Severity : d);
  return {
    include: strings(r.include, DEFAULT_SETTINGS.include),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    // maxFileSizeMB (megabytes); the older maxFileSize (bytes) is still read while that is at its default.
    maxFileSize: maxFileBytes(r.maxFileSizeMB, r.maxFileSize),
    severities: {
      'unsourced-claim': pick('unsourcedClaim', DEFAULT_SEVERITIES['unsourced-claim']),
      'vague-attribution': pick('vagueAttribution', DEFAULT_SEVERITIES['vague-attribution']),
      'conflicting-figure': pick('conflictingFigure', DEFAULT_SEVERITIES['conflicting-figure']),
    },
    inlayHintSpeakers: flag(r.inlayHints, 'speakers', DEFAULT_SETTINGS.inlayHintSpeakers),
    codeLens: flag(r.codeLens, 'enabled', DEFAULT_SETTINGS.codeLens),
    indexWorkers: typeof r.indexWorkers === 'number' && r.indexWorkers >= 0 ? Math.floor(r.indexWorkers) : 'auto',
  };
}
