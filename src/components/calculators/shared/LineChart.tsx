/** A small SVG line chart with a zero line; the caller supplies the text alternative. */
type Props = {
	points: { x: number; y: number }[];
	title: string;
	description: string;
	xLabel: string;
	formatY: (value: number) => string;
};

export function LineChart({ points, title, description, xLabel, formatY }: Props) {
	if (points.length < 2) return null;
	const width = 640;
	const height = 220;
	const pad = { l: 12, r: 12, t: 22, b: 28 };
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y).concat(0);
	const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
	const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
	const sx = (x: number) => pad.l + ((x - x0) / (x1 - x0 || 1)) * (width - pad.l - pad.r);
	const sy = (y: number) => pad.t + (1 - (y - y0) / (y1 - y0 || 1)) * (height - pad.t - pad.b);
	const path = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
	return (
		<figure class="hb-chart">
			<svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${description}`}>
				<line x1={pad.l} x2={width - pad.r} y1={sy(0)} y2={sy(0)} class="hb-chart-zero" />
				<path d={path} class="hb-chart-line" fill="none" />
				<text x={pad.l} y={14} class="hb-chart-label">
					{formatY(y1)}
				</text>
				<text x={width - pad.r} y={sy(0) - 4} text-anchor="end" class="hb-chart-label">
					{formatY(0)}
				</text>
				{y0 < 0 && (
					<text x={pad.l} y={height - 30} class="hb-chart-label">
						{formatY(y0)}
					</text>
				)}
				<text x={pad.l} y={height - 8} class="hb-chart-label">
					{xLabel} {x0}
				</text>
				<text x={width - pad.r} y={height - 8} text-anchor="end" class="hb-chart-label">
					{x1}
				</text>
			</svg>
			<figcaption>{description}</figcaption>
		</figure>
	);
}
