import type { Provider } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';

import { CHART_LIBRARY, type ChartLibrary } from './chart-library';

/**
 * For specs: stands in for Chart.js (jsdom has no canvas) and records each configuration
 * that would have been drawn, so specs can read what the chart shows.
 */
export function provideRecordingChartLibrary(drawn: ChartConfiguration<'line'>[] = []): Provider {
  const library: ChartLibrary = {
    drawLineChart: (_canvas, configuration) => {
      drawn.push(configuration);
      return { destroy: () => undefined };
    },
  };
  return { provide: CHART_LIBRARY, useValue: () => Promise.resolve(library) };
}
