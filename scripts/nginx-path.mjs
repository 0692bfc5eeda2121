#!/usr/bin/env node
// Finds the nginx that tests deploy/nginx.conf: $NGINX_PATH, else Debian's
// /usr/sbin/nginx (--install installs it when missing, as root).
import { programCli, programPath } from './lib/debianPackage.mjs';

const NGINX = { name: 'nginx', envVar: 'NGINX_PATH', binary: '/usr/sbin/nginx' };

export function nginxPath(env = process.env) {
	return programPath(NGINX, env);
}

programCli(NGINX, import.meta.url);
