/**
 * A small line chart with a zero line; the caller supplies the text
 * alternative. The plot stretches to its box and the labels are HTML laid
 * over it, so they keep the page's text size on a phone instead of shrinking
 * with the drawing. Optional: `formatX` for the axis ends, `markers` for
 * labelled vertical lines (a break-even month, say).
 */
type Marker = { x: number; label: string; tone?: 'good' | 'bad' | 'neutral' };
type Props = {
	points: { x: number; y: number }[];
	title: string;
	description: string;
	xLabel: string;
	formatY: (value: number) => string;
	formatX?: (value: number) => string;
	markers?: Marker[];
};

const pct = (v: number) => `${v.toFixed(2)}%`;

export function LineChart({ points, title, description, xLabel, formatY, formatX, markers = [] }: Props) {
	if (points.length < 2) return null;
	const width = 640;
	const height = 220;
	const pad = { t: 34, b: 26 };
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y).concat(0);
	const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
	const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
	const fx = (x: number) => (x - x0) / (x1 - x0 || 1);
	const fy = (y: number) => (pad.t + (1 - (y - y0) / (y1 - y0 || 1)) * (height - pad.t - pad.b)) / height;
	const path = points
		.map((p, i) => `${i ? 'L' : 'M'}${(fx(p.x) * width).toFixed(1)},${(fy(p.y) * height).toFixed(1)}`)
		.join(' ');
	const shown = markers.filter((m) => m.x >= x0 && m.x <= x1);
	const xText = formatX ?? ((x: number) => String(x));
	return (
		<figure class="hb-chart">
			<div class="hb-chart-plot">
				<svg
					viewBox={`0 0 ${width} ${height}`}
					preserveAspectRatio="none"
					role="img"
					aria-label={`${title}. ${description}`}
				>
					<line
						x1={0}
						x2={width}
						y1={fy(0) * height}
						y2={fy(0) * height}
						class="hb-chart-zero"
						vector-effect="non-scaling-stroke"
					/>
					{shown.map((m) => (
						<line
							key={m.label}
							x1={fx(m.x) * width}
							x2={fx(m.x) * width}
							y1={0}
							y2={height - pad.b}
							class={`hb-chart-marker hb-chart-marker-${m.tone ?? 'neutral'}`}
							vector-effect="non-scaling-stroke"
						/>
					))}
					<path d={path} class="hb-chart-line" fill="none" vector-effect="non-scaling-stroke" />
				</svg>
				<span class="hb-chart-label" style={{ left: 0, top: 0 }} aria-hidden="true">
					{formatY(y1)}
				</span>
				<span class="hb-chart-label hb-chart-zero-label" style={{ left: 0, top: pct(fy(0) * 100) }} aria-hidden="true">
					{formatY(0)}
				</span>
				{/* The lowest value gets a label only when it sits clear of the zero label. */}
				{y0 < 0 && fy(y0) - fy(0) > 0.15 && (
					<span class="hb-chart-label" style={{ left: 0, bottom: '1.6rem' }} aria-hidden="true">
						{formatY(y0)}
					</span>
				)}
				{shown.map((m, n) => (
					<span
						key={m.label}
						class={`hb-chart-label hb-chart-flag hb-chart-marker-${m.tone ?? 'neutral'}${fx(m.x) > 0.6 ? ' hb-chart-flag-left' : ''}`}
						style={{ left: pct(fx(m.x) * 100), top: `${n * 1.25}rem` }}
						aria-hidden="true"
					>
						{m.label}
					</span>
				))}
				<span class="hb-chart-label" style={{ left: 0, bottom: 0 }} aria-hidden="true">
					{xLabel} {xText(x0)}
				</span>
				<span class="hb-chart-label hb-chart-end" style={{ bottom: 0 }} aria-hidden="true">
					{xText(x1)}
				</span>
			</div>
			<figcaption>{description}</figcaption>
		</figure>
	);
}
