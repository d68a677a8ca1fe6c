import { createJiebaSegmenter } from './jieba.js';
import type { Segmenter } from './segmenter.js';

export type { Segmenter } from './segmenter.js';
export { createJiebaSegmenter } from './jieba.js';

export const SEGMENTERS = ['jieba'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];

export function createSegmenter(name: SegmenterName = 'jieba'): Segmenter {
  switch (name) {
    case 'jieba':
      return createJiebaSegmenter();
  }
}
