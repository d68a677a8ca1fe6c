/**
 * What tells a Traditional page's region, for the conversion's vocabulary (Taiwan's phrases)
 * and the Republic of China calendar (民國110年 = 2021): the site's domain first, then words
 * only one side writes. One entry per line.
 */
export const TAIWAN_HOSTS: readonly string[] = ['.tw'];
export const HONG_KONG_HOSTS: readonly string[] = ['.hk', '.mo'];

export const TAIWAN_WORDS: readonly string[] = [
  '臺灣',
  '台灣',
  '臺北',
  '新北',
  '臺中',
  '台中',
  '高雄',
  '中央社',
  '民國',
  '新臺幣',
  '新台幣',
  '行政院',
  '立法院',
  '縣長',
  '國民黨',
  '民進黨',
];
export const HONG_KONG_WORDS: readonly string[] = [
  '香港',
  '本港',
  '港元',
  '港幣',
  '特區政府',
  '立法會',
  '九龍',
  '新界',
  '澳門',
  '澳門元',
  '港鐵',
  '特首',
];
