import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * PAYLENS_TEST_BUILD=1 makes the build that the end-to-end tests and `npm start` load (into
 * .output-granted/): it pre-grants detection on every https site, as a user would from the
 * options page (Chromium's permission prompt cannot be clicked from a test). Never ship it.
 */
const testBuild = process.env.PAYLENS_TEST_BUILD === '1';

export default defineConfig({
  outDir: testBuild ? '.output-granted' : '.output',
  // Explicit imports everywhere: the same modules run under Node (CLI, scripts) where WXT's
  // auto-imports do not exist.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    define: { __PAYLENS_GRANTED_BUILD__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    // the popup and options pages' strings: public/_locales/<lang>/messages.json
    default_locale: 'en',
    name: testBuild ? 'PayLens (test build)' : 'PayLens — salary estimates on job posts',
    description:
      'Salary estimates next to job postings, from public salary data, offline. Nothing leaves your browser unless you turn sharing on.',
    // activeTab: the popup may read the address of the tab it was opened on (to say "PayLens is
    // off on this site" or "not a site PayLens knows"); no install warning.
    // alarms: the sharing queue's retries and the daily pull of shared salaries (sharing on only)
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    // the test build also reaches the sharing service `npm run server` starts on this machine
    host_permissions: testBuild ? ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'PayLens' },
    // the badge's details card, imported by the content scripts on its first open (not in every
    // page's script: utils/content/details-loader.ts)
    web_accessible_resources: [{ resources: ['badge-details.js'], matches: ['https://*/*', 'http://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paylens@paylens.app',
              strict_min_version: '140.0',
              // asked for when the user turns sharing on (options), never at install
              data_collection_permissions: { required: ['none'], optional: ['financialAndPaymentInfo', 'browsingActivity'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
