// In the public build, a link from a public page to an internal page is
// replaced by its text, so the public site has no dead links and no trace of
// where internal pages live.
import { visit, SKIP } from 'unist-util-visit';
import { isInternalPath } from './internalPages.mjs';

export function remarkInternalLinks({ internal = new Set(), enabled = false } = {}) {
	return (tree) => {
		if (!enabled) return;
		visit(tree, 'link', (node, index, parent) => {
			if (!parent || index === undefined || !node.url.startsWith('/') || !isInternalPath(node.url, internal)) return;
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		});
	};
}
