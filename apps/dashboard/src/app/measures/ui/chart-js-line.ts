import { Chart, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

import type { ChartLibrary } from './chart-library';

// Imported only through the dynamic import() in chart-library.ts, so Chart.js lands in its own
// lazy chunk. Importing the pieces statically here (not destructuring the dynamic import) lets
// the bundler drop every controller, scale and plugin a line chart on linear axes never uses.
Chart.register(LineController, LineElement, LinearScale, PointElement, Tooltip);

/** Chart.js, with what Waypoint's line charts need registered. */
export const chartJsLibrary: ChartLibrary = {
  drawLineChart: (canvas, configuration) => new Chart(canvas, configuration),
};
