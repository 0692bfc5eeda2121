import { useMemo } from 'preact/hooks';
import { hireNotesFor, keyMonths } from '~/lib/calculators/runway/report';
import type { RunwayResult } from '~/lib/calculators/runway/compute';
import { runwayLevers } from '~/lib/calculators/runway/levers';
import type { RunwayInputs } from '~/lib/calculators/runway/schema';
import { ResultActions } from '../shared/ResultActions';
import { RunwayResults } from './RunwayResults';
import { RunwayTables } from './RunwayTables';
import { ScenarioPanel } from './ScenarioPanel';

type Props = {
	idPrefix: string;
	inputs: RunwayInputs;
	result: RunwayResult;
	stale: boolean;
	shareUrl: () => string | Promise<string>;
	onOpen: (inputs: RunwayInputs) => void;
};

const exported = () => import('~/lib/calculators/runway/export');

/** Everything below the form: the board summary, key months, every month, the actions and the scenarios. */
export function RunwayReport({ idPrefix, inputs, result, stale, shareUrl, onOpen }: Props) {
	const levers = useMemo(() => runwayLevers(inputs, result), [inputs, result]);
	const hireNotes = hireNotesFor(inputs, result, levers);
	return (
		<>
			<RunwayResults inputs={inputs} result={result} levers={levers} hireNotes={hireNotes} onOpen={onOpen} />
			<RunwayTables result={result} firstMonth={inputs.firstMonth} keyMonths={keyMonths(inputs, result, levers)} />
			<ResultActions
				summary={async () => (await exported()).runwaySummary(inputs, result)}
				csvRows={async () => (await exported()).runwayCsvRows(inputs, result)}
				csvName="tai-runway.csv"
				shareUrl={shareUrl}
			/>
			{stale && <p class="hb-hint">While a field is wrong, the share link carries the last valid model shown here.</p>}
			<ScenarioPanel idPrefix={idPrefix} current={inputs} onOpen={onOpen} />
		</>
	);
}
