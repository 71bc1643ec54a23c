import type { Scale } from 'chart.js';

import type { ChartColours } from './chart-colours';
import { formatDayNumber, timeAxisTicks } from './measure-words';

/** The text size of chart labels, in the page's font. */
export function chartFont(colours: ChartColours) {
  return { family: colours.fontFamily, size: 12 };
}

/**
 * The x axis every chart over time shares: days as numbers, a little room either side (more
 * for a single point), and ticks at readable dates within the data's span.
 */
export function timeAxis(days: readonly number[], colours: ChartColours) {
  const margin = days.length === 1 ? 14 : 3;
  return {
    type: 'linear' as const,
    min: Math.min(...days) - margin,
    max: Math.max(...days) + margin,
    grid: { color: colours.grid },
    border: { color: colours.grid },
    afterBuildTicks: (axis: Scale) => {
      axis.ticks = timeAxisTicks(axis.min, axis.max, days).map((value) => ({ value }));
    },
    ticks: {
      color: colours.quietText,
      font: chartFont(colours),
      autoSkip: true,
      callback: (value: string | number) => formatDayNumber(Number(value)),
    },
  };
}
