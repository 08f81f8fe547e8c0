/**
 * Valibot schemas of everything that crosses the repository boundary. The
 * repository validates its inputs with them; the background validates message
 * payloads with the same schemas; the backup importer validates every row.
 * Unknown keys are stripped (valibot `object`).
 */
import * as v from 'valibot';
import { FINDING_KINDS } from '../detect/types';
import { LedgerError } from './errors';
import { CHECK_STATUSES, CLIP_STATUSES } from './types';

/** Longest clip text accepted (a clip is a finding or a selection, not a whole document). */
export const MAX_CLIP_TEXT = 20_000;
/** Longest note. */
export const MAX_NOTE = 5_000;
/** Longest short field: unit, round, owner, deadline, title, tag. */
export const MAX_SHORT = 500;
/** Most tags on one clip. */
export const MAX_TAGS = 50;
/** Longest prefix or suffix of a text-quote selector (32 is what the clipper writes). */
export const MAX_QUOTE_CONTEXT = 256;

export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a record id'));

export const TimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const IsoDateSchema = v.pipe(v.string(), v.isoDate('not a yyyy-mm-dd date'));

const shortText = (max = MAX_SHORT) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** A short optional text: trimmed; empty counts as absent. */
const optionalShort = (max = MAX_SHORT) =>
  v.optional(
    v.pipe(
      shortText(max),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );

function isPageUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
  } catch {
    return false;
  }
}

/** A page address: http, https or file; the fragment is dropped (it names a place, not a page). */
export const UrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(4096),
  v.check(isPageUrl, 'not an http(s) or file URL'),
  v.transform((s) => {
    const hash = s.indexOf('#');
    return hash >= 0 ? s.slice(0, hash) : s;
  }),
);

export const DocumentRoleSchema = v.picklist(['source', 'report']);
export const FindingKindSchema = v.picklist(FINDING_KINDS as ['problem', 'commitment', 'pledge', 'progress']);
export const ClipStatusSchema = v.picklist(CLIP_STATUSES as ['open', 'tracking', 'done', 'dismissed']);
export const CheckStatusSchema = v.picklist(CHECK_STATUSES as ['reappears', 'partial', 'missing']);

export const TextQuoteSelectorSchema = v.object({
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CLIP_TEXT)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CONTEXT)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CONTEXT)), ''),
});

export const TextPositionSelectorSchema = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((p) => p.end >= p.start, 'position end before start'),
);

export const ClipSelectorsSchema = v.object({
  quote: TextQuoteSelectorSchema,
  position: v.optional(TextPositionSelectorSchema),
});

export const TagsSchema = v.pipe(
  v.array(v.pipe(shortText(50), v.minLength(1))),
  v.maxLength(MAX_TAGS),
  v.transform((tags) => tags.filter((tag, i) => tags.indexOf(tag) === i)),
);

const ClipTextSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_CLIP_TEXT),
  v.check((s) => s.trim() !== '', 'empty text'),
);

const NoteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE));

// ---------------------------------------------------------------- inputs

/** What a caller gives to upsert a document. */
export const DocumentInputSchema = v.object({
  url: UrlSchema,
  title: v.optional(shortText(1000), ''),
  unit: optionalShort(),
  inspectedUnit: optionalShort(),
  round: optionalShort(),
  publishDate: v.optional(IsoDateSchema),
  /** New documents default to `source`; an existing document keeps its role unless one is given. */
  role: v.optional(DocumentRoleSchema),
});
export type DocumentInput = v.InferInput<typeof DocumentInputSchema>;

/** What a caller gives to add a clip (the document is given alongside). */
export const ClipInputSchema = v.object({
  kind: FindingKindSchema,
  /** The text as clipped. */
  text: ClipTextSchema,
  selectors: ClipSelectorsSchema,
  deadline: optionalShort(),
  owner: optionalShort(),
  caseId: v.optional(IdSchema),
  tags: v.optional(TagsSchema, []),
  note: v.optional(NoteSchema),
  status: v.optional(ClipStatusSchema, 'open'),
});
export type ClipInput = v.InferInput<typeof ClipInputSchema>;

/** Editable clip fields; `null` clears an optional field. */
export const ClipPatchSchema = v.object({
  kind: v.optional(FindingKindSchema),
  /** A correction of the text; the original text and selectors are kept. */
  text: v.optional(ClipTextSchema),
  note: v.optional(v.nullable(NoteSchema)),
  tags: v.optional(TagsSchema),
  deadline: v.optional(v.nullable(shortText())),
  owner: v.optional(v.nullable(shortText())),
  caseId: v.optional(v.nullable(IdSchema)),
  status: v.optional(ClipStatusSchema),
});
export type ClipPatch = v.InferInput<typeof ClipPatchSchema>;

