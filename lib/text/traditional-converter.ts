import type { TraditionalConverter } from './traditional';

interface OpenccModule {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

/**
 * The converter the whole product uses: Hong Kong and Taiwan forms to
 * mainland Simplified (opencc-js `t2cn` presets).
 */
export function createTraditionalConverter(opencc: OpenccModule): TraditionalConverter {
  const fromHongKong = opencc.Converter({ from: 'hk', to: 'cn' });
  const fromTaiwan = opencc.Converter({ from: 'tw', to: 'cn' });
  return (text: string) => fromTaiwan(fromHongKong(text));
}
