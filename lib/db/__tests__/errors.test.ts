// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB globals before Dexie loads
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerError, toLedgerError } from '../errors';
import { readClipRevision } from '../clip-revision';
import { createLedgerDb } from '../schema';
import { createSearchKey } from '../search-key';
import {
  clipInput,
  FEEDBACK_DOC,
  MEASURES,
  openTestLedger,
  PLAN_DOC,
  PROBLEMS,
  type TestLedger,
} from './helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const open: TestLedger[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  while (open.length) open.pop()?.close();
});
async function ledger(options: Parameters<typeof openTestLedger>[0] = {}) {
  const l = await openTestLedger(options);
  open.push(l);
  return l;
}

async function caught(promise: Promise<unknown>): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerError);
  return error as LedgerError;
}

describe('error mapping', () => {
  it('finds a quota failure however Dexie and the browser wrap it', () => {
    const cases: unknown[] = [
      quota(),
      new Dexie.AbortError('Transaction aborted', quota()),
      new Dexie.BulkError('1 of 3 operations failed', { 1: quota() }),
      new Dexie.QuotaExceededError('quota'),
      Object.assign(new Error('NS_ERROR_DOM_QUOTA_REACHED'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      { name: 'OpenFailedError', inner: { name: 'AbortError', inner: quota() } },
      // Chromium's word for a full disk.
      new Dexie.AbortError('Transaction aborted', {
        name: 'UnknownError',
        message: 'Internal error: backing store error while writing',
      }),
    ];
    for (const error of cases) {
      const mapped = toLedgerError(error);
      expect(mapped.code).toBe('quota');
      expect(mapped.messageKey).toBe('ledgerErrorQuota');
      expect((mapped as { cause?: unknown }).cause).toBe(error);
    }
  });

  it('does not take every UnknownError for a full disk', () => {
    expect(toLedgerError({ name: 'UnknownError', message: 'something else broke' }).code).toBe('unknown');
  });

  it('maps closed databases, constraint failures and anything else', () => {
    expect(toLedgerError(new Dexie.DatabaseClosedError()).code).toBe('closed');
    // A database that could not open is closed with the failure inside: not an upgrade.
    const failedOpen = new Dexie.DatabaseClosedError({ name: 'UnknownError', message: 'I/O error' } as Error);
    expect(toLedgerError(failedOpen).code).toBe('unknown');
    expect(toLedgerError(new Dexie.AbortError('x', new DOMException('dup', 'ConstraintError'))).code).toBe(
      'invalid',
    );
    expect(toLedgerError(new TypeError('boom')).code).toBe('unknown');
    expect(toLedgerError('a string').messageKey).toBe('ledgerErrorUnknown');
    const own = new LedgerError('not-found', 'x');
    expect(toLedgerError(own)).toBe(own);
  });
});

describe('failures mid-write leave nothing half-written', () => {
  it('a quota error from the clips table rolls back the document upsert too', async () => {
    const l = await ledger();
    await l.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[0])]);
    const before = await l.readTables();
    const revision = await readClipRevision(l.db);
    vi.spyOn(l.db.clips, 'bulkAdd').mockRejectedValue(quota());

    const error = await caught(
      l.clips.add(
        FEEDBACK_DOC,
        PROBLEMS.map((p) => clipInput('problem', p)),
      ),
    );
    expect(error.code).toBe('quota');
    expect(error.messageKey).toBe('ledgerErrorQuota');
    expect(await l.readTables()).toEqual(before); // no feedback document, no clips
    expect(await readClipRevision(l.db)).toBe(revision);
    vi.restoreAllMocks();
    // The ledger still works, and its search index was not polluted.
    expect((await l.clips.query({ text: '主体责任' })).total).toBe(0);
    await l.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[0])]);
    expect((await l.clips.query({ text: '主体责任' })).total).toBe(1);
  });

  it('a quota error raised by IndexedDB inside the store is mapped and rolled back', async () => {
    const l = await ledger();
    const add = FakeObjectStore.prototype.add;
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'clips') throw quota();
      return add.apply(this, args);
    });
    const error = await caught(l.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[0])]));
    expect(error.code).toBe('quota');
    expect(await l.db.documents.count()).toBe(0);
    expect(await l.db.clips.count()).toBe(0);
  });

  it('a bulk edit that fails half-way changes no clip', async () => {
    const l = await ledger();
    const { ids } = await l.clips.add(
      PLAN_DOC,
      MEASURES.map((m) => clipInput('commitment', m)),
    );
    const before = await l.readTables();
    vi.spyOn(l.db.clips, 'bulkPut').mockRejectedValue(new Error('disk I/O error'));
    const error = await caught(l.clips.addTag(ids, '重点'));
    expect(error.code).toBe('unknown');
    expect(await l.readTables()).toEqual(before);
  });
});

describe('opening', () => {
  it('refuses to open in a web page origin (a content script)', async () => {
    vi.stubGlobal('location', { protocol: 'https:', href: 'https://www.qxjw.gov.cn/' });
    const error = await caught(openTestLedger());
    expect(error.code).toBe('context');
    expect(error.messageKey).toBe('ledgerErrorContext');
    vi.stubGlobal('location', { protocol: 'chrome-extension:', href: 'chrome-extension://abc/ledger.html' });
    open.push(await openTestLedger());
  });

  it('surfaces a blocked upgrade as a typed error, and upgrades once the old page lets go', async () => {
    const factory = new IDBFactory();
    const name = 'blocked-upgrade';
    const v1 = createLedgerDb({
      name,
      indexedDB: factory,
      IDBKeyRange,
      upTo: 1,
      context: { searchKey: createSearchKey(null) },
    });
    await v1.open();
    await v1.table('documents').add({
      id: 'd1',
      url: PLAN_DOC.url,
      title: '整改方案',
      site: 'www.qxjy.gov.cn',
      role: 'source',
      firstSeen: 1,
      updated: 1,
    });
    v1.close();
    // An old page holds version 1 open and ignores versionchange (raw IndexedDB, no handler).
    const oldPage = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name);
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });

    const error = await caught(openTestLedger({ factory, name }));
    expect(error.code).toBe('blocked');
    expect(error.messageKey).toBe('ledgerErrorBlocked');

    oldPage.close();
    const l = await ledger({ factory, name });
    expect(l.db.verno).toBe(2);
    expect((await l.documents.getByUrl(PLAN_DOC.url))?.id).toBe('d1');
  });

  it('closes itself when a newer version needs to upgrade, then reports "closed"', async () => {
    const onClosedByUpgrade = vi.fn();
    const l = await ledger({ onClosedByUpgrade });
    await l.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[0])]);
    // A future version 3 opens the same database from another page.
    const next = new Dexie(l.name, { indexedDB: l.factory, IDBKeyRange });
    next.version(3).stores({ extra: 'key' });
    await Promise.race([
      next.open(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('upgrade was blocked')), 3000)),
    ]);
    expect(next.verno).toBe(3);
    expect(onClosedByUpgrade).toHaveBeenCalledTimes(1);
    next.close();
    const error = await caught(l.clips.count());
    expect(error.code).toBe('closed');
    expect(error.messageKey).toBe('ledgerErrorClosed');
  });
});
