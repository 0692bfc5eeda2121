// Checks on every page's raw file before Astro parses it, so that an author's
// mistake stops the build with the file, the line and what to write instead:
// the file must be UTF-8 text; the frontmatter may use only the keys and
// plain-text values src/lib/site/authorContent.ts allows; a Markdown page's
// body meets the author-content guard here on every build (the content
// loader would cache it and log a refusal as a warning); the review date
// must be a real calendar day (the frontmatter parser would silently roll
// 2026-02-30 over into March) and not after the build's today.
import type { AstroIntegration } from 'astro';
import { pageFrontmatters } from '~/lib/site/pages-fs';
import { reviewDateProblem } from '~/lib/handbook/reviewDue';
import { frontmatterProblems } from '~/lib/site/authorContent';
import { join } from 'node:path';
import { markdownGuardProblem } from './remarkAuthorContent';

/** The 1-based line of a frontmatter key path (`['sidebar', 'attrs']`) in a page's source. */
export function lineOfKey(source: string, path: string[]): number | undefined {
	const lines = source.split(/\r?\n/);
	let at = 1; // line 0 is the opening ---
	let found: number | undefined;
	for (const key of path) {
		if (/^\d+$/.test(key)) continue;
		const pattern = new RegExp(`^\\s*(-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
		const index = lines.findIndex((line, i) => i >= at && pattern.test(line));
		if (index < 0) break;
		found = index + 1;
		at = index + 1;
	}
	return found;
}

export function pageProblems(docsDir: string, today: Date): string[] {
	const problems: string[] = [];
	for (const { file, frontmatter, source } of pageFrontmatters(docsDir)) {
		const where = `content/docs/${file}`;
		for (const problem of frontmatterProblems(frontmatter)) {
			const line = lineOfKey(source, problem.path);
			problems.push(`${where}${line ? `:${line}` : ''}: ${problem.message}`);
		}
		if (file.endsWith('.md')) {
			const problem = markdownGuardProblem(source, join(docsDir, file));
			if (problem) problems.push(problem);
		}
		const data = (frontmatter ?? {}) as Record<string, unknown>;
		if (data.lastReviewed === undefined) continue; // the page schema reports a missing date
		const problem = reviewDateProblem(data.lastReviewed, today);
		if (problem) problems.push(`${where}: ${problem}`);
	}
	return problems;
}

export function pageChecksIntegration(docsDir: string, today: Date): AstroIntegration {
	return {
		name: 'handbook-page-checks',
		hooks: {
			'astro:config:setup': () => {
				const problems = pageProblems(docsDir, today);
				if (problems.length) throw new Error(`Pages that cannot be built as written:\n${problems.join('\n')}`);
			},
		},
	};
}
