/**
 * The ROI calculator's prospect view: in the public build, /calculators/roi/
 * is a page from TAI Autonomics for the prospect (registered by
 * src/config/prospectRoutes.ts), with the company's own header and none of the
 * handbook's search or navigation. The internal build keeps the handbook page
 * there, so the view exists only in the public edition.
 */
import { pathWithBase } from '~/lib/handbook/paths';
import { isPublic, type Visibility } from './visibility';

export const PROSPECT_VIEW_PATH = '/calculators/roi/';

export function isProspectView(pathname: string, edition: Visibility): boolean {
	return isPublic(edition) && pathname === pathWithBase(PROSPECT_VIEW_PATH);
}
