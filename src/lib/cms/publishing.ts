/**
 * How long a merged change takes to show on the site: the deploy workflow
 * (.github/workflows/deploy.yml) installs, checks, builds both handbooks and
 * uploads them. The figure is said on /admin/ and in the README; it is the
 * workflow's measured time rounded up (README, "From Publish to live").
 */
export const PUBLISH_MINUTES = 10;
