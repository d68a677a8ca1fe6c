/**
 * The most common Chinese surnames (about 85% of the population between them). data:augment
 * splits training persons into surname + given name with them to build new names; ingest
 * accepts an unlabelled byline ("（常书香 马丹阳）") only when its names start with one.
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文',
];

export const SURNAMES: readonly string[] = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高',
  '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁',
  '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔',
  '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦',
  '邱', '江', '尹', '薛', '闫', '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵',
  '万', '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤', '常', '温', '康', '施', '文', '牛', '樊', '葛',
  '邢', '安', '齐', '易', '乔', '伍', '庞', '颜', '倪', '庄', '聂', '章', '鲁', '岳', '翟', '殷', '詹', '申',
];

/** The listed surname a string starts with (a compound one first), or null. */
export function surnameOf(name: string): string | null {
  return COMPOUND_SURNAMES.find((c) => name.startsWith(c)) ?? (SURNAMES.includes(name[0] ?? '') ? name[0]! : null);
}

export function startsWithSurname(name: string): boolean {
  return surnameOf(name) !== null;
}
