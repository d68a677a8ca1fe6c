/** Words that tell a plant built or run as a project from a plant acting as a business (facilities.ts). */

/** Endings of a plant's name: power, water and sewage plants. */
export const PLANT_ENDINGS: readonly string[] = ['电厂', '电站', '水厂', '处理厂'];

/** Verbs of building or paying for a plant, shortly before its name (建造的广东沙角B电厂). */
export const BUILT_BEFORE: readonly string[] = ['建设', '建成', '兴建', '修建', '建造', '扩建', '新建', '筹建', '援建', '承建', '投资'];

/** What a plant's project or its works have, right after its name (…电厂的项目融资, …电站工程, …一期). */
export const PROJECT_AFTER: readonly string[] = ['项目', '工程', '一期', '二期', '三期', '机组', '建成', '竣工', '开工', '投产'];

/** What a business says or has, right after a plant's name: its people and its statements (…发电厂的人士坦承). */
export const PLANT_ACTING_AFTER: readonly string[] = [
  '人士',
  '职工',
  '员工',
  '工人',
  '厂长',
  '站长',
  '负责人',
  '领导',
  '党委',
  '工会',
  '表示',
  '称',
  '宣布',
  '发布',
];
