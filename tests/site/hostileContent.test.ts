// The hostile corpus built for real, one probe at a time: what an editor can
// save through /admin/ or commit to content/ either stops the build naming
// the file and line, or renders as inert text. The unit tests run every probe
// through the guard on strings (tests/unit/config/remarkAuthorContent.test.ts);
// these builds prove the guard is wired into the build for .md and .mdx alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, tempFolders } from './dist';
import { BODY_PROBES, FRONTMATTER_PROBES } from '../fixtures/hostileContent';

const temp = tempFolders();
const tempDir = temp.dir;
const copyProject = () => temp.project('hostile-');

const FRONTMATTER = [
	'owner: csm',
	'audience: [csm]',
	'kind: runbook',
	'reviewCadence: monthly',
	'lastReviewed: 2026-11-24',
].join('\n');

const page = (frontmatter: string, body: string) =>
	`---\n${frontmatter}\n---\n\n## A heading\n\nText before.\n\n${body}\n`;

function build(files: Record<string, string | Buffer>) {
	const dir = copyProject();
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/docs/runbooks', name), text);
	const out = tempDir('hostile-out-');
	const result = buildSite({ HANDBOOK_TODAY: '2026-11-24', OUT_DIR: out }, dir);
	return { ...result, output: result.stdout + result.stderr, out };
}

const probe = (name: string) => {
	const found = BODY_PROBES.find((p) => p.name === name);
	if (!found) throw new Error(`no probe ${name}`);
	return found;
};

describe('hostile page bodies stop the build, naming the file and line', () => {
	it.each([
		['iframe srcdoc', 'md'],
		['details ontoggle', 'md'],
		['meta refresh', 'mdx'],
		['style element', 'mdx'],
		['style attribute overlay', 'md'],
	] as const)('%s (.%s)', (name, ext) => {
		const p = probe(name);
		const body = ext === 'mdx' ? (p.mdxBody ?? p.body.replace(/<(meta|img)\b([^>]*?)\s*>/g, '<$1$2 />')) : p.body;
		const result = build({ [`probe.${ext}`]: page(`title: Probe\n${FRONTMATTER}`, body) });
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toMatch(new RegExp(`runbooks/probe\\.${ext}:\\d+: `));
		expect(result.output).toMatch(p.refusal);
	});
});

describe('hostile frontmatter stops the build, naming every file and line', () => {
	it('lists each probe with its file, line and what is allowed', () => {
		const files = Object.fromEntries(
			FRONTMATTER_PROBES.map((p, i) => [
				`fm-${i}.md`,
				page(
					p.yaml.startsWith('title:') ? `${p.yaml}\n${FRONTMATTER}` : `title: Probe ${i}\n${FRONTMATTER}\n${p.yaml}`,
					'Body.',
				),
			]),
		);
		const result = build(files);
		expect(result.status, result.output).not.toBe(0);
		FRONTMATTER_PROBES.forEach((p, i) => {
			const line = result.output.split('\n').find((l) => l.includes(`runbooks/fm-${i}.md:`)) ?? '';
			expect(line, p.name).toMatch(/runbooks\/fm-\d+\.md:\d+: /);
			expect(line, p.name).toMatch(p.refusal);
		});
	});

	it('a page that is not UTF-8 names itself, the line and the byte', () => {
		const latin1 = Buffer.from(page(`title: Café\n${FRONTMATTER}`, 'Déjà vu.'), 'latin1');
		const result = build({ 'latin1.md': latin1 });
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toMatch(
			/content\/docs\/runbooks\/latin1\.md:2: the file is not UTF-8 text \(byte 0xE9 is not valid UTF-8\)/,
		);
		expect(result.output).not.toMatch(/No such file or directory/);
	});
});

describe('what authors may write renders as text', () => {
	it('a title with < and & stays text in <head> and in the heading; allowed HTML keeps its words', () => {
		const result = build({
			'allowed.md': page(
				`title: 'P1 < 15 min & "quotes"'\n${FRONTMATTER}`,
				'<details><summary>More</summary>\n\nHidden <kbd>Esc</kbd> words\n\n</details>',
			),
		});
		expect(result.status, result.output).toBe(0);
		const html = readFileSync(join(result.out, 'runbooks/allowed/index.html'), 'utf8');
		expect(html).toContain('<title>P1 &lt; 15 min &amp; &quot;quotes&quot; | TAI Autonomics Handbook</title>');
		expect(html).toMatch(/<h1[^>]*>P1 &lt; 15 min &amp; (&quot;|")quotes(&quot;|")<\/h1>/);
		expect(html).toMatch(/<details><summary>More<\/summary>[\s\S]*Hidden <kbd>Esc<\/kbd> words[\s\S]*<\/details>/);
	});
});
