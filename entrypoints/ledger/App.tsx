import { LedgerPage } from '../../components/ledger/LedgerPage';
import { LedgerController } from '../../components/ledger/controller';

const controller = new LedgerController();

export function App() {
  return <LedgerPage controller={controller} />;
}
