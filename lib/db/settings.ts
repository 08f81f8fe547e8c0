/** Settings: key/value pairs (per-site panel state, enabled sites, forced painter mode…). */
import type { LedgerContext } from './context';
import { guarded } from './errors';
import type { Setting } from './types';
import { parseInput, SettingKeySchema, SettingValueSchema } from './validate';

export class SettingsRepo {
  constructor(private readonly ctx: LedgerContext) {}

  /** The stored value, or `fallback` when the key was never set. */
  async get<T>(key: string, fallback: T): Promise<T> {
    const k = parseInput(SettingKeySchema, key);
    return guarded(async () => {
      const row = await this.ctx.db.settings.get(k);
      return row ? (row.value as T) : fallback;
    });
  }

  /** Stores a JSON-compatible value (plain objects, arrays, strings, finite numbers, booleans, null). */
  async set(key: string, value: unknown): Promise<void> {
    const k = parseInput(SettingKeySchema, key);
    const val = parseInput(SettingValueSchema, value);
    return guarded(async () => {
      await this.ctx.db.settings.put({ key: k, value: val });
    });
  }

  async remove(key: string): Promise<void> {
    const k = parseInput(SettingKeySchema, key);
    return guarded(() => this.ctx.db.settings.delete(k));
  }

  async all(): Promise<Setting[]> {
    return guarded(() => this.ctx.db.settings.toArray());
  }
}
