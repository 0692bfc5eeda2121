// Starlight lets a wide table scroll sideways inside the page. A region that
// scrolls must be reachable with the keyboard (WCAG 2.1.1), so every Markdown
// table can take focus; arrow keys then scroll it.
import { visit } from 'unist-util-visit';

export function rehypeFocusableTables() {
	return (tree) => {
		visit(tree, 'element', (node) => {
			if (node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 };
		});
	};
}
