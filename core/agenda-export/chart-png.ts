/**
 * SVG → PNG for the formats that embed images (DOCX, ODT, PDF), with resvg
 * compiled to WebAssembly: no native module, no browser, same pixels on every
 * machine. The wasm module is loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { DocChart } from '../../api/index.ts';
import { CHART_SIZE, chartSvg } from './chart-svg.ts';
import { fontBuffers, shippedFile } from './fonts.ts';

let ready: Promise<void> | null = null;

function ensureWasm(): Promise<void> {
  ready ??= initWasm(readFileSync(shippedFile('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/** Twice the layout size, so the image stays sharp in print. */
export const PNG_SCALE = 2;

/**
 * The last charts drawn, by their SVG: exporting the same agenda in a second
 * format (the usual case) draws nothing again. Small and bounded.
 */
const drawn = new Map<string, Uint8Array>();
const DRAWN_MAX = 48;

export async function chartPng(chart: DocChart, lang: 'de' | 'en'): Promise<Uint8Array> {
  const svg = chartSvg(chart, lang);
  const cached = drawn.get(svg);
  if (cached) return cached;
  const png = await drawPng(svg);
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value as string);
  drawn.set(svg, png);
  return png;
}

async function drawPng(svg: string): Promise<Uint8Array> {
  await ensureWasm();
  const fonts = fontBuffers();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_SIZE.width * PNG_SCALE },
    font: { fontBuffers: [fonts.regular, fonts.bold], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  try {
    const image = resvg.render();
    const png = rgbPng(image.pixels, image.width, image.height);
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * resvg answers RGBA; an RGB PNG (the chart is opaque, drawn on white) is
 * smaller and pdfkit embeds it as it is, where an alpha channel would make it
 * decode and split every pixel in JavaScript (about 100 ms per chart).
 */
export function rgbPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, o = 0, i = 0; y < height; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < width; x++, i += 4) {
      const a = rgba[i + 3] as number;
      if (a === 255) {
        raw[o++] = rgba[i] as number;
        raw[o++] = rgba[i + 1] as number;
        raw[o++] = rgba[i + 2] as number;
      } else {
        // Composite on white: the page behind the chart.
        const k = a / 255;
        raw[o++] = Math.round((rgba[i] as number) * k + 255 * (1 - k));
        raw[o++] = Math.round((rgba[i + 1] as number) * k + 255 * (1 - k));
        raw[o++] = Math.round((rgba[i + 2] as number) * k + 255 * (1 - k));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 4 })), chunk('IEND', new Uint8Array(0))]));
}

/** Every chart of a document drawn once, in order of appearance (shared by the image formats). */
export async function chartImages(charts: DocChart[], lang: 'de' | 'en', onDrawn: (done: number) => void = () => {}): Promise<Map<DocChart, Uint8Array>> {
  const images = new Map<DocChart, Uint8Array>();
  for (const chart of charts) {
    images.set(chart, await chartPng(chart, lang));
    onDrawn(images.size);
  }
  return images;
}
