/**
 * The preview's stand-in for the hosts' native charts: small SVG drawings of the chart requests
 * the writer made (ChartRequest), from the very cells of the output sheet, so the preview shows
 * what Excel and Sheets will draw. Pareto: share columns with the cumulative line on a 0–100 %
 * scale; matrix: clients per ABC class stacked by X, Y, Z. Labels are set with textContent.
 */
import type { MemorySheet } from '../memoryWorkbook';
import type { ChartRequest } from '../port';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 360;
const HEIGHT = 200;
const PAD = { left: 34, right: 10, top: 24, bottom: 26 };
const SERIES_COLOURS = ['#4472C4', '#ED7D31', '#A5A5A5'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function dataOf(sheet: MemorySheet, chart: ChartRequest): { labels: string[]; series: number[][]; names: string[] } {
  const { row, column, rows, columns } = chart.data;
  const cell = (r: number, c: number) => sheet.cells[r]?.[c]?.value;
  const names = Array.from({ length: columns - 1 }, (_, c) => String(cell(row, column + 1 + c) ?? ''));
  const labels: string[] = [];
  const series: number[][] = names.map(() => []);
  for (let r = row + 1; r < row + rows; r++) {
    labels.push(String(cell(r, column) ?? ''));
    names.forEach((_, c) => {
      const value = cell(r, column + 1 + c);
      series[c].push(typeof value === 'number' ? value : 0);
    });
  }
  return { labels, series, names };
}

export function chartSvg(sheet: MemorySheet, chart: ChartRequest): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', class: 'pv-chart', 'data-chart': chart.kind });
  root.appendChild(svg('title', {}, chart.title));
  root.appendChild(svg('text', { x: WIDTH / 2, y: 15, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700 }, chart.title));
  const { labels, series, names } = dataOf(sheet, chart);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(labels.length, 1);
  const y = (value: number, max: number) => PAD.top + plotHeight * (1 - value / (max || 1));
  root.appendChild(svg('line', { x1: PAD.left, y1: PAD.top + plotHeight, x2: WIDTH - PAD.right, y2: PAD.top + plotHeight, stroke: '#999' }));
  if (chart.kind === 'pareto') {
    const max = 1;
    series[0].forEach((value, i) => root.appendChild(svg('rect', {
      x: PAD.left + i * slot + slot * 0.15, y: y(value, max), width: slot * 0.7, height: PAD.top + plotHeight - y(value, max), fill: SERIES_COLOURS[0],
    })));
    const points = series[1].map((value, i) => `${PAD.left + i * slot + slot / 2},${y(value, max)}`).join(' ');
    root.appendChild(svg('polyline', { points, fill: 'none', stroke: SERIES_COLOURS[1], 'stroke-width': 2 }));
    for (const tick of [0, 0.5, 0.8, 1]) {
      root.appendChild(svg('text', { x: PAD.left - 4, y: y(tick, max) + 4, 'text-anchor': 'end', 'font-size': 9 }, `${tick * 100}%`));
    }
  } else if (chart.kind === 'holdout') {
    // Side by side: made, then predicted, per bin.
    const max = Math.max(1e-9, ...series.flat());
    labels.forEach((label, i) => {
      series.forEach((values, s) => root.appendChild(svg('rect', {
        x: PAD.left + i * slot + slot * (0.15 + 0.35 * s), y: y(values[i], max), width: slot * 0.35, height: PAD.top + plotHeight - y(values[i], max), fill: SERIES_COLOURS[s % 3],
      })));
      root.appendChild(svg('text', { x: PAD.left + i * slot + slot / 2, y: HEIGHT - 10, 'text-anchor': 'middle', 'font-size': 11 }, label));
    });
    names.forEach((name, s) => {
      root.appendChild(svg('rect', { x: PAD.left + 10, y: PAD.top + 4 + s * 14, width: 8, height: 8, fill: SERIES_COLOURS[s % 3] }));
      root.appendChild(svg('text', { x: PAD.left + 22, y: PAD.top + 12 + s * 14, 'font-size': 9 }, name));
    });
    root.appendChild(svg('text', { x: PAD.left - 4, y: y(max, max) + 4, 'text-anchor': 'end', 'font-size': 9 }, max.toFixed(1)));
  } else {
    const totals = labels.map((_, i) => series.reduce((sum, values) => sum + values[i], 0));
    const max = Math.max(1, ...totals);
    labels.forEach((label, i) => {
      let base = 0;
      series.forEach((values, s) => {
        const top = base + values[i];
        root.appendChild(svg('rect', {
          x: PAD.left + i * slot + slot * 0.25, y: y(top, max), width: slot * 0.5, height: y(base, max) - y(top, max), fill: SERIES_COLOURS[s % 3],
        }));
        base = top;
      });
      root.appendChild(svg('text', { x: PAD.left + i * slot + slot / 2, y: HEIGHT - 10, 'text-anchor': 'middle', 'font-size': 11 }, label));
    });
    names.forEach((name, s) => {
      root.appendChild(svg('rect', { x: WIDTH - 70 + s * 20, y: 20, width: 8, height: 8, fill: SERIES_COLOURS[s % 3] }));
      root.appendChild(svg('text', { x: WIDTH - 60 + s * 20, y: 28, 'font-size': 9 }, name));
    });
    root.appendChild(svg('text', { x: PAD.left - 4, y: y(max, max) + 4, 'text-anchor': 'end', 'font-size': 9 }, String(max)));
  }
  return root;
}