export const CaseInputSchema = v.object({
  unit: v.pipe(shortText(), v.minLength(1, 'empty unit')),
  round: v.optional(shortText(), ''),
  note: v.optional(NoteSchema),
});
export type CaseInput = v.InferInput<typeof CaseInputSchema>;

export const CasePatchSchema = v.object({
  unit: v.optional(v.pipe(shortText(), v.minLength(1, 'empty unit'))),
  round: v.optional(shortText()),
  note: v.optional(v.nullable(NoteSchema)),
});
export type CasePatch = v.InferInput<typeof CasePatchSchema>;

export const CheckEvidenceSchema = v.pipe(
  v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_CLIP_TEXT)),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((e) => e.end >= e.start, 'evidence end before start'),
);

export const CheckResultSchema = v.object({
  clipId: IdSchema,
  status: CheckStatusSchema,
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  evidence: v.optional(CheckEvidenceSchema),
});

export const CheckInputSchema = v.object({
  caseId: IdSchema,
  reportDocumentId: IdSchema,
  checkedAt: v.optional(TimeSchema),
  results: v.pipe(
    v.array(CheckResultSchema),
    v.check((results) => {
      const ids = results.map((r) => r.clipId);
      return ids.every((id, i) => ids.indexOf(id) === i);
    }, 'two results for one clip'),
  ),
});
export type CheckInput = v.InferInput<typeof CheckInputSchema>;

export const OverrideInputSchema = v.object({
  checkId: IdSchema,
  clipId: IdSchema,
  status: CheckStatusSchema,
  note: v.optional(NoteSchema),
});
export type OverrideInput = v.InferInput<typeof OverrideInputSchema>;

export const SettingKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** True for values that survive JSON and structured cloning unchanged (depth-limited). */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.keys(value as object).every((k) =>
      isJsonValue((value as Record<string, unknown>)[k], depth + 1),
    );
  }
  return false;
}

export const SettingValueSchema = v.custom<unknown>(isJsonValue, 'not a JSON value');

// ---------------------------------------------------------------- stored rows (backups)

export const DocumentRecordSchema = v.object({
  id: IdSchema,
  url: UrlSchema,
  title: v.string(),
  site: v.string(),
  unit: v.optional(v.string()),
  inspectedUnit: v.optional(v.string()),
  round: v.optional(v.string()),
  publishDate: v.optional(IsoDateSchema),
  role: DocumentRoleSchema,
  firstSeen: TimeSchema,
  updated: TimeSchema,
});

/** A clip as written to backups: without the derived `searchKey` and `quoteHash`. */
export const ClipRecordSchema = v.object({
  id: IdSchema,
  documentId: IdSchema,
  kind: FindingKindSchema,
  originalText: v.pipe(v.string(), v.maxLength(MAX_CLIP_TEXT)),
  text: ClipTextSchema,
  normalized: v.pipe(v.string(), v.maxLength(MAX_CLIP_TEXT * 2)),
  selectors: ClipSelectorsSchema,
  deadline: v.optional(v.string()),
  owner: v.optional(v.string()),
  caseId: v.optional(IdSchema),
  tags: v.array(v.string()),
  note: v.optional(v.string()),
  status: ClipStatusSchema,
  created: TimeSchema,
  updated: TimeSchema,
});

export const CaseRecordSchema = v.object({
  id: IdSchema,
  unit: v.string(),
  round: v.string(),
  note: v.optional(v.string()),
  created: TimeSchema,
  updated: TimeSchema,
});

export const CheckRecordSchema = v.object({
  id: IdSchema,
  caseId: IdSchema,
  reportDocumentId: IdSchema,
  checkedAt: TimeSchema,
  results: v.array(CheckResultSchema),
});

export const OverrideRecordSchema = v.object({
  id: IdSchema,
  checkId: IdSchema,
  clipId: IdSchema,
  status: CheckStatusSchema,
  note: v.optional(v.string()),
  created: TimeSchema,
  updated: TimeSchema,
});

export const SettingRecordSchema = v.object({
  key: SettingKeySchema,
  value: SettingValueSchema,
});

// ---------------------------------------------------------------- helper

/** Parses `value` with `schema`, or throws `LedgerError('invalid')` listing what failed. */
export function parseInput<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const details = result.issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new LedgerError('invalid', `Invalid input: ${details.join('; ')}`, { details });
}
