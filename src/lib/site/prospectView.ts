/**
 * The ROI calculator's prospect view: in the public build, /calculators/roi/
 * is a page from TAI Autonomics for the prospect (registered by
 * src/config/prospectRoutes.ts), with the company's own header and none of the
 * handbook's search or navigation. The internal build keeps the handbook page
 * there, so the view exists only where the audience is public.
 */
import { withBase } from '~/lib/handbook/paths';
import type { Audience } from './audience';

export const PROSPECT_VIEW_PATH = '/calculators/roi/';

export function isProspectView(pathname: string, base: string, audience: Audience): boolean {
	return audience === 'public' && pathname === withBase(PROSPECT_VIEW_PATH, base);
}
