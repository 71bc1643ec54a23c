import { DOCUMENT } from '@angular/common';
import {
  afterRenderEffect,
  DestroyRef,
  inject,
  signal,
  type ElementRef,
  type Signal,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';

import { CHART_LIBRARY, type DrawnChart } from './chart-library';
import { readChartColours, type ChartColours } from './chart-colours';

/**
 * Draws one chart on a component's canvas and keeps it current: again whenever what it shows
 * changes or the system switches between light and dark, with the theme's colours read at
 * draw time. Create it in a component's field initialiser (it needs the injection context).
 */
export class ChartCanvas {
  /** Whether the chart is on the canvas. */
  readonly isDrawn = signal(false);
  /** Whether the chart library could not be loaded; the table says the same in words. */
  readonly hasFailed = signal(false);

  private readonly loadLibrary = inject(CHART_LIBRARY);
  private readonly colourScheme = signal(0);
  private chart: DrawnChart | null = null;
  private drawing = 0;
  private isDestroyed = false;

  constructor(
    canvas: Signal<ElementRef<HTMLCanvasElement> | undefined>,
    configure: (colours: ChartColours) => ChartConfiguration<'line'>,
  ) {
    this.followColourScheme();
    afterRenderEffect(() => {
      this.colourScheme();
      const element = canvas()?.nativeElement;
      if (!element) {
        this.clear();
        return;
      }
      void this.draw(element, configure(readChartColours(element.parentElement ?? element)));
    });
    inject(DestroyRef).onDestroy(() => {
      this.isDestroyed = true;
      this.clear();
    });
  }

  private async draw(
    canvas: HTMLCanvasElement,
    configuration: ChartConfiguration<'line'>,
  ): Promise<void> {
    const drawing = ++this.drawing;
    try {
      const library = await this.loadLibrary();
      // A newer draw started while the library loaded, or the component went away.
      if (drawing !== this.drawing || this.isDestroyed) return;
      this.chart?.destroy();
      this.chart = library.drawLineChart(canvas, configuration);
      this.isDrawn.set(true);
      this.hasFailed.set(false);
    } catch {
      if (drawing === this.drawing) this.hasFailed.set(true);
    }
  }

  private clear(): void {
    this.drawing += 1;
    this.chart?.destroy();
    this.chart = null;
    this.isDrawn.set(false);
  }

  private followColourScheme(): void {
    const media = inject(DOCUMENT).defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    if (!media) return;
    const redraw = () => this.colourScheme.update((count) => count + 1);
    media.addEventListener('change', redraw);
    inject(DestroyRef).onDestroy(() => media.removeEventListener('change', redraw));
  }
}
