import { useState } from 'preact/hooks';
import { toCsv, type Cell } from '~/lib/calculators/shared/csv';

type Props = {
	summary: () => string;
	csvRows: () => Cell[][];
	csvName: string;
	/** The download button's words; "Download CSV" unless the rows are something other than the form. */
	csvLabel?: string;
	/** Said instead of downloading when there is nothing to put in the file. */
	csvEmpty?: string;
	shareUrl?: () => string;
};

async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Copy a plain-text summary or the share link, download CSV, print. Status is announced politely. */
export function ResultActions({ summary, csvRows, csvName, csvLabel = 'Download CSV', csvEmpty, shareUrl }: Props) {
	const [status, setStatus] = useState('');
	const download = () => {
		if (csvEmpty) return setStatus(csvEmpty);
		const blob = new Blob([toCsv(csvRows())], { type: 'text/csv;charset=utf-8' });
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = csvName;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		setStatus(`Downloaded ${csvName}.`);
	};
	return (
		<div class="hb-actions not-content">
			<button
				type="button"
				onClick={async () =>
					setStatus(
						(await copyText(summary())) ? 'Summary copied.' : 'Copy failed: select the summary and copy it by hand.',
					)
				}
			>
				Copy summary
			</button>
			{shareUrl && (
				<button
					type="button"
					data-share
					onClick={async () =>
						setStatus(
							(await copyText(shareUrl())) ? 'Share link copied.' : 'Copy failed: copy the address bar instead.',
						)
					}
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
