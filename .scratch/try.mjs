import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
await page.goto('http://localhost:4430/admin/');
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/cms-shots/admin-1.png' });
const login = page.getByRole('button', { name: /login/i });
if (await login.count()) { await login.click(); await page.waitForTimeout(2000); }
await page.screenshot({ path: '/tmp/cms-shots/admin-2.png' });
await page.goto('http://localhost:4430/admin/#/collections/runbooks/entries/incident-response');
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/cms-shots/admin-3.png', fullPage: false });
console.log((await page.content()).length);
await browser.close();
