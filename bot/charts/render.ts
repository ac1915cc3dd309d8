import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Attachment, Reply } from '../core/message';
import type { Logger } from '../logger';
import type { ChartOption } from './index';

/**
 * Server-side rendering of the shared chart definitions to PNG, for messengers that show images.
 * ECharts draws the option to SVG without a DOM; resvg rasterises the SVG with Noto Sans SC (OFL, from the
 * `@embedpdf/fonts-sc` package) so Chinese labels come out right on any machine, fonts installed or not.
 * Both libraries are loaded on the first chart only: a start that never draws one does not pay for them.
 */

export interface RenderSize {
  width: number;
  height: number;
}

const DEFAULT_SIZE: RenderSize = { width: 800, height: 480 };
/** Rendered at twice the CSS size so the image stays sharp on phone screens. */
const PIXEL_RATIO = 2;
/** The family name inside the font files; the SVG asks for `sans-serif`, which resvg maps to it. */
const FONT_FAMILY = 'Noto Sans S Chinese';

interface Renderer {
  toSvg(option: ChartOption, size: RenderSize): string;
  toPng(svg: string, size: RenderSize): Buffer;
}

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const [echarts, { Resvg }] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
    const fontFiles = fontPaths();
    return {
      toSvg(option, size) {
        const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
        try {
          chart.setOption({ backgroundColor: '#ffffff', textStyle: { fontFamily: FONT_FAMILY }, ...option, animation: false });
          return chart.renderToSVGString();
        } finally {
          chart.dispose();
        }
      },
      toPng(svg, size) {
        const resvg = new Resvg(svg, {
          fitTo: { mode: 'width', value: size.width * PIXEL_RATIO },
          background: '#ffffff',
          font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
        });
        return resvg.render().asPng();
      },
    };
  })();
  // A failed load (a missing package) is reported to this caller and tried again by the next.
  renderer.catch(() => (renderer = undefined));
  return renderer;
}

function fontPaths(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return [join(dir, 'NotoSansHans-Regular.otf'), join(dir, 'NotoSansHans-Bold.otf')];
}

/** The chart as SVG markup (Chinese text as text, in the CJK font's family). */
export async function renderChartSvg(option: ChartOption, size: RenderSize = DEFAULT_SIZE): Promise<string> {
  return (await loadRenderer()).toSvg(option, size);
}

/** The chart as a PNG image, `size` in CSS pixels (the image has twice as many). */
export async function renderChartPng(option: ChartOption, size: RenderSize = DEFAULT_SIZE): Promise<Buffer> {
  const r = await loadRenderer();
  return r.toPng(r.toSvg(option, size), size);
}

/**
 * A text reply with the chart attached as a PNG. The text says everything the chart shows (platforms without
 * images send only the text), so a chart that cannot be drawn is logged and the reply goes out without it.
 */
export async function withChart(text: string, option: ChartOption, filename: string, log?: Pick<Logger, 'warn'>): Promise<Reply> {
  try {
    return { text, attachment: { filename, mimeType: 'image/png', content: await renderChartPng(option) } };
  } catch (error) {
    log?.warn({ err: error }, `chart ${filename} not drawn`);
    return { text };
  }
}

/** Whether an attachment is an image a messenger should show as a picture rather than as a file. */
export const isImageAttachment = (attachment: Attachment) => attachment.mimeType.startsWith('image/');
