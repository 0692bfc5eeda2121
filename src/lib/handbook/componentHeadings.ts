/**
 * Headings that components render (source notes, templates, role reading
 * paths, the health table) are not in a page's Markdown, so Starlight's "On
 * this page" lists only "Overview" for them. These helpers merge the headings
 * each component says it renders into the Markdown headings, in the order they
 * appear in the page body, and nest them the way Starlight's table of contents does.
 */
export type Heading = { depth: number; slug: string; text: string };
export type TocItem = Heading & { children: TocItem[] };
export type ComponentUse = { name: string; props: Record<string, string> };

/** Markdown headings and component tags of an MDX body, in order; code fences are skipped. */
function bodyTokens(body: string): ({ kind: 'heading' } | ({ kind: 'component' } & ComponentUse))[] {
	const tokens: ({ kind: 'heading' } | ({ kind: 'component' } & ComponentUse))[] = [];
	let fence: string | null = null;
	for (const line of body.split('\n')) {
		const fenceMark = line.match(/^\s*(```|~~~)/)?.[1];
		if (fenceMark) fence = fence === fenceMark ? null : (fence ?? fenceMark);
		if (fence) continue;
		if (/^#{1,6}\s+\S/.test(line)) {
			tokens.push({ kind: 'heading' });
			continue;
		}
		for (const m of line.matchAll(/<([A-Z][\w]*)\b((?:[^>"]|"[^"]*")*?)\/?>/g)) {
			const props: Record<string, string> = {};
			for (const p of m[2].matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) props[p[1]] = p[2] ?? p[3];
			tokens.push({ kind: 'component', name: m[1], props });
		}
	}
	return tokens;
}

/**
 * The page's headings with the components' headings in place. `markdown` is
 * the page's Markdown headings in order (Starlight's `headings`); `headingsOf`
 * returns what a component renders, or [] for components without headings.
 */
export async function headingsWithComponents(
	body: string,
	markdown: readonly Heading[],
	headingsOf: (use: ComponentUse) => Heading[] | Promise<Heading[]>,
): Promise<Heading[]> {
	const out: Heading[] = [];
	let next = 0;
	for (const token of bodyTokens(body)) {
		if (token.kind === 'heading') {
			if (next < markdown.length) out.push(markdown[next++]);
		} else out.push(...(await headingsOf(token)));
	}
	out.push(...markdown.slice(next));
	return out;
}

/** Nests headings as Starlight's generateToC does, after its first item (the page title, "Overview"). */
export function tocItems(headings: readonly Heading[], minLevel: number, maxLevel: number): TocItem[] {
	const items: TocItem[] = [];
	const inject = (list: TocItem[], item: TocItem) => {
		const last = list.at(-1);
		if (!last || last.depth >= item.depth) list.push(item);
		else inject(last.children, item);
	};
	for (const h of headings) if (h.depth >= minLevel && h.depth <= maxLevel) inject(items, { ...h, children: [] });
	return items;
}
