// Charts draw on a canvas, which cannot read CSS custom properties. The theme's colours are
// written with light-dark(), so they are resolved through a probe element's computed colour
// at draw time: whatever scheme the page is in, the chart follows it.

/** The theme colours a chart is drawn in, resolved to rgb(). */
export interface ChartColours {
  /** The data line and its points. */
  readonly line: string;
  /** The surface behind the chart, for point outlines. */
  readonly surface: string;
  readonly text: string;
  readonly quietText: string;
  readonly grid: string;
  /** A reference line, such as the GAS T-score of 50. */
  readonly reference: string;
  /** A soft tint for a severity band, `step` of `steps` (0 is the lightest). */
  bandTint(step: number, steps: number): string;
  /** The page's font family, so chart text matches the rest. */
  readonly fontFamily: string;
}

/** The lightest and strongest band tints: soft enough that the line always reads first. */
const lightestTint = 0.05;
const strongestTint = 0.22;

/** Reads the Material theme's colours as they apply inside `host` now. */
export function readChartColours(host: HTMLElement): ChartColours {
  const view = host.ownerDocument.defaultView;
  const probe = host.ownerDocument.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  const resolve = (token: string, fallback: string) => {
    // CSSOM, not a style attribute in markup: allowed by a CSP without 'unsafe-inline'.
    probe.style.color = `var(${token}, ${fallback})`;
    return view?.getComputedStyle(probe).color || fallback;
  };
  const tintBase = resolve('--mat-sys-tertiary', 'rgb(76, 124, 174)');
  const colours: ChartColours = {
    line: resolve('--mat-sys-primary', 'rgb(38, 104, 100)'),
    surface: resolve('--mat-sys-surface', 'rgb(255, 255, 255)'),
    text: resolve('--mat-sys-on-surface', 'rgb(25, 28, 27)'),
    quietText: resolve('--mat-sys-on-surface-variant', 'rgb(63, 73, 71)'),
    grid: resolve('--mat-sys-outline-variant', 'rgb(190, 201, 198)'),
    reference: resolve('--mat-sys-outline', 'rgb(111, 121, 119)'),
    bandTint: (step, steps) =>
      withAlpha(
        tintBase,
        lightestTint + ((strongestTint - lightestTint) * step) / Math.max(1, steps - 1),
      ),
    fontFamily: (view && view.getComputedStyle(host).fontFamily) || 'Roboto, sans-serif',
  };
  probe.remove();
  return colours;
}

/** An rgb() colour with an alpha; other notations are returned as they are. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (!match) return colour;
  const [, red, green, blue] = match;
  return `rgba(${red}, ${green}, ${blue}, ${alpha.toFixed(3)})`;
}
