import { useEffect, useState } from 'preact/hooks';
import { calendarMonth } from '~/lib/calculators/runway/format';

/** The printed board summary's heading: what the model covers and the day it was printed. */
export function BoardHead({ firstMonth, months }: { firstMonth: string; months: number }) {
	// The day the summary is printed, set in the browser (the page itself was built earlier).
	const [today, setToday] = useState('');
	useEffect(() => setToday(new Date().toLocaleDateString('en-US', { dateStyle: 'long' })), []);
	return (
		<div class="hb-print-only hb-board-head" data-board-head>
			<p class="hb-board-title">TAI Autonomics: burn and runway, board summary</p>
			<p>
				Model from {calendarMonth(firstMonth, 1, true)}, {months} months shown; printed {today}.
			</p>
		</div>
	);
}
