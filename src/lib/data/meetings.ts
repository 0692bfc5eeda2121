import { readData } from './registry';

/** One meeting of content/data/meetings.yaml by id; an unknown id fails the build. */
export function meeting(id: string) {
	const found = readData('meetings').meetings.find((m) => m.id === id);
	if (!found) throw new Error(`content/data/meetings.yaml has no meeting "${id}"`);
	return found;
}
