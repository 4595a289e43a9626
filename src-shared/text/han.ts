import * as OpenCC from 'opencc-js';

/**
 * Han characters in one form, simplified Chinese, so that the Japanese, traditional and
 * simplified forms of one name match: 王暁燕 (Japanese) = 王曉燕 (traditional) = 王晓燕, 張偉 = 张伟,
 * 臺北 = 台北. The tables are OpenCC's (opencc-js), maintained upstream, not a list of our own.
 * Only for comparing: what is shown stays as it was typed.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

let convert: ((text: string) => string) | null = null;

function converter(): (text: string) => string {
  // Taiwan's and Hong Kong's own variants first, then Japanese shinjitai and traditional forms to simplified.
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const fromJapan = OpenCC.Converter({ from: 'jp', to: 'cn' });
  return (text) => fromJapan(fromHongKong(fromTaiwan(text)));
}

/** The text with every Han character in its simplified Chinese form; text without Han characters is returned as it is. */
export function foldHan(text: string): string {
  if (!HAN.test(text)) return text;
  convert ??= converter();
  return convert(text);
}
