// Makes sure the browsers the end-to-end tests drive are installed. On Debian (CI, a fresh dev machine) it installs
// them with apt-get; elsewhere it stops with the exact command to run. No browser is ever downloaded by a test tool.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.RIGHT_ACCOUNT_FIREFOX ?? '/usr/bin/firefox-esr';

const missing = [CHROMIUM, FIREFOX].filter((p) => !existsSync(p));
if (missing.length) {
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  const isRoot = process.getuid?.() === 0;
  const command = 'apt-get update && apt-get install -y chromium firefox-esr';
  if (isDebian && isRoot) {
    console.log(`Installing the test browsers (${missing.join(', ')} missing): ${command}`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      `The end-to-end tests need Chromium and Firefox ESR; missing: ${missing.join(', ')}.\n` +
        (isDebian
          ? `Run: sudo ${command}\n`
          : 'Install Chromium and Firefox ESR, then point the tests at them:\n' +
            '  RIGHT_ACCOUNT_CHROMIUM=/path/to/chromium RIGHT_ACCOUNT_FIREFOX=/path/to/firefox npm run test:e2e\n'),
    );
    process.exit(1);
  }
}
