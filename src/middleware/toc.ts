// Starlight route middleware: adds the headings that components render to
// "On this page" (Starlight only sees a page's Markdown headings). Each
// component with headings is listed here with what it renders; tests/site
// checks that every table-of-contents link points at a heading on the page.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headingsWithComponents, tocItems, type ComponentUse, type Heading } from '~/lib/handbook/componentHeadings';
import { readingPathForRole } from '~/lib/handbook/pageIndex';
import type { RoleId } from '~/lib/handbook/roles';
import { readData } from '~/lib/data/registry';
import { template } from '~/lib/data/templates';
import { pageRecords } from '~/components/pageRecords';
import { allGaps, gapsByOwner } from '~/lib/data/gaps';
import { roleLabel } from '~/lib/handbook/roles';
import { siteOptions } from '~/lib/site/options';
import { kpiTiles, openingHeading } from '~/lib/metrics/dashboard';

const h2 = (slug: string, text: string): Heading => ({ depth: 2, slug, text });

async function headingsOf(use: ComponentUse): Promise<Heading[]> {
	switch (use.name) {
		case 'SourceNotes':
			// The public build reads no internal note (src/lib/data/registry.ts).
			return readData('source-notes').notes.map((n) => h2(n.id, n.title));
		case 'CopyTemplate': {
			if (use.props.heading === 'false') return [];
			const t = template(use.props.id);
			return [h2(t.id, t.title)];
		}
		case 'RoleView':
			return readingPathForRole(await pageRecords(), use.props.role as RoleId).map((s) => h2(s.id, s.label));
		case 'GapsByOwner':
			return gapsByOwner(allGaps(), siteOptions().today).map((g) => ({
				depth: 3,
				slug: `gaps-${g.owner}`,
				text: `${roleLabel(g.owner)} (${g.gaps.length})`,
			}));
		case 'HealthTable':
			return [h2('by-owner', 'By owner'), h2('all-pages', 'All pages, overdue first')];
		case 'MetricsDashboard': {
			// Loaded here, not at the top: the metrics read internal data files,
			// which the public build refuses, and this middleware runs on every page.
			const { targetSources, weeklyMetrics } = await import('~/lib/data/metricsData');
			const opening = kpiTiles(weeklyMetrics, targetSources());
			return [
				...(opening ? [h2('latest-week', openingHeading(opening.week))] : []),
				h2('misses', 'Misses'),
				h2('customer-health', 'Customer health: checklist sign-offs'),
				h2('runway', 'Runway at the latest figures'),
				h2('by-metric', 'By metric'),
				h2('bugs', 'Open bugs by priority'),
			];
		}
		case 'ChangesList':
			return [h2('last-30-days', 'Last 30 days'), h2('days-31-90', '31 to 90 days ago')];
		default:
			return [];
	}
}

const WITH_HEADINGS = /<(SourceNotes|CopyTemplate|RoleView|HealthTable|GapsByOwner|MetricsDashboard|ChangesList)\b/;

export const onRequest = defineRouteMiddleware(async ({ locals }) => {
	const { toc, entry, headings } = locals.starlightRoute;
	if (!toc || !entry.body || !WITH_HEADINGS.test(entry.body)) return;
	const all = await headingsWithComponents(entry.body, headings, headingsOf);
	toc.items = [toc.items[0], ...tocItems(all, toc.minHeadingLevel, toc.maxHeadingLevel)];
});
