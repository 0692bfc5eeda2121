import { useState } from 'preact/hooks';
import type { Cell } from '~/lib/calculators/shared/csv';
import { copyText, downloadCsv } from './actions';

type Props = {
	/** The plain-text summary; a promise when its module loads on the click. */
	summary: () => string | Promise<string>;
	csvRows: () => Cell[][] | Promise<Cell[][]>;
	csvName: string;
	/** The download button's words; "Download CSV" unless the rows are something other than the form. */
	csvLabel?: string;
	/** Said instead of downloading when there is nothing to put in the file. */
	csvEmpty?: string;
	shareUrl?: () => string | Promise<string>;
};

/** Copy a plain-text summary or the share link, download CSV, print. Status is announced politely. */
export function ResultActions({ summary, csvRows, csvName, csvLabel = 'Download CSV', csvEmpty, shareUrl }: Props) {
	const [status, setStatus] = useState('');
	const copy = async (text: string | Promise<string>, done: string, failed: string) =>
		setStatus((await copyText(text)) ? done : failed);
	const download = async () => {
		if (csvEmpty) return setStatus(csvEmpty);
		await downloadCsv(csvName, await csvRows());
		setStatus(`Downloaded ${csvName}.`);
	};
	return (
		<div class="hb-actions not-content">
			<button
				type="button"
				onClick={() => copy(summary(), 'Summary copied.', 'Copy failed: select the summary and copy it by hand.')}
			>
				Copy summary
			</button>
			{shareUrl && (
				<button
					type="button"
					data-share
					onClick={() => copy(shareUrl(), 'Share link copied.', 'Copy failed: copy the address bar instead.')}
				>
					Copy share link
				</button>
			)}
			<button type="button" onClick={download}>
				{csvLabel}
			</button>
			<button type="button" onClick={() => window.print()}>
				Print
			</button>
			<span class="hb-status" role="status" aria-live="polite">
				{status}
			</span>
		</div>
	);
}
