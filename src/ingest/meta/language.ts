/**
 * The text's language as a BCP 47 primary tag. The script of the extracted text decides
 * first (a template's lang="en" on a Chinese page is common); the declaration breaks ties.
 */
export function detectLanguage(text: string, declared: string | null): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let han = 0,
    kana = 0,
    hangul = 0,
    latin = 0,
    cyr = 0,
    arabic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
  }
  const decl = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (kana > 0 && kana * 5 > han) return 'ja';
  if (hangul > han && hangul > latin / 4) return 'ko';
  // One Han character carries about as much as a four-letter word.
  if (han * 4 > latin && han > 0) return 'zh';
  if (cyr > latin) return decl && decl !== 'en' ? decl : 'ru';
  if (arabic > latin) return decl && decl !== 'en' ? decl : 'ar';
  if (latin > 0) return decl && /^[a-z]{2,3}$/.test(decl) && decl !== 'zh' ? decl : 'en';
  return decl && /^[a-z]{2,3}$/.test(decl) ? decl : 'zh';
}
