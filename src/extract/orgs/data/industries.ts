/**
 * Industry words. A Chinese company's registered name is [place][trade name][industry][legal
 * form] (企业名称登记管理规定), and news shortens it by dropping the form: 长城汽车, 格力电器,
 * 三一重工. Right after a trade name these words are part of the name; alone, or after generic
 * words, they name nothing (see GENERIC_MODIFIERS).
 */
export const INDUSTRY_WORDS: readonly string[] = [
  '汽车',
  '客车',
  '电器',
  '电子',
  '电气',
  '通讯',
  '通信',
  '重工',
  '钢铁',
  '制药',
  '药业',
  '医药',
  '置业',
  '地产',
  '航空',
  '石化',
  '化工',
  '传媒',
  '物流',
  '动力',
  '机械',
  '食品',
  '乳业',
  '啤酒',
  '水务',
  '燃气',
  '能源',
  '科技',
];
