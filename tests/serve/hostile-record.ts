/**
 * A hostile article for the viewer: markup and `javascript:` URLs in its title, URL, text and
 * entity texts, each of which would set `window.__pwned` or open a dialog if the viewer ever
 * let it run. The pipeline makes the record (and strips tags from the body, as it should); the
 * tail added afterwards puts raw markup back into the text and into an entity, which a store can
 * hold when records come from elsewhere.
 */
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import type { NewsRecord } from '../../src/record/schema.js';

const BODY = `腾讯控股公布业绩
2024-03-15 10:00

深圳市腾讯计算机系统有限公司今天表示，公司将投入人民币2.5亿元建设𠀋数据中心。阿里巴巴集团与华为技术有限公司也参与合作。点击 javascript:alert(1) 查看详情。
`;

/** An entity text with markup, white space and a character outside the BMP. */
export const HOSTILE_ENTITY = `<img src=x onerror="window.__pwned='entity';alert('entity')"> 𠀋有限公司`;

const TAIL = `\n<script>window.__pwned='text';alert('text')</script> 与 `;
const TAIL_END = ` 合作，详见 javascript:alert(document.cookie) 与 <a href="javascript:alert('a')">链接</a>。`;

export async function hostileRecord(pipeline: Pipeline): Promise<NewsRecord> {
  const r = await pipeline.process({
    bytes: Buffer.from(BODY),
    kind: 'text',
    uri: 'hostile.txt',
    url: `javascript:alert('url')//<script>window.__pwned='url'</script>`,
    title: `<img src=x onerror="window.__pwned='title';alert('title')"><script>alert('title')</script>恶意标题`,
  });
  const start = r.text.length + TAIL.length;
  const end = start + HOSTILE_ENTITY.length;
  return {
    ...r,
    text: `${r.text}${TAIL}${HOSTILE_ENTITY}${TAIL_END}`,
    entities: [...r.entities, { type: 'ORG', text: HOSTILE_ENTITY, start, end, score: 0.99, source: 'model' }],
    organizations: [...r.organizations, { name: HOSTILE_ENTITY, aliases: [], mentions: 1, spans: [[start, end]] }],
  };
}
