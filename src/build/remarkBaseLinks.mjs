// Pages link to each other with root-relative paths ("/runbooks/incident-response/").
// When the site is deployed under a sub-path (BASE_PATH), prefix those links so
// they keep working; external, relative and anchor links are left alone.
import { visit } from 'unist-util-visit';

export function remarkBaseLinks({ base = '/' } = {}) {
	const prefix = base.replace(/\/$/, '');
	return (tree) => {
		if (!prefix) return;
		visit(tree, 'link', (node) => {
			// Authors never write the base path, so every root-relative link gets it.
			if (node.url.startsWith('/') && !node.url.startsWith('//')) {
				node.url = prefix + node.url;
			}
		});
	};
}
