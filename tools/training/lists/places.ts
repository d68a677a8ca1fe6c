/**
 * Administrative units ending place names. An organisation's remainder that starts with one, after
 * a leading place, still belongs to that place's name ("黄骅" + "市中医院"): data:augment does not
 * reuse such remainders after another place.
 */
export const ADMIN_UNITS: readonly string[] = ['省', '市', '县', '区', '州', '镇', '乡', '村', '旗', '盟'];

/**
 * Generic endings of Chinese place names: administrative units, then landforms and streets.
 * data:augment splits training places on them ("临汾" + "县") and joins a name to another
 * place's ending to make places nobody trained on. Single characters only, so that the name
 * part stays a name ("长江" ends in 江, "江苏省" in 省).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  ...ADMIN_UNITS,
  '岛',
  '山',
  '河',
  '江',
  '湖',
  '港',
  '湾',
  '峡',
  '岭',
  '路',
  '街',
  '庄',
  '屯',
];
