/**
 * A chart as an image that looks the same outside the app: the drawn SVG copied with every colour, line
 * and font written onto its elements as attributes (no style sheet needed), framed by the chart's title, basis, legend
 * and a source line. Every string put into the image is XML-escaped; text from the page is copied as text
 * nodes, never parsed as markup. Loaded only when someone downloads a chart.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the copy keeps of each element's computed style. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const PAD = 16;
const INK = '#0b0c0c';
const QUIET_INK = '#505a5f';

export type ChartImageText = { title: string; basis: string; source: string; fontFamily: string };

/** One entry of the legend: its swatch as SVG markup made by the browser, and the series name. */
export type LegendEntry = { swatch: string; name: string };

export type ChartImage = { svg: string; width: number; height: number };

/** Text made safe inside SVG markup, in an element or an attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Width of a string in a font, in pixels. */
export type Measure = (text: string, font: string) => number;

/** An estimate where no canvas can measure: about half an em a character. */
export const estimateWidth: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 14);
  return text.length * size * 0.55;
};

/** Words laid into lines no wider than `width`; a word longer than a line has one to itself. */
export function wrapText(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

type Block = { lines: string[]; size: number; weight: number; colour: string; lineHeight: number };

function textBlock(block: Block, y: number, fontFamily: string): string {
  return block.lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + block.lineHeight * (i + 1) - block.lineHeight * 0.3}" font-family="${escapeXml(fontFamily)}" font-size="${block.size}" font-weight="${block.weight}" fill="${block.colour}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/**
 * The whole image: title, basis, the plot (SVG markup made by the browser from the app's own chart), the
 * legend and the source line, on white.
 */
export function composeChartSvg(
  plot: { svg: string; width: number; height: number },
  legend: readonly LegendEntry[],
  text: ChartImageText,
  measure: Measure = estimateWidth,
): ChartImage {
  const width = Math.max(Math.round(plot.width), 320) + PAD * 2;
  const inner = width - PAD * 2;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${text.fontFamily}`;
  const title: Block = {
    lines: wrapText(text.title, inner, font(18, 700), measure),
    size: 18,
    weight: 700,
    colour: INK,
    lineHeight: 24,
  };
  const basis: Block = {
    lines: wrapText(text.basis, inner, font(14), measure),
    size: 14,
    weight: 400,
    colour: QUIET_INK,
    lineHeight: 20,
  };
  const source: Block = {
    lines: wrapText(text.source, inner, font(12), measure),
    size: 12,
    weight: 400,
    colour: QUIET_INK,
    lineHeight: 18,
  };
  const parts: string[] = [];
  let y = PAD;
  parts.push(textBlock(title, y, text.fontFamily));
  y += title.lines.length * title.lineHeight;
  parts.push(textBlock(basis, y, text.fontFamily));
  y += basis.lines.length * basis.lineHeight + 8;
  parts.push(`<g transform="translate(${PAD} ${y})">${plot.svg}</g>`);
  y += Math.round(plot.height) + 8;

  // The legend flows in rows: a 32 × 16 swatch, the name, a gap.
  let x = 0;
  let rows = legend.length > 0 ? 1 : 0;
  for (const entry of legend) {
    const itemWidth = 32 + 6 + measure(entry.name, font(13)) + 20;
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      rows += 1;
    }
    const top = y + (rows - 1) * 22;
    parts.push(
      `<g transform="translate(${PAD + x} ${top})">${entry.swatch}<text x="38" y="13" font-family="${escapeXml(text.fontFamily)}" font-size="13" fill="${INK}">${escapeXml(entry.name)}</text></g>`,
    );
    x += itemWidth;
  }
  y += rows * 22 + (rows > 0 ? 8 : 0);
  parts.push(textBlock(source, y, text.fontFamily));
  y += source.lines.length * source.lineHeight + PAD;

  const height = Math.ceil(y);
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/**
 * Writes each element's computed look onto its copy as presentation attributes (not a style attribute,
 * which the app's content security policy forbids), so no style sheet is needed to draw it.
 */
function inlineStyles(original: Element, copy: Element): void {
  if (original.tagName.toLowerCase() === 'defs') return;
  const computed = getComputedStyle(original);
  for (const name of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value !== '') copy.setAttribute(name, value);
  }
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  const originals = original.children;
  const copies = copy.children;
  for (let i = 0; i < originals.length && i < copies.length; i += 1) {
    const a = originals[i];
    const b = copies[i];
    if (a && b) inlineStyles(a, b);
  }
}

/** Drops anything that could run or fetch: scripts, foreign objects, handlers and outside links. */
function strip(root: Element): void {
  for (const element of [...root.querySelectorAll('script, foreignObject, a, image, use')]) {
    if (element.tagName.toLowerCase() === 'use') {
      const target = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '';
      if (target.startsWith('#')) continue;
    }
    element.remove();
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'tabindex' || name === 'role') {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

function serialise(original: SVGSVGElement, size?: { width: number; height: number }): string {
  const copy = original.cloneNode(true) as SVGSVGElement;
  inlineStyles(original, copy);
  strip(copy);
  copy.setAttribute('xmlns', SVG_NS);
  if (size) {
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
  }
  return new XMLSerializer().serializeToString(copy);
}

/** A canvas measures text as the browser draws it; an estimate where there is none. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** The image of the chart drawn inside `figure` (a ChartFigure), with its title, basis and source. */
export function chartImage(
  figure: HTMLElement,
  text: Omit<ChartImageText, 'fontFamily'>,
): ChartImage {
  const plot = figure.querySelector<SVGSVGElement>('.chart svg.recharts-surface, .chart svg');
  if (!plot) throw new Error('The chart has not been drawn yet.');
  const box = plot.getBoundingClientRect();
  const size = { width: Math.round(box.width), height: Math.round(box.height) };
  const legend = [...figure.querySelectorAll('.chart-legend li')].flatMap((item) => {
    const swatch = item.querySelector('svg');
    return swatch ? [{ swatch: serialise(swatch), name: item.textContent.trim() }] : [];
  });
  const fontFamily = getComputedStyle(figure).fontFamily || 'sans-serif';
  return composeChartSvg(
    { svg: serialise(plot, size), ...size },
    legend,
    { ...text, fontFamily },
    canvasMeasure(),
  );
}

/** The image drawn on a canvas at twice its size, as PNG. */
export async function chartPng(image: ChartImage): Promise<Blob> {
  const picture = new Image();
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await picture.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.scale(2, 2);
  context.drawImage(picture, 0, 0, image.width, image.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('This browser could not make the PNG.'));
    }, 'image/png');
  });
}
