import type { TraditionalConverter } from './traditional';
import { compileConfig, type ConversionConfig } from './opencc-compiled';

interface OpenccModule {
  Locale: { configs: Record<string, ConversionConfig> };
}

/**
 * The converter the whole product uses: Hong Kong and Taiwan forms to
 * mainland Simplified, by opencc-js's `hk2s` and `tw2s` configs (what
 * `Converter({ from: 'hk' | 'tw', to: 'cn' })` runs), compiled for speed:
 * same dictionaries, same output (opencc-compiled.ts).
 */
export function createTraditionalConverter(opencc: OpenccModule): TraditionalConverter {
  const { hk2s, tw2s } = opencc.Locale.configs;
  if (!hk2s || !tw2s) throw new Error('opencc-js has no hk2s/tw2s configs');
  const fromHongKong = compileConfig(hk2s);
  const fromTaiwan = compileConfig(tw2s);
  return (text: string) => fromTaiwan(fromHongKong(text));
}
