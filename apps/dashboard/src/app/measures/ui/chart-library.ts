import { InjectionToken } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';

/** A chart on a canvas, as the components need it. */
export interface DrawnChart {
  destroy(): void;
}

/** Draws line charts; Chart.js in the browser, a stand-in in specs. */
export interface ChartLibrary {
  drawLineChart(canvas: HTMLCanvasElement, configuration: ChartConfiguration<'line'>): DrawnChart;
}

let loading: Promise<ChartLibrary> | null = null;

/**
 * Loads Chart.js the first time a chart is drawn, so it is its own lazy chunk and never in
 * the initial bundle. Only the pieces a line chart on linear axes needs are registered.
 * Chart.js draws on a canvas without eval or injected <style> elements (it sets the canvas's
 * size through CSSOM), so it runs under the dashboard's strict Content-Security-Policy.
 */
export function loadChartJs(): Promise<ChartLibrary> {
  loading ??= import('./chart-js-line').then((module) => module.chartJsLibrary);
  // A failed load (offline, a new deployment) is tried again at the next draw.
  loading.catch(() => (loading = null));
  return loading;
}

/** How the charts get their library; specs provide a stand-in that records what was drawn. */
export const CHART_LIBRARY = new InjectionToken<() => Promise<ChartLibrary>>('ChartLibrary', {
  providedIn: 'root',
  factory: () => loadChartJs,
});
