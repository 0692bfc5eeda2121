// Checks on every page's raw frontmatter before Astro parses it: the review
// date must be a real calendar day (the frontmatter parser would silently
// roll 2026-02-30 over into March) and not after the build's today.
import type { AstroIntegration } from 'astro';
import { pageFrontmatters } from '~/lib/site/audience';
import { reviewDateProblem } from '~/lib/handbook/reviewDue';

export function reviewDateProblems(docsDir: string, today: Date): string[] {
	const problems: string[] = [];
	for (const { file, frontmatter } of pageFrontmatters(docsDir)) {
		const data = frontmatter as Record<string, unknown>;
		if (data.lastReviewed === undefined) continue; // the page schema reports a missing date
		const problem = reviewDateProblem(data.lastReviewed, today);
		if (problem) problems.push(`content/docs/${file}: ${problem}`);
	}
	return problems;
}

export function pageChecksIntegration(docsDir: string, today: Date): AstroIntegration {
	return {
		name: 'handbook-page-checks',
		hooks: {
			'astro:config:setup': () => {
				const problems = reviewDateProblems(docsDir, today);
				if (problems.length) throw new Error(`Pages with unusable review dates:\n${problems.join('\n')}`);
			},
		},
	};
}
