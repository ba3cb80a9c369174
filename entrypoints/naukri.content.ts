import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { naukri } from '../utils/sites/naukri';

export default defineContentScript({
  ...jobsScriptOptions([naukri]),
  main: (ctx) => runJobsScript(ctx, [naukri]),
});
