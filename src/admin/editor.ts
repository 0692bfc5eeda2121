/**
 * Runs in the browser on /admin/ only, bundled by src/config/adminIntegration.ts
 * and loaded before the editor (Sveltia CMS): says what to do until the editor
 * has something to show, registers the handbook's file formats (saves change
 * only the lines of changed fields: src/lib/cms/formats.ts) and a preview that
 * renders a page body with the site's own styles (src/lib/cms/preview.ts),
 * then starts the editor.
 */
import { DATA_FORMAT, PAGE_FORMAT, SOURCE_KEY, readData, readPage, writeData, writePage } from '~/lib/cms/formats';
import { previewHtml } from '~/lib/cms/preview';

type Entry = { getIn: (path: string[]) => unknown };
type PreviewProps = { entry: Entry; document?: Document };
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type Cms = {
	registerCustomFormat: (
		name: string,
		extension: string,
		format: { fromFile: (text: string) => unknown; toFile: (value: Record<string, unknown>) => string },
	) => void;
	registerPreviewStyle: (href: string) => void;
	registerPreviewTemplate: (collection: string, component: (props: PreviewProps) => unknown) => void;
	init: (options?: { config: Record<string, unknown> }) => void;
};

declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: Cms;
		h?: CreateElement;
	}
}

window.CMS_MANUAL_INIT = true;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function settings() {
	const meta = document.querySelector<HTMLMetaElement>('meta[name="hb-editor"]');
	const data = meta?.dataset ?? {};
	return {
		siteIsLocal: data.siteLocal === 'true',
		base: data.base ?? '/',
		styles: (data.styles ?? '').split(' ').filter(Boolean),
		collections: (data.collections ?? '').split(' ').filter(Boolean),
	};
}

/** The help fits where the page is open; it steps aside once the owner is in the editor. */
function showHelp() {
	const help = document.querySelector<HTMLElement>('[data-editor-help]');
	if (!help) return;
	const local = LOCAL_HOSTS.has(location.hostname);
	for (const part of help.querySelectorAll<HTMLElement>('[data-where]'))
		part.hidden = part.dataset.where !== (local ? 'local' : 'remote');
	const noPicker = help.querySelector<HTMLElement>('[data-editor-no-picker]');
	if (noPicker) noPicker.hidden = 'showDirectoryPicker' in window;
	// On a phone the steps fold under their one-line summary, so the sign-in buttons stay in view.
	const details = help.querySelector('details');
	// A browser that cannot open a folder keeps the steps open: they say so.
	const cannotPick = local && !('showDirectoryPicker' in window);
	if (details && matchMedia('(max-width: 40rem)').matches && !cannotPick) details.open = false;
	const update = () => (help.hidden = location.hash.startsWith('#/'));
	window.addEventListener('hashchange', update);
	update();
}

function setStatus(text: string) {
	const status = document.querySelector('[data-editor-status]');
	if (status) status.textContent = text;
}

function pagePreview({ entry, document: doc }: PreviewProps): unknown {
	const h = window.h;
	if (!h) return null;
	// The preview follows the owner's light or dark setting, as the site does.
	const root = (doc ?? document).documentElement;
	root.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	const title = entry.getIn(['data', 'title']);
	const description = entry.getIn(['data', 'description']);
	const body = entry.getIn(['data', 'body']);
	const preview = previewHtml(typeof body === 'string' ? body : '');
	return h(
		'div',
		{ className: 'hb-preview' },
		h('h1', { id: '_top' }, typeof title === 'string' ? title : ''),
		typeof description === 'string' && description ? h('p', { className: 'hb-preview-lead' }, description) : null,
		preview.error ? h('p', { className: 'hb-preview-error', role: 'alert' }, preview.error) : null,
		h('div', { className: 'sl-markdown-content', dangerouslySetInnerHTML: { __html: preview.html } }),
	);
}

/** A data file's preview: its values as a nested list, in the owner's light or dark setting. */
function dataPreview({ entry, document: doc }: PreviewProps): unknown {
	const h = window.h;
	if (!h) return null;
	(doc ?? document).documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches
		? 'dark'
		: 'light';
	const data = (entry.getIn(['data']) as { toJS?: () => unknown } | undefined)?.toJS?.() ?? {};
	const list = (value: unknown): unknown => {
		if (Array.isArray(value)) return h('ol', null, ...value.map((v) => h('li', null, list(v))));
		if (value && typeof value === 'object')
			return h(
				'dl',
				null,
				...Object.entries(value)
					.filter(([key]) => key !== SOURCE_KEY && key !== 'visibility')
					.flatMap(([key, v]) => [h('dt', null, key), h('dd', null, list(v))]),
			);
		return value === null || value === undefined || value === '' ? '—' : String(value);
	};
	return h('div', { className: 'hb-preview sl-markdown-content' }, list(data));
}

function start() {
	showHelp();
	const cms = window.CMS;
	if (!cms) {
		setStatus(
			'The editor did not load. Reload the page; if this stays, the file /admin/sveltia-cms.js is missing from this build.',
		);
		return;
	}
	const { siteIsLocal, base, styles, collections } = settings();
	cms.registerCustomFormat(PAGE_FORMAT, 'mdx', { fromFile: readPage, toFile: writePage });
	cms.registerCustomFormat(DATA_FORMAT, 'yaml', { fromFile: readData, toFile: writeData });
	for (const href of styles) cms.registerPreviewStyle(href);
	for (const collection of collections) cms.registerPreviewTemplate(collection, pagePreview);
	for (const collection of ['metrics', 'data']) cms.registerPreviewTemplate(collection, dataPreview);
	// A build without SITE_URL links "View on live site" to wherever this copy is served.
	cms.init(siteIsLocal ? { config: { site_url: new URL(base, location.origin).href.replace(/\/$/, '') } } : undefined);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
