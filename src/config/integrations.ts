// What astro.config.mjs uses of the handbook's own code, in one module that
// it imports once src/config/nodeImports.mjs lets Node resolve the `~/`
// alias (see there why Node, not Vite, should load the configuration).
export { adminIntegration } from './adminIntegration';
export { editionIntegration } from './editionIntegration';
export { builtPages } from './builtPages';
export { calculatorChunks } from './calculatorChunks';
export { cspIntegration } from './cspIntegration';
export { handbookSearch } from './handbookSearch';
export { handbookToc } from './handbookToc';
export { markdownIntegration } from './markdown';
export { pageChecksIntegration } from './pageChecks';
export { preactIslands } from './preactIslands';
export { prospectRoutes } from './prospectRoutes';
export { publicLeakCheck } from './publicLeaks';
export { adminPolicy } from '~/lib/cms/adminPage';
export { isPublicBuild, siteOptions } from '~/lib/site/options';
