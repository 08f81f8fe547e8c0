import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId, uuidFromRandomValues } from '../ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

describe('record ids', () => {
  it('are UUID v4 and unique', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) ids.add(newId());
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('fall back to getRandomValues where randomUUID is missing (Chromium < 92)', () => {
    const getRandomValues = vi.fn((bytes: Uint8Array) => bytes.fill(0xff));
    vi.stubGlobal('crypto', { getRandomValues });
    expect(newId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(getRandomValues).toHaveBeenCalledTimes(1);
  });

  it('still produce distinct v4 ids with no Web Crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    const a = uuidFromRandomValues();
    const b = newId();
    expect(a).toMatch(UUID_V4);
    expect(b).toMatch(UUID_V4);
    expect(a).not.toBe(b);
  });
});
