/**
 * Syndication as portals do it, for measuring near-duplicate detection: from one story's
 * clean text, the copies a portal makes (another header, footer and source line, an editor
 * credit, a trimmed last paragraph, inserted ads, full-width/half-width punctuation, a changed
 * title line), and pairs that must stay apart: distinct stories wrapped in the same long
 * boilerplate, and template reports (weather, markets) that differ only in their facts.
 * Deterministic for a seed. Only text passed in is used; nothing here is copied from data.
 */
import { seededRandom } from '../../scaffold/seeded-random.js';

export interface Story {
  /** The story this text is a copy of (copies of one story are duplicates of each other). */
  story: string;
  variant: string;
  text: string;
}

const rng = seededRandom;

const PORTALS = ['东岸新闻网', '城南在线', '江北资讯', '南岭门户', '西湖时讯网', '北辰网', '滨海热线', '云岭视界'];
const EDITORS = ['王明', '李晓', '张悦', '陈诚', '刘洋', '赵倩'];
const ADS = [
  '【广告】扫码下载客户端，领取新人红包',
  '点击关注，获取更多精彩资讯',
  '相关阅读：本周热点新闻回顾',
  '本站声明：转载请注明出处',
];
const HALF_TO_FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const FULL_TO_HALF = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

const paragraphs = (text: string): string[] => text.split('\n').filter((p) => p.trim() !== '');

function swapWidths(text: string, toHalf: boolean): string {
  const map = toHalf ? FULL_TO_HALF : HALF_TO_FULL;
  return [...text].map((c) => map[c] ?? c).join('');
}

/** The copies of one story a portal would publish. */
export function portalCopies(story: string, text: string, seed: number): Story[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const paras = paragraphs(text);
  const out: Story[] = [{ story, variant: 'original', text }];
  const source = () => `来源：${pick(PORTALS)}`;
  out.push({
    story,
    variant: 'header-footer',
    text: [`${pick(PORTALS)}讯`, ...paras, source(), `（责任编辑：${pick(EDITORS)}）`].join('\n'),
  });
  out.push({ story, variant: 'editor-credit', text: [...paras, `编辑：${pick(EDITORS)} 审核：${pick(EDITORS)}`].join('\n') });
  if (paras.length >= 4) out.push({ story, variant: 'trimmed-last', text: paras.slice(0, -1).join('\n') });
  const withAds = [...paras];
  for (let i = 0; i < Math.min(3, Math.floor(paras.length / 3)); i++)
    withAds.splice(1 + Math.floor(r() * (withAds.length - 1)), 0, pick(ADS));
  out.push({ story, variant: 'ads', text: withAds.join('\n') });
  out.push({ story, variant: 'half-width', text: swapWidths(text, true) });
  out.push({ story, variant: 'new-title', text: [`转载｜${paras[0]?.slice(0, 12) ?? ''}……`, ...paras].join('\n') });
  return out;
}

/** Distinct stories inside the same long boilerplate (a portal's fixed header and footer). */
export function sharedBoilerplate(stories: { story: string; text: string }[], seed: number): Story[] {
  const r = rng(seed);
  const header = Array.from(
    { length: 6 },
    (_, i) => `${PORTALS[i]!}首页 新闻 财经 体育 娱乐 科技 汽车 房产 教育 健康 旅游 图片 视频 专题`,
  ).join('\n');
  const footer = `关于我们 联系我们 广告服务 版权声明 网站地图\n${PORTALS[Math.floor(r() * PORTALS.length)]!}版权所有 未经授权禁止转载 举报电话 违法和不良信息举报`;
  return stories.map((s) => ({ story: s.story, variant: 'boilerplate', text: `${header}\n${s.text}\n${footer}` }));
}

const CITIES = ['青川', '临江', '白石', '东湖', '南屿', '北原', '西岭', '安澜', '启明', '长汀', '云溪', '望海'];
const WEATHER = ['晴', '多云', '阴', '小雨', '阵雨', '雷阵雨', '小雪', '雾'];
const WINDS = ['北风', '南风', '东风', '西风', '东北风', '西南风'];

/** Reports written on one template, each a distinct story: they share the words but not the facts. */
export function templateReports(n: number, seed: number): Story[] {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: Story[] = [];
  for (let i = 0; i < n; i++) {
    const city = CITIES[i % CITIES.length]!;
    const lines: string[] = [];
    for (let d = 0; d < 3; d++) {
      lines.push(
        `${['今天', '明天', '后天'][d]}${city}${WEATHER[int(0, WEATHER.length - 1)]}转${WEATHER[int(0, WEATHER.length - 1)]}，最高气温${int(5, 35)}℃，最低气温${int(-5, 20)}℃，${WINDS[int(0, WINDS.length - 1)]}${int(1, 4)}到${int(3, 6)}级，相对湿度${int(20, 95)}%。`,
      );
    }
    lines.push(
      `${city}市气象台${int(1, 12)}月${int(1, 28)}日${int(5, 18)}时发布：未来三天以${WEATHER[int(0, WEATHER.length - 1)]}天气为主，请市民注意${['防暑', '保暖', '防雨', '出行安全'][int(0, 3)]}。`,
    );
    out.push({ story: `weather-${i}`, variant: 'template', text: lines.join('\n') });
    const index = (int(2800, 3600) + r()).toFixed(2);
    out.push({
      story: `market-${i}`,
      variant: 'template',
      text: [
        `${int(1, 12)}月${int(1, 28)}日，沪指${r() > 0.5 ? '上涨' : '下跌'}${(r() * 3).toFixed(2)}%，收报${index}点；深成指${r() > 0.5 ? '上涨' : '下跌'}${(r() * 3).toFixed(2)}%，收报${(int(9000, 12000) + r()).toFixed(2)}点。`,
        `两市成交额${int(6000, 12000)}亿元，北向资金净${r() > 0.5 ? '流入' : '流出'}${(r() * 90).toFixed(2)}亿元。板块方面，${['半导体', '白酒', '光伏', '银行', '券商', '医药'][int(0, 5)]}板块领涨，${['地产', '煤炭', '军工', '传媒', '汽车', '电力'][int(0, 5)]}板块领跌。`,
        `个股方面，${int(1000, 4000)}只个股上涨，${int(800, 3500)}只个股下跌，${int(20, 120)}只个股涨停。`,
      ].join('\n'),
    });
  }
  return out;
}
