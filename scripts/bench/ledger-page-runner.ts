/** Runs the ledger page benchmark (scripts/bench/ledger-page.ts) in a fresh profile with the built extension. */
import { launchExtension, serveFixtures } from '../../tests/e2e/harness';
import type { BenchRow } from './types';

export async function runLedgerPageBench(): Promise<BenchRow[]> {
  const server = await serveFixtures();
  const session = await launchExtension();
  try {
    const { runInExtension } = (await import('./ledger-page')) as {
      runInExtension(s: typeof session, f: typeof server): Promise<BenchRow[]>;
    };
    return await runInExtension(session, server);
  } finally {
    await session.close();
    await server.close();
  }
}
