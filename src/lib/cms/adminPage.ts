/**
 * The /admin/ page around the editor bundle: its content security policy,
 * the words that tell an owner what to do before the editor has anything to
 * show (on their own computer: pick the handbook's folder; on the company's
 * site: sign in to the git host). Pure: the collections it edits are read
 * from disk by src/lib/cms/collections-fs.ts.
 */
import type { CmsBackend } from './cmsConfig';

/** Where each git host's editor signs in and reads and writes. */
export const GIT_HOSTS = {
	github: {
		label: 'GitHub',
		site: 'https://github.com',
		api: ['https://api.github.com', 'https://www.githubstatus.com'],
	},
	gitlab: { label: 'GitLab', site: 'https://gitlab.com', api: ['https://gitlab.com'] },
} as const;

/**
 * The editor needs no 'unsafe-eval'. It styles itself with injected <style>
 * elements, so this page alone allows inline styles; every script and font
 * comes from the site itself.
 */
export function adminPolicy(backend: Pick<CmsBackend, 'name' | 'repo'>): string {
	// The editor asks the host's status page whether it is up, local folder or not.
	const status = backend.name === 'github' ? ['https://www.githubstatus.com'] : [];
	const connect = ["'self'", 'data:', ...(backend.repo ? GIT_HOSTS[backend.name].api : status)];
	return [
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https:",
		"font-src 'self'",
		`connect-src ${connect.join(' ')}`,
		"frame-src 'self' blob:",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type AdminPageInput = {
	policy: string;
	backend: CmsBackend;
	/** Minutes from merging a change to the site showing it, said in the sign-in text. */
	publishMinutes: number;
	/** True when the build has no SITE_URL: "View on live site" then follows where /admin/ is served. */
	siteIsLocal: boolean;
	base: string;
	/** The site's stylesheets and the preview's own, applied to the page preview. */
	styles: string[];
	/** Collections whose entries are pages, previewed as the site renders them. */
	collections: string[];
};

/**
 * The words an owner reads before signing in. Both cases are written into
 * the page; the script shows the one that fits where the page is open
 * (on the owner's computer or on the site), and without the script both
 * stay readable.
 */
export function adminHelp(
	backend: CmsBackend,
	publishMinutes: number,
): { local: string; remote: string; localSummary: string; remoteSummary: string } {
	const host = GIT_HOSTS[backend.name];
	const repoUrl = `${host.site}/${backend.repo}`;
	// One line each, always in view: on a phone the rest folds away under it.
	const localSummary = 'Press <strong>Work with Local Repository</strong> and choose the handbook folder.';
	const remoteSummary = backend.repo
		? `Sign in to ${host.label} (${escapeHtml(repoUrl.replace(/^https:\/\//, ''))}) to edit.`
		: 'This copy has no editor repository: see how to edit.';
	const local = `<h2>Editing on your own computer</h2>
<ol>
<li>Press <strong>Work with Local Repository</strong>.</li>
<li>Choose the folder you cloned the handbook into: the one that holds <code>content/</code> and <code>package.json</code>.</li>
<li>Edit and press <strong>Save</strong>: the change is written straight into that file. Review it with <code>git diff</code>, then commit and push.</li>
</ol>
<p>Nothing else needs to be running: this page was served by <code>npm run build &amp;&amp; npm run serve</code>. Choosing a folder needs Chrome or Edge.</p>
<p data-editor-no-picker hidden><strong>This browser cannot open a folder.</strong> Open this page in Chrome or Edge, or edit the files under <code>content/</code> in your text editor.</p>${
		backend.repo
			? ''
			: `\n<p>Signing in to ${host.label} is not set up on this copy: it was built without <code>CMS_REPO</code>.</p>`
	}`;
	const remote = backend.repo
		? `<h2>Sign in to ${host.label} to edit</h2>
<p>The handbook is saved in <a href="${escapeHtml(repoUrl)}">${escapeHtml(repoUrl.replace(/^https:\/\//, ''))}</a> (branch <code>${escapeHtml(backend.branch)}</code>). Press <strong>Sign In with ${host.label}</strong>, or <strong>Sign In Using Access Token</strong> with a ${host.label} token; your account needs write access to that repository.</p>
<p>Each save opens a ${backend.name === 'gitlab' ? 'merge' : 'pull'} request that someone reviews. Once it is merged, the site shows the change about ${publishMinutes} minutes later.</p>`
		: `<h2>This copy of the handbook has no editor repository</h2>
<p>It was built without <code>CMS_REPO</code>, so there is nowhere to sign in to. Open the handbook where the company publishes it, or on your own computer run <code>npm run build &amp;&amp; npm run serve</code> and open <code>http://127.0.0.1:4321/admin/</code>.</p>`;
	return { local, remote, localSummary, remoteSummary };
}

export function adminPage(input: AdminPageInput): string {
	const help = adminHelp(input.backend, input.publishMinutes);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${input.policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit the handbook</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<link href="editor.css" rel="stylesheet">
<meta name="hb-editor" data-site-local="${input.siteIsLocal}" data-base="${escapeHtml(input.base)}" data-styles="${escapeHtml(input.styles.join(' '))}" data-collections="${escapeHtml(input.collections.join(' '))}">
</head>
<body>
<aside class="hb-editor-help" aria-label="How to edit the handbook" data-editor-help>
<details open>
<summary><span data-where="local">${help.localSummary}</span><span data-where="remote">${help.remoteSummary}</span></summary>
<div data-where="local">${help.local}</div>
<div data-where="remote">${help.remote}</div>
</details>
<p role="status" data-editor-status></p>
</aside>
<noscript>The handbook editor needs JavaScript. Without it, edit the files under content/ in a text editor.</noscript>
<script src="editor.js"></script>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}
